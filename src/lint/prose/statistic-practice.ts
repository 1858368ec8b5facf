import type {Span} from './span.js'
import {before} from './span.js'

// Figures of the writer's own practice, a rule's cap or an aim, told as what
// is set or done rather than what was found (the header's "the author's own
// … methods … settings" and "limits … set rather than measured"), each read
// from a bounded slice of the figure's own sentence:
// - a cap a rule sets with a negated modal: `no boat may carry more than 12
//   passengers`, `hives must not hold more than 20 frames`; a bound kept
//   (`No ward had more than 12 empty beds last winter`) stays a claim;
// - a level a practice aims to keep: `trimmed each autumn to keep a height of
//   about 2 metres`; a level somebody managed to keep (`managed to keep a
//   margin of 12%`) stays a result;
// - a length a present practice cuts a thing to: `side shoots are pinched back
//   to 5 cm`, `the outfield is mown to 12 mm`;
// - a practice's rate or density named before the figure: `Stocking density in
//   the rearing pens is 40 birds per square metre`, `a sowing rate of 35 g per
//   square metre`; a density of the world (`Population density in the borough
//   is 5,000 people per square km`) stays a claim;
// - what a thing costs the writer now, and the earlier sum it is set against:
//   `a bag of feed now costs us £21, against £14`; what a thing costs others
//   (`Diesel now costs hauliers £1.45 a litre, against £1.20`) stays a claim;
// - the writer's own occasions a count or a survey was spread across: `we
//   served 1,800 meals across 14 sessions`, `Counting took place over six
//   visits`; the same outside the writer's voice (`Crowds averaged 4,000
//   across 22 matches`) stays a claim.

/** A cap a rule sets, right before the bound: `no boat may carry `, `must not hold `, `shall not exceed `. */
const ruleCapBefore =
  /\b(?:no\s+(?:[\p{L}-]+\s+){1,2}?(?:may|shall|must|can)|(?:may|must|shall)\s+not|(?:may|must)\s+never)\s+(?:[\p{L}-]+\s+){1,2}?$/iu
/** A bound opening a span: `more than`, `over`, `fewer than`. */
const capOpening = /^(?:(?:no\s+)?(?:more|fewer|less)\s+than|over|above|beyond)\s/iu
/** An aim a practice keeps, right before the figure: `to keep a taper of`, `to hold a condition score of about `. */
const aimBefore =
  /(?<!\b(?:managed|able|failed|struggled|unable|tried)\s)\bto\s+(?:keep|hold|maintain)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:of|at)\s+(?:(?:about|around|roughly|some)\s+)?$/iu
/** A present practice cutting a thing to a length, right before it: `are pinched back to `, `is mown to `. */
const cutToBefore =
  /\b(?:is|are)\s+(?:(?:usually|always|then|normally)\s+)?(?:clipped|cut|pruned|trimmed|topped|mown|sheared|pinched|shortened)\s+(?:back\s+|down\s+)?to\s+(?:(?:about|around|roughly)\s+)?$/iu
/** A practice's rate or density, then its verb, right before the figure: `Stocking density in the parks is `, `a sowing rate of `. */
const practiceRateBefore =
  /\b(?:stocking|sowing|seed(?:ing)?|planting|application|feeding|spray(?:ing)?|dosing|dose)\s+(?:rate|density)\s+(?:[\p{L}-]+\s+){0,4}?(?:is|are|of|at)\s+(?:(?:about|around|roughly)\s+)?$/iu
/** What a thing costs the writer now, right before the sum: `now costs us `. */
export const ownCostBefore = /\bcosts\s+us\s+(?:(?:about|around|nearly|over|just\s+over|just\s+under|some)\s+)?$/iu
/** The earlier sum a cost of the writer's is set against, right before it: `costs us £48, against `, `costs us 90p a kilo, up from `. */
const ownCostAgainst =
  /\bcosts\s+us\s+[£€$]?\d[\d,.]{0,12}p?(?:\s+(?:a|per)\s+[\p{L}-]+)?,?\s+(?:against|compared\s+with|up\s+from)\s+$/iu
/** A digit, where a span's number starts. */
const firstDigit = /\d/u
/** The writer's own occasions ending a count: `14 sessions`, `four visits`. */
const occasionsEnd = /\b(?:visits|screenings|sessions|performances|shows|meetings|evenings|outings|trips|rounds)$/iu
/** What a count of occasions spreads across, right before it: `across `, `over `. */
const acrossBefore = /\b(?:across|over)\s+$/iu
/** A survey's work taking place, right before `over` opening the span: `Counting took place `. */
const workTookPlace = /\b(?:took\s+place|was\s+(?:done|carried\s+out|spread)|were\s+(?:made|carried\s+out))\s+$/iu
/** The writer in the first person before the count, in its sentence. */
const firstPersonBefore = /(?:^|[^\p{L}'’])(?:we|I|our)\s/iu
/** `over` opening a span. */
const overOpening = /^over\s/iu

/** Every regex of this module, for the ReDoS test. */
export const practicePatterns: readonly RegExp[] = [
  ruleCapBefore,
  capOpening,
  aimBefore,
  cutToBefore,
  practiceRateBefore,
  ownCostBefore,
  ownCostAgainst,
  firstDigit,
  occasionsEnd,
  acrossBefore,
  workTookPlace,
  firstPersonBefore,
  overOpening
]

/** Whether the figure at `span` of `text`, in the sentence from `sentenceStart`, is of the writer's practice, a rule's cap or an aim (see the list above); reads at most 80 characters before it. */
export function isPracticeFigure(text: string, span: Span, sentenceStart: number, _sentenceEnd: number, ownVoice: boolean): boolean {
  const words = text.slice(span.start, span.end)
  if (span.kind !== 'change' && span.kind !== 'multiple' && capOpening.test(words) && ruleCapBefore.test(before(text, span.start, 48))) return true
  if (span.kind === 'change' || span.kind === 'multiple') return false
  // `a seeding rate of 35 g`: a span may open on the words before its number.
  const digit = words.search(firstDigit)
  const lead64 = before(text, span.start, 64) + (digit > 0 ? words.slice(0, digit) : '')
  if (aimBefore.test(lead64) || practiceRateBefore.test(before(text, span.start, 80) + (digit > 0 ? words.slice(0, digit) : ''))) return true
  if (span.kind === 'measurement' && cutToBefore.test(before(text, span.start, 48))) return true
  if (span.kind === 'money' && (ownCostBefore.test(before(text, span.start, 32)) || ownCostAgainst.test(before(text, span.start, 64)))) return true
  if (!occasionsEnd.test(words)) return false
  if (overOpening.test(words)) return workTookPlace.test(before(text, span.start, 32))
  return acrossBefore.test(before(text, span.start, 12)) && (ownVoice || firstPersonBefore.test(text.slice(Math.max(sentenceStart, span.start - 80), span.start)))
}
