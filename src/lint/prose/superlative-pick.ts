import {after, before} from './span.js'

// Superlatives and absolutes that pick something out or set a schedule
// rather than rank it: `its largest customer, Harlow Retail Group` names the
// customer it means; `£5 seats at every performance` tells when, it claims
// nothing of the world. Each check reads a bounded slice after the match.

/** A possessive before the superlative: `its largest`, `our biggest`. */
const possessiveOpening = /^(?:its|their|his|her|our)\s/iu
/** The ranked noun named right after it by a proper name in apposition: ` customer, Harlow Retail Group`, or with the person's age before the name: ` player, nine-year-old Ana Ruiz` (round 52). */
const appositiveName = /^\s+(?:[\p{L}-]+\s+)?[\p{L}-]+,\s+(?:the\s+|[\p{Ll}\d-]{1,24}-old\s+)?\p{Lu}\p{L}/u
/** `at` before `every`: a place in a schedule. */
const atBefore = /\bat\s+$/iu
/** Occasions a schedule repeats: `every performance`, `every sailing`, `every session`. */
const occasionAfter =
  /^every\s+(?:single\s+)?(?:performance|screening|showing|sailing|departure|show|session|meeting|service|concert|fixture|home\s+game|visit|shift|stop|lesson|class|rehearsal|match)\b/iu

