import type {Span} from './span.js'
import {after, lastClause} from './span.js'
import {clauseMarks} from './statistic-present.js'

// Bounds that are limits rather than readings: a level named as a
// standard's, a guarantee's or a target's term, a level beyond which a thing
// cannot work, and the bound that says which of a count's members it
// counts; each read from a bounded slice of the figure's own sentence:
// - a term a standard, a guarantee or a target sets (`a warranty against
//   fading of more than 5%`, `the guideline of no more than 30 a day`);
// - a level a thing does or does not work beyond (`the old boilers would not
//   run below 2 bar`): the limit of a capability, not a measurement;
// - the most a person says they can do with their body (`an injury stops
//   her from walking more than 200 m`, `cannot lift more than 5 kg`): a
//   stated limit, what is claimed of the person, not a reading;
// - a cap the writer's own operation keeps for each of its members (`Every
//   porter on our treks carries no more than 20 kg`);
// - the bound of a class right after a count of it (`9 lambs just over
//   40 kg`): the count is the statistic, its class's bound is not another.
// - the significance level a test is read at (`not significant at the 5%
//   level`): a parameter of the method;
// - a size a rule limits a thing to, in the present (`limits sole thickness
//   to 20 mm`);
// - a floor named as `a minimum of` (`contributions stay at a minimum of 8%`,
//   `a minimum of 40 hours' training`): a rule's or a term's floor, not a
//   level found; a minimum reached (`fell to a minimum of -12 °C`) stays a claim.
// A level reached (`rose above 30 °C`, `stood at more than 5%`) stays a
// claim.

/** How far back in its sentence a cue is read. */
const reach = 96

/** A bound opening the figure: `more than`, `just under`, `over`. */
const boundOpening = /^(?:(?:just|well|slightly)\s+)?(?:more\s+than|less\s+than|fewer\s+than|over|under|above|below|up\s+to)\s/iu
/** A standard's, a guarantee's or a target's term, right before the figure: `benchmark of no`, `guarantee against sagging of`. */
const termOf =
  /\b(?:benchmark|guarantee|warranty|guideline|standard|target|threshold|limit|tolerance|ceiling|cap|maximum|minimum|allowance|cover|trigger)\b(?:\s+[\p{L}-]+){0,3}?\s+(?:of|at)\s+(?:(?:no|not)\s+)?$/iu
/** A verb of working, with a modal or a negation before it, right before the bound: `could not cope above`, `will not start below`. */
const capabilityLimit =
  /\b(?:can|could|cannot|can['’]t|couldn['’]t|will|would|won['’]t|wouldn['’]t|may|might|not|unable\s+to|able\s+to|fails?\s+to|failed\s+to)\s+(?:(?:simply|still|reliably|always|ever|really)\s+)?(?:(?:not|no\s+longer)\s+)?(?:(?:simply|reliably)\s+)?(?:cope|work|operate|run|function|perform|start|survive|fire|ignite|charge|hold|keep\s+up)\s+(?:(?:reliably|properly|well|safely|efficiently|at\s+all)\s+)?(?:above|below|over|under|beyond)\s+$/iu
/** A person's inability and a bodily action, right before the bound: `prevents him from lifting`, `cannot walk`, `is unable to carry`. */
const bodilyLimit =
  /\b(?:cannot|can['’]t|could\s+not|couldn['’]t|unable\s+to|(?:prevents?|prevented|stops?|stopped)\s+(?:him|her|them|me|us|you|the\s+[\p{L}-]+)\s+from)\s+(?:(?:safely|even|comfortably)\s+)?(?:lift|carry|walk|stand|sit|climb|bend|grip|push|pull)(?:ing)?\s+$/iu
/** A count and its plural noun, right before the bound: `41 children `, `12 older ewes `. */
const countBefore = /(?:^|[^\p{L}\d.,])\d[\d,]*\s+(?:[\p{L}-]+\s+)?(?:\p{L}{2,}s|children|people|men|women|staff|cattle|sheep|fish|deer|geese)\s+$/u
/** A share's sign: a share after a count is what happened to it (`kills up to 90% of`), not its class. */
const shareSign = /%|\bper\s?cent\b/iu

