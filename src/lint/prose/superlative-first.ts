import type {PatternRule} from './span.js'

// A first claimed as a noun (round 34): `a first for any Scottish atlas`,
// `a first for the county`, `a first in British publishing` — the same claim
// as `the first … to`, without its verb. Not `a first for me` (the writer's
// own experience) nor `a first draft`, `a first edition` (`first` before a
// noun is an ordinal).
//
// A first of a kind in a named place (round 42): `installed the first
// coin-operated dryers in County Durham`, `opened the first vegan bakeries
// in Wales` — a plural kind (the first ones of it to arrive there), a claim of
// priority over the whole place. Not a singular place in an order (`the
// first house in Mill Road`, `the first week in June`), nor a street, a
// building or a month after `in`.

/** `a first for any`, `a first in the region`, `a first among …`: a first within a class or a place. */
const aFirstFor =
  /(?<![\p{L}'’-])an?\s+(?:(?:genuine|real|national|world|notable)\s+)?first\s+(?:for|in|among|amongst)\s+(?:any|a|an|the|this|its|British|English|Scottish|Welsh|Irish|European|\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu

/** `the first coin-operated dryers in County Durham`: `the first`, at most two words before a plural noun, `in` and a named place (a capital, not a month, a day, a street or a building). */
const firstKindInPlace =
  /(?<![\p{L}'’-])[Tt]he\s+first\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}{2,}[^s\s'’\P{L}]s\s+in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}'’-]))\p{Lu}\p{Ll}+(?:\s+(?!(?:Road|Street|Lane|Avenue|Close|Way|Drive|Square|Place|Crescent|Terrace|Hall|House|Church|Court|Park|Gardens|Centre|Center|Building)(?![\p{L}'’-]))\p{Lu}\p{Ll}+)?(?!\s+(?:Road|Street|Lane|Avenue|Close|Way|Drive|Square|Place|Crescent|Terrace|Hall|House|Church|Court|Park|Gardens|Centre|Center|Building)(?![\p{L}'’-]))(?![\p{L}'’-])/gu

/**
 * A first of a kind in a named place as a thing's predicate (round 58): `was
 * the first Theravada temple in north-west London`, `is the first clinic in
 * Harrow` — one thing said to come before all others of its kind there, a
 * claim of priority (the plural, `the first … dryers in County Durham`, is
 * `firstKindInPlace`; with `to` after the place, `was the first … in Cumbria
 * to take`, the first rule of rank reads it). After a linking verb only, so not a place in an order
 * (`on the first Monday in December`, `the first house in Mill Road`), nor a
 * month after `in`. The place is one or two capitalised words (`in North Wales`).
 */
const isFirstInPlace =
  /(?<![\p{L}'’-])(?:is|was|are|were|became|becomes|remains|remained)\s+the\s+first\s+(?!time(?![\p{L}'’-]))(?:[\p{L}-]+\s+){0,2}?\p{Ll}{2,}\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|central)\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}'’-]))\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?![\p{L}'’-])(?!(?:\s+\p{Lu}\p{Ll}+)?\s+to(?![\p{L}'’-]))/gu
/**
 * A first of a whole place or league, by its possessive (round 58): `the
 * county's first same-sex marriage`, `the town's first woman councillor`,
 * `the league's first 300 game` — a first within all of it, as `the world's
 * first` is. Not a span of time (`the league's first season`), nor an office
 * with its holder in order (`the town's first mayor`, `this parish's first
 * organist`, a parish no place of this list).
 */
const placeFirst =
  /(?<![\p{L}'’-])the\s+(?:town|city|county|country|nation|state|region|island|village|borough|district|province|league)['’]s\s+first\s+(?!(?:time|times|day|days|week|weeks|month|months|year|years|season|seasons|half|quarter|round|stage|phase|mayor|president|chairman|chair|head|leader|minister|member|members)(?![\p{L}'’-]))[\p{L}\d][\p{L}\d-]*/gu

/**
 * A first over a stretch of time (round 53): `the first the council has made
 * since 2011`, `the first cranes to nest in the valley for centuries` — a
 * record of none before since a year or over decades or centuries, at most
 * eight words after `the first` (not `the first week`, no stretch after it;
 * not `for the first time since 2019`, an event's return, not a record).
 */
const firstSince =
  /(?<![\p{L}'’-])[Tt]he\s+first\s+(?!time(?![\p{L}'’-]))(?:[^\s.;:!?]+\s+){0,8}?(?:since\s+(?:1[6-9]|20)\d\d|for\s+(?:(?:over|more\s+than|nearly|almost)\s+)?(?:centuries|decades|a\s+century|a\s+generation|(?:a\s+)?hundreds?\s+(?:of\s+)?years))(?![\p{L}\d'’-])/gu
/** `there is no better deterrent than`, `There is no finer walk in the county than`: nothing of a kind ranks above the one named, a superlative in its negative form (round 53; not `no better time to join than now`, an appeal). */
const noBetterThan =
  /(?<![\p{L}'’-])[Tt]here\s+(?:is|was|are)\s+no\s+(?:better|finer|greater|surer|safer|cheaper|quicker|faster|bigger|stronger|more\s+\p{Ll}{3,20})\s+(?!(?:time|moment|day|year|season)(?![\p{L}'’-]))(?:[\p{Ll}-]+\s+){1,5}?than(?![\p{L}'’-])/gu

/** Every regex of this module, for the ReDoS test. */
export const superlativeFirstPatterns: readonly RegExp[] = [aFirstFor, firstKindInPlace, isFirstInPlace, placeFirst, firstSince, noBetterThan]

/** The firsts of this module, each a span of kind `superlative`. */
export const firstRules: readonly PatternRule[] = [
  {regex: aFirstFor, kind: 'superlative'},
  {regex: firstKindInPlace, kind: 'superlative'},
  {regex: isFirstInPlace, kind: 'superlative'},
  {regex: placeFirst, kind: 'superlative'},
  {regex: firstSince, kind: 'superlative'},
  {regex: noBetterThan, kind: 'superlative'}
]
