import type {PatternRule} from './span.js'
import {before} from './span.js'
import {fractionBefore, reportThatBefore} from './statistic-veto.js'

// Shares in words without `of`: a fraction before a determiner and its noun
// (`Half the sunbeds were broken`, `a third our members`, `two thirds the
// size`), and a fraction given as an approximate value (`the figure is
// closer to a half`, `about a third`). `half the time`, `half the battle`:
// idioms, not shares; `for half the year`, `a third the day`: a stretch of
// time, a duration, not a share of things (`half the year's rain` is one).
// A qualified fraction as a copula's subject (`Just over half were
// children`) and a record over a run (`6 of his last 10 meetings`) are shares.

/** A fraction before a determiner: `half the street`, `three quarters their income`. */
const fractionThe =
  /\b(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:a|one)[\s-]+(?:fifth|tenth))\s+(?:the|all|our|their|its|his|her|my|your|these|those)\s+(?!(?:time|way|battle|fun|story|point|trouble|price|distance|length|age)\b|(?:year|day|week|month|night|season|summer|winter|spring|autumn|term|morning|afternoon|evening|century|decade)(?![\p{L}'’-]))\p{L}[\p{L}'’-]*/giu
/** A fraction as an approximate value: `closer to a half`, `about a third`, `nearer two thirds`. */
const approximateFraction =
  /\b(?:closer\s+to|nearer(?:\s+to)?|close\s+to|about|around|nearly|almost|roughly|more\s+like|just\s+under|just\s+over)\s+(?:a\s+half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:a|one)[\s-]+(?:fifth|tenth))\b(?!\s+(?:an?|of\s+an?)\s+(?:hour|mile|day|century|dozen|minute|second|inch|metre|meter|kilometre|pint|litre|page)\b)/giu
/** A fraction as the subject of a verb of answering: `almost half said`, `over a third reported`: a share of those asked. */
const fractionAnswered =
  /\b(?:almost|nearly|about|around|roughly|over|under|more\s+than|less\s+than|just\s+over|just\s+under|only)\s+(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:a|one)[\s-]+(?:fifth|tenth))\s+(?:said|say|says|reported|report|told|agreed|agree|answered|replied|felt|feel|thought|think|believed|believe)\b/giu
/** A rank by a fraction of a counted set: `in the top quarter of herds`, `the bottom third of schools`, `the top decile`; not a part of one thing (`the top half of the stairs`). */
const rankFraction =
  /\b(?:top|bottom|best|worst)\s+(?:(?:half|third|quarter|fifth|tenth)\s+of\s+(?!(?:the|a|an|this|that|its|their|our|his|her|my|your)\b)(?:[\p{L}-]+\s+)?\p{L}{2,}s\b|(?:quartile|quintile|decile|percentile)\b)/giu

/** A qualified fraction as the subject of a copula: `Just over half were children`, `nearly a third are women`: a share of the group just named. */
const fractionWere =
  /\b(?:almost|nearly|about|around|roughly|over|under|more\s+than|less\s+than|just\s+over|just\s+under|well\s+over|only)\s+(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:a|one)[\s-]+(?:fifth|tenth))\s+(?:were|was|are|is|had|have)\b/giu
/** A record over a run: `6 of his last 10 home meetings`, `four of their past five games`: a share of a side's recent results. */
const ofLast =
  /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:his|her|their|its|the)\s+(?:last|past|previous|first)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:[\p{L}-]+\s+)?(?:games|matches|meetings|races|starts|fixtures|outings|rounds|appearances|innings|fights|bouts|events|tournaments|seasons|attempts|meets|runs|rides)\b/giu

/** A share after `account for`: `accounted for just over half`, `accounts for two in five lots`, `account for a third`. */
const accountFor =
  /\baccount(?:s|ed|ing)?\s+for\s+(?:(?:just|well|only|almost|nearly|about|around|roughly|over|under|more|less|fewer|than|some|approximately)\s+){0,3}(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:an?|one|two|three|four)[\s-]+(?:fifths?|sixths?|tenths?)|(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3}))(?![\p{L}\d-])/giu

/** Every regex of this module, for the ReDoS test. */
export const statisticSharePatterns: readonly RegExp[] = [fractionThe, approximateFraction, fractionAnswered, rankFraction, fractionWere, ofLast, accountFor]

/** The share patterns, each with its veto: `the first half the …` is a part, not a share. */
export const shareRules: readonly PatternRule[] = [
  {regex: fractionThe, kind: 'proportion', accept: (text, match) => !fractionBefore.test(before(text, match.index!, 16)) || reportThatBefore.test(before(text, match.index!, 32))},
  {regex: approximateFraction, kind: 'proportion'},
  {regex: fractionAnswered, kind: 'proportion'},
  {regex: rankFraction, kind: 'proportion'},
  {regex: fractionWere, kind: 'proportion'},
  {regex: ofLast, kind: 'proportion'},
  {regex: accountFor, kind: 'proportion'}
]
