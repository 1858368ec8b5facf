// Superlatives of rank (see superlative.ts, which runs them in its order):
// `the largest`, `the company's worst day`, `is most severe`, `hit
// hardest`, `least.` closing a clause, `the route most often closed`,
// `faster than any other`, `the world's first`, `a record high`, `ranked
// first`; each with the readings that make it no claim.
import type {PatternRule} from './span.js'
import {after, before} from './span.js'
import {countedPicked, countedSetPicked, hedgedAfterOwner, multipleOf, namedOwnBest, openingPicked, ownBest, ownDataPicked, picksOutNamed, placedPick} from './superlative-pick.js'
import {amongClass} from './superlative-class.js'
import {ownStrength} from './superlative-forecast.js'
import {rankedAcrossDomain} from './superlative-beaten.js'
import {fullestIdiomAt} from './superlative-universal.js'
import {recordNamesThing} from './superlative-terms.js'
import {everClosesAfter, ownReach, trialLevel} from './superlative-occasion.js'
import {notSuperlative, unhedged} from './superlative-hedge.js'

const theSuperlative =
  /\b(?:the|its|their|his|her|our)\s+(?:(?:single|very|world's|world’s)\s+|(?:second|third)[\s-])?(?:\p{L}{2,}est(?:-\p{L}+)?|best(?:-\p{L}+)?|worst(?:-\p{L}+)?|greatest|most(?:\s+|-)\p{L}+|least\s+\p{L}+|only)\b/giu
/** After a possessive: `the company's worst day`; a rank after an ordinal, with a space or a hyphen (`Africa's second-largest producer`, `the world's third-biggest`, round 63). */
const possessiveSuperlative = /(?<=\p{L}['’]s\s)(?:(?:second|third|fourth|fifth)(?:\s+|-))?(?:\p{L}{2,}est|best|worst|greatest|most(?:\s+|-)\p{L}+|least(?:\s+|-)\p{L}+)\b/giu
/** `ranked first in the country`, `voted the best`: a ranking without `the … -est`. */
const ranked = /\b(?:ranked|rated|voted|named)\s+(?:the\s+)?(?:first|top|best|number\s+one)\b/giu
/** `was ranked first by its panel`, `was rated top by the judges`: a ranking with the body that made it right after (round 40): that body's verdict on its own round, reported, not a ranking of the world (`ranked first in the country` stays a claim). */
const rankedByAgent = /^\s+by\s+(?:its|their|the|a|an|his|her|our)\s/iu
/** `named best speaker`, `voted best newcomer`: `best` with no article, naming the title an award gives (round 55). */
const titleGiven = /^(?:named|voted)\s+best$/iu
/** The title's noun, up to three words, then the clause's end or the occasion (`, the first`, ` at the club's dinner`, ` for 2025`); not a field after it (`best restaurant in London`, `best school of its kind`): a ranking of the world. */
const titleAfter =
  /^\s+(?!(?:in|of|on|across|anywhere|ever)(?![\p{L}'’-]))[\p{L}-]+(?:\s+(?!(?:in|of|on|across|anywhere|ever)(?![\p{L}'’-]))[\p{L}-]+){0,2}?(?:\s*(?:[,.;:!?)]|$)|\s+(?:at|for|and|by|after)\s)/u
/** A superlative after a linking verb, without `the`: `The gap is widest`, `is most severe`, `are worst in the early morning`. Not after `seems` (`The problem seems worst on new estates`): an impression hedged by its verb, as `one of the largest` is by its words (round 41). */
const predicative =
  /\b(?:is|are|was|were|be|been|remains?|remained|became|becomes)\s+(?:(?:by\s+far|much)\s+)?(?:\p{L}{3,}est|best|worst|most\s+at\s+risk|most\s+\p{L}{3,}|least\s+\p{L}{3,})\b(?!\s+(?:of|part)\b)/giu
/** An adverb in the superlative after its verb: `hit hardest`, `fell hardest`, `talk about it least.` */
const adverbial = /\b\p{L}{1,24}\s(?:hardest|worst-hit|hardest-hit)\b/giu
/** `Governments talk about it least.`: `least` or `most` closing a clause. */
/** A preference after a verb of wanting or liking: `what they needed most`, `the songs I love most` — someone's wish, not a ranking of the world. */
const preferenceBefore = /\b(?:needs?|needed|wants?|wanted|likes?|liked|loves?|loved|miss(?:es|ed)?|fears?|feared|values?|valued|enjoys?|enjoyed|prefers?|preferred|treasures?|treasured|hates?|hated|dreads?|dreaded)\s+(?:it\s+|them\s+|this\s+|that\s+)?$/iu
/** Not after `than`: `braver than most` compares with the many, it ranks nothing first. */
const clauseFinal = /(?<!\b(?:at|the|its|their|our|his|her|than)\s)\b(?:least|most)(?=\s*[.;!?])/giu
/** `faster than any other form`, `more than in any previous year`, `more often than to any other theme` (round 39) (not `rather than any change`: a contrast, no comparison with all), `faster than for any other language`, `better than on any previous cycle`, `than ever before`. */
const thanAny = /(?<!\brather\s)\bthan\s+(?:in\s+|at\s+|for\s+|on\s+|with\s+|from\s+|during\s+|to\s+)?(?:any(?:one|thing|where)?(?:\s+(?:other|previous|earlier|before))?|ever(?:\s+before)?)\b/giu
/** `the first ever`, `the world's first`, `remains the first destination` (not `remains the first item on the agenda`: a place in an order; nor `remain the first Saturday of each month`, a date in the calendar's order, round 61). */
const first =
  /\b(?:the\s+first[\s-]+ever|(?:the\s+)?world['’]s\s+first|(?:remains?|remained|ranks?|ranked|is\s+now|was\s+once)\s+the\s+(?:first(?!\s+(?:items?|steps?|stages?|entry|entries|page|line|agenda)\b)|top|leading|biggest)\s+\p{L}+)\b/giu
/** `remain the first Saturday of each month`: a day, a week, a month or a part of a day after `the first`, a date in the calendar's order (round 61). */
const firstOfCalendar = /\bthe\s+first\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|week|weekend|month|morning|evening)$/iu
const record =
  /\b(?:(?:an?\s+)?(?:all-time|record)\s+(?:high|low|highs|lows|levels?|numbers?)|a\s+(?:new\s+)?record\s+(?!of\b)[\p{L}$€£¥\d][\p{L}\d.,]*|an?\s+(?:new\s+)?(?:club|world|national|european|british|league|school|course|career|season|personal|company|state|olympic|championship|all-time)\s+record\b)\b/giu

/** `to the best of our knowledge`, `the best of his ability`: a hedge, not a superlative. */
const bestOf = /^\s+of\s+(?:our|my|his|her|their|your|one's|one’s)\s+(?:knowledge|ability|abilities|belief|recollection)\b/iu
/** `the one you practise least`: what the reader or writer does least, not a ranking of the world. */
const habitLeast = /\b(?:I|[Ww]e|[Yy]ou|[Tt]hey)\s+\p{Ll}+\s+(?:it\s+|them\s+)?$/u
/** `ask which route is the steepest`, `wonder whether it is the best`: a superlative inside a reported question (not a relative clause: `which he says is the best`). */
const questionBefore =
  /(?<![A-Za-z0-9_])(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|debate|debates|debated)\s+(?:(?:me|us|you|him|her|them|myself|ourselves)\s+)?(?:which|what|who|whether|if)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:is|are|was|were)\s+$/iu
/** `the route that most often closes`, `the genus most often misnamed`, `the drug most often found with it` (an irregular participle, round 40): the one of a kind that leads by frequency. */
const mostOften =
  /(?<![A-Za-z0-9_])the\s+[\p{L}-]+\s+(?:(?:that|which|who)\s+(?:most|least)\s+(?:often|frequently|commonly)(?![A-Za-z0-9_])|(?:most|least)\s+(?:often|frequently|commonly)\s+(?:\p{Ll}{2,}(?:ed|en)|found|seen|sold|bought|held|kept|made|caught|heard|told|left|lost|paid|built|sent|spent|won|met|led|fed|read|set|put|cut|hit|struck|brought|taught|sought|grown|shown|worn|thrown)(?![A-Za-z0-9_]))/giu
/** A preposition before a superlative that picks something out: `in the deepest part`, `on the poorest wards` (with `the`: `on its busiest day` claims). */
const pickedBefore = /\b(?:in|on|during|with|from|into|onto|near|among)\s+$/iu
const theWord = /^the\s/iu
/** `the`, `its`, `their` … before a superlative's word. */
const theOrPossessive = /^(?:the|its|their|his|her|our)\s+/iu

/** `at the thinnest point in the left barrel`, `at the widest spot of the crack`: after `at`, a superlative whose noun is a point within one thing: where a measure was taken, picked out, not a ranking of the world (round 44; `the highest point in the county`, without `at`, stays a claim). */
const placeInThing = /^\s+(?:point|spot)\s+(?:in|of|on|along|across)\s/iu
/** `at` right before a superlative: a place where something is measured. */
const atBefore = /(?<![\p{L}'’-])at\s+$/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativeRankPatterns: readonly RegExp[] = [
  firstOfCalendar,
  theSuperlative,
  possessiveSuperlative,
  predicative,
  adverbial,
  clauseFinal,
  preferenceBefore,
  thanAny,
  first,
  pickedBefore,
  theWord,
  theOrPossessive,
  bestOf,
  record,
  ranked,
  rankedByAgent,
  titleGiven,
  titleAfter,
  habitLeast,
  questionBefore,
  mostOften,
  placeInThing,
  atBefore
]

/** The rules of rank that run first, in their order: `the …-est`, a possessive's, a predicative, an adverb's, a clause-final `most`/`least`, `most often`, `than any`, `the world's first`. */
export const rankRules: readonly PatternRule[] = [
  {
    regex: theSuperlative,
    kind: 'superlative',
    accept: (text, match) =>
      unhedged(text, match) &&
      !notSuperlative.test(' ' + match[0].slice(-24)) &&
      // `with the leakiest defence in the league`: ranked across a whole domain, a claim even after a preposition that picks out.
      // `during the busiest winter the department had ever seen`: `had ever` closing it makes it a claim all the same (superlative-occasion.ts).
      !(theWord.test(match[0]) && pickedBefore.test(before(text, match.index!, 12)) && !rankedAcrossDomain(text, match.index! + match[0].length) && !everClosesAfter(text, match.index! + match[0].length)) &&
      // `the best advice we can give`: the writer's own best; `at the highest rate`: a trial's top level (superlative-occasion.ts).
      !ownReach(text, match.index! + match[0].length) &&
      !trialLevel(text, match.index!, match.index! + match[0].length) &&
      !bestOf.test(after(text, match.index! + match[0].length, 32)) &&
      // `at the thinnest point in the left barrel`: where one thing's measure peaks (round 44).
      !(atBefore.test(before(text, match.index!, 4)) && placeInThing.test(after(text, match.index! + match[0].length, 24))) &&
      !picksOutNamed(text, match) &&
      !ownBest(text, match) &&
      !ownDataPicked(text, match) &&
      !countedPicked(text, match) &&
      !countedSetPicked(text, match) &&
      // `The coldest night, 3 February, reached`: one of the writer's own set, picked out at its sentence's opening (superlative-pick.ts; round 45).
      !openingPicked(text, match) &&
      !multipleOf(text, match) &&
      !placedPick(text, match) &&
      !ownStrength(text, match.index!, match[0]) &&
      // `when the hedgerows are at their fullest`: an idiom of measure (superlative-universal.ts).
      !fullestIdiomAt(text, match) &&
      !questionBefore.test(before(text, match.index!, 64))
  },
  {
    regex: possessiveSuperlative,
    kind: 'superlative',
    accept: (text, match) => unhedged(text, match) && !hedgedAfterOwner(text, match) && !notSuperlative.test(' ' + match[0].slice(-24)) && !namedOwnBest(text, match) && !ownStrength(text, match.index!, match[0])
  },
  {
    regex: predicative,
    kind: 'superlative',
    accept: (text, match) => unhedged(text, match) && !notSuperlative.test(' ' + match[0].slice(-24))
  },
  // `among the groups hit hardest`: `among` a class hedges it, as `one of` does.
  {regex: adverbial, kind: 'superlative', accept: (text, match) => unhedged(text, match) && !questionBefore.test(before(text, match.index!, 64)) && !amongClass(before(text, match.index!, 48))},
  {
    regex: clauseFinal,
    kind: 'superlative',
    accept: (text, match) =>
      unhedged(text, match) && !preferenceBefore.test(text.slice(Math.max(0, match.index! - 24), match.index)) && !habitLeast.test(text.slice(Math.max(0, match.index! - 24), match.index))
  },
  {regex: mostOften, kind: 'superlative', accept: unhedged},
  {regex: thanAny, kind: 'than', accept: unhedged},
  {regex: first, kind: 'superlative', accept: (text, match) => unhedged(text, match) && !firstOfCalendar.test(match[0])},
]

/** `a record high`, `an all-time low`, `a new club record`. */
export const recordRule: PatternRule = {regex: record, kind: 'superlative', accept: (text, match) => unhedged(text, match) && !recordNamesThing(match[0])}

/** `ranked first in the country`, `voted the best`. */
export const rankedRule: PatternRule = {regex: ranked, kind: 'superlative', accept: (text, match) => unhedged(text, match) && !rankedByAgent.test(after(text, match.index! + match[0].length, 16)) && !(titleGiven.test(match[0]) && titleAfter.test(after(text, match.index! + match[0].length, 48)))}