/** Each member of the writer's own operation, the subject of a cap, and `no` right before the bound: `Every porter on our treks carries no`, `each guide in our team takes no`. */
const ownMemberCapped = /\b(?:every|each|all)\s+(?:[\p{L}-]+\s+){1,2}?(?:on|in|at|of|for|with|from)\s+our\s+(?:[\p{L}-]+\s+){1,4}?(?:no|not)\s+$/iu

/** A test of significance, right before the level it is read at: `not significant at the`, `significantly higher at the`. */
const significanceBefore = /\b(?:significant|significantly|significance|tested|rejected)\b(?:\s+[\p{L}-]+){0,3}?\s+at\s+the\s+$/iu
/** The level named right after the share: ` level`, ` significance level`. */
const levelAfter = /^\s+(?:significance\s+|confidence\s+)?level\b/iu

/**
 * A rule limiting a size, in the present, right before the figure: `World
 * Athletics limits sole thickness to`, `The class rules restrict mast height
 * to a maximum of`. Not a past outcome (`Drought limited the crop to`).
 */
const ruleLimitsSize =
  /\b(?:now\s+)?(?:limits|restricts|caps)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:thickness|length|height|width|depth|size|weight|diameter|wheelbase|span|draught|draft)\s+to\s+(?:(?:a\s+maximum\s+of|at\s+most|no\s+more\s+than)\s+)?$/iu

/** `a minimum of` right before the figure: a floor a rule or a term sets, unless a level was reached (its group: `fell to a minimum of`, `recorded a minimum of`, a reading rather than a floor). */
const minimumBefore =
  /\b(?:(fell|falls|dropped|drops|sank|plunged|dipped|reached|reaches|recorded|records|hit|touched|measured|logged|down)\s+(?:to\s+)?)?a\s+minimum\s+of\s+$/iu
/** `a minimum of` opening the figure. */
const minimumOpening = /^a\s+minimum\s+of\s/iu

/** Every regex of this module, for the ReDoS test. */
export const boundPatterns: readonly RegExp[] = [significanceBefore, levelAfter, boundOpening, termOf, capabilityLimit, countBefore, shareSign, ownMemberCapped, bodilyLimit, ruleLimitsSize, minimumBefore, minimumOpening]

/** Kinds of figure a bound is stated in. */
const boundKinds = new Set(['measurement', 'approximate', 'count', 'money', 'percentage'])

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` of
 * `text`, is a bound a term sets, a level a thing cannot work beyond, the
 * most a person says they can do with their body, or
 * the bound of a counted class, or the significance level a test is read
 * at (see the list above). Reads at most 96 characters before the figure
 * and 24 after it.
 */
export function isBoundFigure(text: string, span: Span, sentenceStart: number): boolean {
  if (!boundKinds.has(span.kind)) return false
  // `not significant at the 5% level`: the level a test is read at is the method's, chosen before any data.
  if (span.kind === 'percentage' && significanceBefore.test(text.slice(Math.max(sentenceStart, span.start - reach), span.start)) && levelAfter.test(after(text, span.end, 24))) return true
  const near = lastClause(text.slice(Math.max(sentenceStart, span.start - reach), span.start), clauseMarks)
  const words = text.slice(span.start, span.end)
  const opens = boundOpening.test(words)
  if (opens && termOf.test(near)) return true
  if (span.kind === 'measurement' && capabilityLimit.test(near)) return true
  // `limits sole thickness to 20 mm`: the size a rule allows, set rather than measured.
  if (span.kind === 'measurement' && ruleLimitsSize.test(near)) return true
  // `stay at a minimum of 8%`: a floor a rule or a term sets; not a minimum reached (`fell to a minimum of -12 °C`).
  const floor = near + (minimumOpening.exec(words)?.[0] ?? '')
  const minimum = minimumBefore.exec(floor)
  if (minimum && minimum[1] === undefined) return true
  // `prevents him from lifting more than 5 kg`: the most a person says their body allows.
  if (opens && (span.kind === 'measurement' || span.kind === 'approximate') && bodilyLimit.test(near)) return true
  // `Every porter on our treks carries no more than 20 kg`: a cap the writer's own operation keeps for each of its members.
  if (opens && ownMemberCapped.test(near)) return true
  return opens && (span.kind === 'measurement' || span.kind === 'approximate') && !shareSign.test(words) && countBefore.test(near)
}
