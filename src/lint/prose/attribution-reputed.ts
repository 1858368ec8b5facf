import type {PatternRule} from './span.js'
import {before, wordsAfter} from './span.js'

// Hearsay with nobody named, in two forms the fixed phrases did not read
// (round 41). A thing's reputation in the present passive, `Cold showers are
// supposed to do wonders` (`supposed to` as `said to`): who supposes it goes
// unnamed. Not a duty or a schedule (`You are supposed to wear a helmet`,
// `The bus is supposed to arrive at nine`): a person before it or a verb of
// conduct or timing after it. And `we're told`, `I'm told`, as an aside
// between commas or before `that`: a claim passed on to the writer by no
// one named, as `We are told that` is. And `police believe`, `police
// suspect`: a belief of officers of no force named, with no determiner
// (not `the police say`, the force the text means, nor `Police said` or
// `Police estimated`, a force's statement or count on an occasion).

/** `is supposed to`, `are widely supposed to`: the present passive of reputation, before a verb. */
const isSupposedTo = /(?<![\p{L}'’-])(?:is|are)\s+(?:(?:widely|generally|commonly|often|also|still)\s+)?supposed\s+to(?=\s+\p{L})/giu
/** A person or a pronoun for one right before it: `You are`, `Members are`, `the driver is`, whose duty it states. */
const personBefore =
  /(?<![\p{L}'’-])(?:you|we|they|he|she|I|it|everyone|everybody|anyone|nobody|staff|people|members|guests|visitors|players|pupils|students|drivers|parents|(?:the|our|your|each|every)\s+(?:[\p{L}-]+\s+)?(?:driver|player|pupil|student|member|guest|visitor|user|owner|tenant|rider|walker|crew|team|person|parent|child|candidate|applicant)s?)\s+$/iu
/** What a duty or a schedule asks: a verb of conduct (`wear`, `bring`, `check`) or of timing (`arrive`, `start`, `be ready`), not a reputation. */
const dutyOrTime =
  /^(?:attend|arrive|wear|bring|carry|check|complete|submit|follow|comply|pay|report|register|sign|ask|tell|call|book|wait|stay|leave|go|come|return|start|begin|open|close|finish|end|run|stop|take|keep|use|be\s+(?:here|there|present|ready|on\s+time|open|closed|finished|completed|done|back|in|at|on))(?![\p{L}'’-])/iu
/** `we're told,`, `I'm told that`, `we are reliably told,`, `or so we are often told.` (closing its sentence, round 44): a claim passed on to the writer, as an aside or before its clause (not `told to`, an instruction). */
const weReTold =
  /(?<![\p{L}'’-])(?:we|I)(?:['’]re|['’]m|\s+are|\s+am)\s+(?:(?:often|constantly|repeatedly|always|reliably|regularly|now)\s+)?told(?=\s*[,;—–).!?]|\s+that(?![\p{L}'’-]))/giu
/** `police believe`, `Police now suspect`: a bare `police` and a verb of belief (no determiner before it). */
const policeBelieve =
  /(?<!(?:^|[^\p{L}'’-])(?:the|The|our|Our|their|Their|its|Its|local|Local|transport|Transport)\s)(?<![\p{L}'’-])[Pp]olice\s+(?:(?:now|still|also|privately)\s+)?(?:believe|think|suspect|fear|reckon)(?![\p{L}'’-])/gu

/** Every regex of this module, for the ReDoS test. */
export const attributionReputedPatterns: readonly RegExp[] = [isSupposedTo, personBefore, dutyOrTime, weReTold, policeBelieve]

/** The phrases of this module, by kind, for attribution-phrase.ts's list: a reputation in the present passive (no person before it, no duty or schedule after it), `we're told` passed on, and a belief of `police` with no force named. Offsets are read from the match (0-based UTF-16 code units). */
export const reputedPhrases: readonly PatternRule[] = [
  {
    regex: isSupposedTo,
    kind: 'impersonal',
    accept: (text, match) => !personBefore.test(before(text, match.index!, 40)) && !dutyOrTime.test(wordsAfter(text, match, 30))
  },
  {regex: weReTold, kind: 'impersonal'},
  {regex: policeBelieve, kind: 'source'}
]
