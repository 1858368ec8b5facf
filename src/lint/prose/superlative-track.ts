import type {PatternRule} from './span.js'
import {after, before} from './span.js'

// Absolutes and records with no `the … -est` (round 40): `every` as the
// object of a verb in the present perfect (`The club has answered every
// complaint since 2020`: a track record over all of a kind, claimed by a
// body that is not the writer), `record` as an adjective before an amount
// (`took record sales`, `record crowds`: the highest ever, without `a` or
// `new`), none of the parts of a whole (`no corner of the county is out of
// range`: a negative universal over a place) and a rank near the top in a
// class (`only the second club from the county to win it`). Not: the
// writer's own work in the first person (`we have checked every valve`: the
// writer's own practice), a procedure with its method (`has screened every
// patient with the questionnaire`), how often (`has helped every winter`),
// `a record of` (a log), `no part of this text may be copied` (a rule, with
// its modal). An unbroken record in the negative perfect (`has not missed a
// single session`, `hasn't missed a season since`) claims as `never missed`
// does (round 43).

/** `has rehomed every`, `have answered every`: `every` right after a past participle in `-ed` and `has` or `have` (an adverb in `-ly` between allowed); not `every winter`, `every year` (how often, not all of a kind). */
const everyInPerfect =
  /(?<=(?<![\p{L}'’-])(?:has|have)\s(?:\p{Ll}{2,20}ly\s)?\p{Ll}{2,20}ed\s)every\s+(?!(?:year|day|week|month|time|morning|evening|night|weekend|winter|summer|spring|autumn|season|term|quarter|hour|decade)(?![\p{L}'’-]))\p{L}+/giu
/** The writer or the reader as the perfect's subject, before `every`: `we have checked`, `you have answered`. */
const ownPerfectBefore = /(?<![\p{L}'’-])(?:we|I|you)\s(?:\p{Ll}{2,20}ly\s)?have\s(?:\p{Ll}{2,20}ly\s)?\p{Ll}{2,20}ed\s$/iu
/** A method after the `every` phrase: `has screened every patient with the questionnaire`, `using a`, `by the` (a procedure applied to each, not an outcome claimed). */
const methodAfter = /^\s+(?:[\p{L}-]+\s+)?(?:with|using|via|by)\s+(?:the|a|an|its|their)\s/iu
/** `record sales`, `record crowds`, `record profits`: `record` before a noun of amount, an all-time high claimed. */
const recordAmount =
  /(?<![\p{L}'’-])record\s+(?:sales|profits|takings|turnover|revenues?|crowds|attendances?|turnouts?|numbers|demand|temperatures|rainfall|prices|exports|imports|harvests?|yields?|losses|bookings|orders|visitors|entries|catches)(?![\p{L}'’-])/giu
/** An article or `new` before `record`: `a record number` (read by superlative.ts's `record`). */
const articleBefore = /(?<![\p{L}'’-])(?:a|an|new|the|off|on|of)\s+$/iu
/** `no part of the region is`, `no corner of the county remains`, `No part of the trade has been left more exposed` (the perfect, round 43): none of the parts of a whole, in the present, past or perfect (not `may`, `shall`: a rule). */
const noPartOf =
  /(?<![\p{L}'’-])no\s+(?:part|parts|corner|area|inch|stretch|section|bit|patch)\s+of\s+(?:the|this|our|its|their)\s+(?:[\p{L}-]+\s+){1,2}?(?:is|are|was|were|remains|remained|lies|lay|has|have|had)(?![\p{L}'’-])/giu
/** `has not missed a single session`, `hasn't missed a season`: an unbroken record in the negative perfect, as `never missed` is (round 43). */
const notMissedOne = /(?<![\p{L}'’-])(?:has|have|had)(?:\s+not|n['’]t)\s+missed\s+(?:a|one)\s+(?:single\s+)?\p{L}[\p{L}-]*/giu
/** `only the second framer from the county`, `only the third club in the league to`: a rank near the top of a class the words after it name. */
const onlyNthOf =
  /(?<![\p{L}'’-])only\s+the\s+(?:second|third|fourth|fifth)\s+(?:[\p{L}-]+\s+){1,2}?(?:from|in|to|of|since)\s+(?:the\s+)?\p{L}+/giu

/** Every regex of this module, for the ReDoS test. */
export const superlativeTrackPatterns: readonly RegExp[] = [everyInPerfect, ownPerfectBefore, methodAfter, recordAmount, articleBefore, noPartOf, onlyNthOf, notMissedOne]

/**
 * Absolutes and records of a track: takes a text and a match of one of the
 * patterns; the rules' spans are the matches (0-based UTF-16 offsets).
 * `every` after `has` and an `-ed` participle is a claim unless the writer
 * or the reader is the subject or a method follows (`with the`, `using a`);
 * `record` before an amount unless an article or `new` stands before it
 * (read elsewhere).
 */
export const trackRules: readonly PatternRule[] = [
  {regex: everyInPerfect, kind: 'absolute', accept: (text, match) => !ownPerfectBefore.test(before(text, match.index!, 72)) && !methodAfter.test(after(text, match.index! + match[0].length, 40))},
  {regex: recordAmount, kind: 'superlative', accept: (text, match) => !articleBefore.test(before(text, match.index!, 8))},
  {regex: noPartOf, kind: 'absolute'},
  {regex: onlyNthOf, kind: 'superlative'},
  {regex: notMissedOne, kind: 'absolute'}
]