/** A person's own best at a measure: `their best time`, `her fastest lap`, `my highest score`. */
const personalBest = /^(?:his|her|their|my|our|your)\s+(?:best|fastest|quickest|highest|longest|lowest|furthest|farthest)$/iu
/** A named person's own best, running: `Sam's furthest contact so far` (the possessive before it, `so far` after its noun). */
const namedPossessive = /\p{Lu}\p{Ll}+['’]s\s+$/u
const personalBestWord = /^(?:best|fastest|quickest|highest|longest|lowest|furthest|farthest)$/iu
const soFarAfter = /^\s+(?:[\p{L}-]+\s+){1,2}?so\s+far\b/iu
/** A span of years the best is ranked against, after its measure: `total in a decade`, `time since 2015`, `score on record`. */
const spanAfter =
  /^\s+(?:personal\s+)?\p{Ll}+\s+(?:(?:in|for|over)\s+(?:(?:a|an|the\s+(?:last|past))\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty)\s+)?(?:decades?|years|generations?|century|centuries)|since\s+(?:1[5-9]\d\d|20\d\d|records\s+began)|on\s+record|ever)(?![\p{L}'’-])/iu
/** The measures of one's own performance. */
const measureAfter =
  /^\s+(?:personal\s+)?(?:times?|scores?|marks?|totals?|laps?|throws?|jumps?|distances?|finish(?:es)?|results?|rounds?|performances?|efforts?|splits?|placings?|runs?|innings|figures)\b/iu

/** A relative pronoun or a conditional right before `has ever`: `anyone who has ever tried`, `if you have ever` (a reach over experience, not a record). */
const relativeBefore = /(?<![\p{L}'’-])(?:who|whom|that|which|if|whether|anyone|anybody|someone|somebody|everyone|everybody)\s+(?:(?:you|they|we|I|he|she|it)\s+)?$/iu
/** The writer's own measurement after a superlative: `reading at our river gauge`, `count from our traps` (the maximum of the writer's own data, a statistic). */
const ownDataAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:readings?|values?|measurements?|concentrations?|levels?|counts?|temperatures?|figures?|results?|scores?|totals?|means?|peaks?)\s+(?:at|on|in|from|for|of|across)\s+(?:our|my)\s/iu
/** The answer a survey got most often, opening its sentence as its subject: `The most common answer, from a third, was` (its respondents' answers picked out, not a ranking of the world); not `parking is the most common complaint`, a claim of its own. */
const commonAnswer = /^The\s+most\s+(?:common|frequent|popular|usual)$/u
const answerAfter = /^\s+(?:answer|answers|response|responses|reply|replies|suggestion|suggestions|choice|complaint|request)\b/iu
/** `the most popular choice of all`: ranked over everything, a claim, not one answer of a survey picked out. */
const ofAllAfter = /^\s+[\p{L}-]+\s+of\s+all\b(?!\s+(?:the|our|their|those|these|\d))/iu

/** `every reading but one`, `every hive except two`: all but a few counted, an exception stated, not an absolute. */
const everyExcept =
  /^every\s+(?:[\p{L}'’-]+\s+){1,3}?(?:but|except|save|bar)\s+(?:(?:one|two|three|four|five|a\s+few|a\s+handful|a\s+couple|\d{1,3})\b|(?:the\s+)?(?:first|last|final)\b)/iu
/** A count and its plural, then a comma, before the superlative: `23 earthquakes, the largest` (one of the counted picked out). */
const countedBefore =
  /(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+[^s\s'’]s,\s+$/iu
/** No noun after the superlative, only its measure: `the largest of magnitude 2.1`, `the deepest at 40 m`, `the longest, 12 km`. */
const measureFollows = /^(?:\s*,|\s+(?:of|at|with|reaching|measuring|weighing|lasting)\s+[^.;!?]{0,24}\d)/iu
const theOpening = /^the\s/iu
/** `our heaviest sedge warbler this autumn weighed 19.2 g`: the writer's own catch or sample, its measure given (a result of their own data, not a ranking of the world). */
const ownOpening = /^(?:our|my)\s/iu
const measuredAfter =
  /^\s+(?:[\p{L}-]+\s+){1,5}?(?:weighed|measured|reached|recorded|logged|lasted|ran\s+to|came\s+to|was|were)\s+(?:just\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|under\s+)?\d/iu
/** `one of the label's best-selling`: `one of` before an owner and its superlative hedges it as `one of the best` does. */
const hedgedOwner = /\b(?:one\s+of|among)\s+(?:the\s+)?[\p{L}-]{1,30}['’]s\s+$/iu

/** A verb of placing in the bare form, opening its clause (an instruction): `put`, `seat`, `place` after a sentence's start, `, and`, `and` or `then`. */
const placingVerbOpening =
  /(?:^|[.;:!?]\s+|,\s+(?:and\s+|then\s+)?|(?<![\p{L}'’-])(?:and|then)\s+)(?:put|place|seat|sit|set|stand|keep|store|stack|pack|hang|move)\s+$/iu
/** The one picked, then the position it is placed in: ` guest in the middle of`, ` jars on the top shelf` (a place at the table, on a shelf, in a row). */
const positionAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:in|at|on|by|near|beside|next\s+to|nearest|closest\s+to|furthest\s+from|away\s+from)\s+(?:the|your|a|an|each|one)\s+(?:(?:top|bottom|far|near|front|back)\s+)?(?:middle|centre|center|end|ends|head|foot|front|back|top|bottom|corner|side|sides|edge|window|door|shelf|rack|row|seat|table|place|spot|position)(?![\p{L}'’-])/iu
/** A count before `in every`: `two in every`, `one pupil in every` (the rate's numerator). */
const countInBefore =
  /(?<![\p{L}\d'’-])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+(?:[\p{L}-]+\s+)?in\s+$/iu
/** `every hundred`, `every 50`: the group of a rate given by its count alone, after `one in` (`one round in every hundred`, round 47). */
const numberEvery =
  /^every\s+(?:\d[\d,]*|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?![\p{L}\d'’-])/iu
/** A count and its noun before `for every`: `7.4 invitations for every`, `three staff for every` (the rate's numerator). */
const countForBefore =
  /(?<![\p{L}\d'’-])(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+){0,2}?(?:for|per)\s+$/iu
/** `every crate of fifty`, `every batch of 100`: the group of a rate sized by a count (its denominator). */
const sizedEvery =
  /^every\s+[\p{L}-]+\s+of\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+hundred|hundred|a\s+thousand)(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativePickPatterns: readonly RegExp[] = [
  spanAfter,
  placingVerbOpening,
  positionAfter,
  countInBefore,
  countForBefore,
  sizedEvery,
  numberEvery,
  everyExcept,
  countedBefore,
  measureFollows,
  theOpening,
  ownOpening,
  measuredAfter,
  hedgedOwner,
  possessiveOpening,
  appositiveName,
  atBefore,
  occasionAfter,
  personalBest,
  measureAfter,
  relativeBefore,
  ownDataAfter,
  commonAnswer,
  answerAfter,
  ofAllAfter,
  namedPossessive,
  personalBestWord,
  soFarAfter
]

/** Whether `has ever` follows a relative pronoun or a conditional: `someone who has ever`, `if you have ever` (no record claimed). */
export function everInClause(text: string, match: RegExpMatchArray): boolean {
  return relativeBefore.test(before(text, match.index!, 24))
}

/** Whether a superlative picks out the writer's own measured maximum (`The highest reading at our gauge was …`, `our heaviest bird weighed 19.2 g`) or a survey's most common answer (`The most common answer, from …`). */
export function ownDataPicked(text: string, match: RegExpMatchArray): boolean {
  const rest = after(text, match.index! + match[0].length, 64)
  return ownDataAfter.test(rest) || (commonAnswer.test(match[0]) && answerAfter.test(rest) && !ofAllAfter.test(rest)) || (ownOpening.test(match[0]) && measuredAfter.test(rest))
}

/** Whether `one of` and an owner stand before a superlative after a possessive: `one of the label's best-selling reissues` (one of several, hedged). */
export function hedgedAfterOwner(text: string, match: RegExpMatchArray): boolean {
  return hedgedOwner.test(before(text, match.index!, 48))
}

/** Whether a superlative match (`its largest`) picks out a thing it then names (`customer, Harlow Retail Group`). */
export function picksOutNamed(text: string, match: RegExpMatchArray): boolean {
  return possessiveOpening.test(match[0]) && appositiveName.test(after(text, match.index! + match[0].length, 48))
}

/** Whether a superlative match is a person's own best at a measure (`took two seconds off their best time`): their record, the yardstick of their own progress, not a ranking of the world. */
export function ownBest(text: string, match: RegExpMatchArray): boolean {
  const rest = after(text, match.index! + match[0].length, 48)
  // `our best total in a decade`, `their fastest time since 2015`: ranked against a span of years, a record claimed.
  return personalBest.test(match[0]) && measureAfter.test(rest) && !spanAfter.test(rest)
}

/** Whether a superlative after a person's possessive is their own best so far (`Sam's furthest contact so far was …`): their record, not a ranking of the world. */
export function namedOwnBest(text: string, match: RegExpMatchArray): boolean {
  return personalBestWord.test(match[0]) && namedPossessive.test(before(text, match.index!, 24)) && soFarAfter.test(after(text, match.index! + match[0].length, 32))
}

/** Whether an `every` match is a place in a schedule: `at every performance`. */
export function scheduleEvery(text: string, match: RegExpMatchArray): boolean {
  return atBefore.test(before(text, match.index!, 4)) && occasionAfter.test(after(text, match.index!, 40))
}

/** Whether an `every` match states its exceptions: `every reading but one` (all but a few counted, not an absolute). */
export function exceptedEvery(text: string, match: RegExpMatchArray): boolean {
  return everyExcept.test(after(text, match.index!, 64))
}

/** Whether a superlative with no noun picks out one of a count just given, by its measure: `23 earthquakes, the largest of magnitude 2.1` (the writer's own tally, not a ranking of the world). */
export function countedPicked(text: string, match: RegExpMatchArray): boolean {
  return theOpening.test(match[0]) && countedBefore.test(before(text, match.index!, 64)) && measureFollows.test(after(text, match.index! + match[0].length, 40))
}

/**
 * The sentence before a superlative that opens its own sentence, counting a
 * set (`The ballad survives in three manuscript versions, all collected in
 * the 1840s.`): a count word or number and a plural within it, the sentence
 * ending right before the superlative.
 */
const countedSentenceBefore =
  /(?<![\p{L}'’-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+[^s\s'’]s(?![\p{L}'’-])[^.!?]{0,160}[.!?]["”’)]?(?:\[\^[^\]\s]{1,20}\]|\uFFFC)?\s+$/iu
/** No noun after the superlative: a comma right after it (`The earliest, in the Dixon papers, lacks`). */
const noNounAfter = /^\s*,/u
/** Every regex of the counted-set check, for the ReDoS test. */
export const superlativeCountedSetPatterns: readonly RegExp[] = [countedSentenceBefore, noNounAfter]

/**
 * Whether a superlative with no noun, opening its sentence, picks one out of
 * a set the sentence before counted: `… in three manuscript versions. The
 * earliest, in the Dixon papers, lacks …` (round 38: one of the writer's own
 * set, picked out by its measure, not a ranking of the world).
 */
export function countedSetPicked(text: string, match: RegExpMatchArray): boolean {
  return theOpening.test(match[0]) && noNounAfter.test(after(text, match.index! + match[0].length, 8)) && countedSentenceBefore.test(before(text, match.index!, 240))
}

/** A multiple of a measure before `of the`: `twice the distance of`, `half the price of`, `three times the weight of` — the superlative after it is the reference the multiple is taken of. */
const multipleOfBefore =
  /\b(?:twice|half|double|treble|triple|(?:\d+(?:\.\d+)?|two|three|four|five|ten)\s+times|an?\s+(?:third|quarter|fifth|tenth)\s+of)\s+(?:the|its|their)\s+[\p{L}-]+\s+of\s+$/iu
/** Every regex of the multiple check, for the ReDoS test. */
export const superlativeMultiplePatterns: readonly RegExp[] = [multipleOfBefore]

/** Whether a superlative is the reference of a multiple, picked out of the matter compared: `needed twice the distance of the best to stop`. */
export function multipleOf(text: string, match: RegExpMatchArray): boolean {
  return theOpening.test(match[0]) && multipleOfBefore.test(before(text, match.index!, 48))
}

/** Whether a superlative is the one an instruction picks and places: `seat the shyest pupil at the front of the class`, `keep the heaviest pans on the bottom shelf` (one of the reader's own set, not a ranking of the world). */
export function placedPick(text: string, match: RegExpMatchArray): boolean {
  // Forty characters back: the verb and its clause's opening; `^` is the text's start only when the text is shorter.
  return theOpening.test(match[0]) && placingVerbOpening.test(before(text, match.index!, 40)) && positionAfter.test(after(text, match.index! + match[0].length, 60))
}

/** Whether an `every` match is the group of a rate: `two in every crate of fifty`, `one in every batch of 100`, `4.2 calls for every sale` (a proportion, not an absolute). */
export function rateEvery(text: string, match: RegExpMatchArray): boolean {
  const lead = before(text, match.index!, 40)
  return (countInBefore.test(lead) && (sizedEvery.test(after(text, match.index!, 48)) || numberEvery.test(after(text, match.index!, 24)))) || countForBefore.test(lead)
}

/** Nothing before the superlative in its sentence: the text's start or a sentence's end (at most four characters back). */
const sentenceOpenBefore = /(?:^|[.!?]["”’)]?\s)$/u
/** Its member given in apposition by a date or a count: ` night, 3 February,`, ` single group, some 900 responses,`. */
const appositionCountAfter = /^\s+(?:single\s+)?\p{Ll}{2,},\s+(?:(?:some|about|around|roughly|nearly|almost|over|on)\s+)?[−-]?\d/u
/** Its member measured in the past by a verb of measure and a figure: ` crystal reached 1.38 Å`, ` trial scored 92%`. */
const measuredPastAfter =
  /^\s+(?:[\p{L}-]+\s+)?\p{Ll}{2,}\s+(?:reached|scored|measured|recorded|achieved|averaged|peaked\s+at|totalled|totaled|weighed)\s+(?:(?:about|around|roughly|nearly|almost|over|just|only)\s+)?[−-]?\d/u
/** Every regex of the opening-pick check, for the ReDoS test. */
export const superlativeOpeningPickPatterns: readonly RegExp[] = [sentenceOpenBefore, appositionCountAfter, measuredPastAfter]

/**
 * Whether `The` and a superlative opening its sentence pick one out of the
 * writer's own set, by a date or a count in apposition (`The coldest night,
 * 3 February, reached`, `The largest single batch, some 300 jars, went`) or
 * by a past measure and its figure (`The best trial reached 92%`): a member
 * of what the writer counted or measured, not a ranking of the world (round 45).
 */
export function openingPicked(text: string, match: RegExpMatchArray): boolean {
  if (!theOpening.test(match[0]) || !sentenceOpenBefore.test(before(text, match.index!, 4))) return false
  const rest = after(text, match.index! + match[0].length, 64)
  return appositionCountAfter.test(rest) || measuredPastAfter.test(rest)
}
