import type {Span} from './span.js'

// Figures that state the conditions of a test, a model or an instruction
// rather than what anybody found, each read from a bounded slice of the
// figure's own sentence:
// - the point of a test a sentence opens on (`After 4,800 eclipse cycles
//   the pack delivers …`);
// - the condition a sentence opens on (`At a top-oil temperature of 55°C
//   that puts …`);
// - a value a model or a calculation assumed (`the modelling assumed … a
//   flow temperature of 45°C`);
// - a limit an instruction sets (`should not be loaded above 80% of`), or a
//   setting a standard followed prescribes (`follows the national standards,
//   with sessions at 40–70% of heart rate reserve`);
// - a condition a body attaches to a decision (`no objection subject to a
//   visibility splay of 2.4 by 43 metres`);
// - a line a warning says something could be pushed past (`could push bed
//   occupancy above 98%`): the line is named, what crosses it is the claim;
// - a model's or a plan's value a measurement is held against (`against a
//   predicted 88%`): the prediction is the model's, the claim is the
//   measurement;
// - a level that dates another event (`Peak passage came when the water
//   first exceeded 16 °C`), and a bound that says which things a step
//   applies to (`weighed rather than counted for batches above 500 g`).
// - the conditions a survey or a visit needs, stated as met (`Weather
//   conditions were suitable on each visit, with sunset temperatures above
//   10 °C`).
// A reviewer asks the measurement for a source, not its conditions.

/** How far back in its sentence a cue is read. */
const reach = 120

/** A sentence opening on a preposition of a test's point, right before the figure: `After`, `At`, `Beyond`. */
const pointOpening = /^[^\p{L}\d]{0,3}(?:after|at|beyond|past)\s+(?:(?:about|around|some|roughly)\s+)?$/iu
/** Units a test counts its course by, ending the figure's words: `cycles`, `fired hours`, `washes`. */
const testUnitEnd = /(?:cycles|hours|charges|washes|revolutions|operations|actuations|laps|passes|flights|launches|starts|uses|impacts|strokes)$/iu
/** A sentence opening on a condition, right before the figure: `At a top-oil temperature of`, `With an inlet pressure of`. */
const conditionOpening =
  /^[^\p{L}]{0,3}(?:at|with|under)\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:temperature|pressure|speed|load|loading|voltage|flow|flow\s+rate|depth|altitude|frequency|humidity|concentration|dose|setting|current|torque|rpm)\s+of\s+(?:(?:about|around|roughly)\s+)?$/iu
/** A value a model assumed, in a list after its verb: `the modelling assumed that the home had … and a flow temperature of`. */
const assumedList =
  /\bassum(?:e|es|ed|ing|ption|ptions)\b[^.;!?]{0,100}?\s(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+of\s+(?:(?:about|around|roughly)\s+)?$/iu
/** A limit an instruction sets, right before it: `should not be loaded above`, `must not exceed`. */
const instructedLimit =
  /\b(?:should|must|may|is\s+not\s+to|are\s+not\s+to)\s+(?:not\s+)?(?:be\s+(?:[\p{L}-]+ed|run|driven|set|kept)\s+(?:above|beyond|over|past|below|under|at\s+more\s+than|to\s+more\s+than|at\s+less\s+than)|exceed|go\s+(?:above|below|over|beyond))\s+$/iu
/** A model's or a plan's value a measurement is held against, right before it: `against a predicted`, `versus the modelled`. */
const predictedBefore =
  /\b(?:against|versus|vs\.?|compared\s+with|compared\s+to)\s+(?:a|an|the|its|their)\s+(?:predicted|forecast|projected|modelled|modeled|expected|design|planned|budgeted|target)\s+(?:figure\s+of\s+|value\s+of\s+)?$/iu
/** A setting a followed standard prescribes, right before it: `follows the BACPR standards, with sessions at 40–`. */
const standardSetting =
  /\b(?:follows?|followed|meets?|complies\s+with|in\s+line\s+with)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:standards?|guidelines?|guidance|protocols?),\s+with\s+(?:[\p{L}-]+\s+){1,3}?at\s+(?:\d+(?:\.\d+)?\s?[–-]\s?)?$/iu

/** A condition a body attaches to a decision, right before the figure: `subject to a visibility splay of 2.4 by`, `subject to a limit of`. */
const attachedCondition =
  /\bsubject\s+to\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?of\s+(?:\d+(?:\.\d+)?\s*(?:m\s+)?(?:by|x|×)\s+)?$/iu
/** A line a warning says something could be pushed past, right before the figure: `could push bed occupancy above`. */
const warnedPast =
  /\b(?:could|might|may|would|will)\s+(?:\p{L}+ly\s+)?(?:push|take|send|drive|tip|force)\s+(?:[\p{L}-]+\s+){0,3}?(?:above|below|over|under|past|beyond)\s+$/iu

/** A level that dates another event, right before it: `when water temperature first exceeded`, `once the river fell below`. */
const crossedWhen =
  /\b(?:when|once|after|until)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:first\s+)?(?:exceeded|passed|topped|reached|rose\s+above|fell\s+below|dropped\s+below)\s+$/iu
/** A bound that says which things a step applies to, right before it: `for batches above`, `for any parcel over`. */
const appliesFor =
  /\bfor\s+(?:all\s+|any\s+|each\s+)?(?:[\p{L}-]+\s+){1,2}?(?:above|over|below|under|exceeding|heavier\s+than|lighter\s+than|of\s+more\s+than|of\s+less\s+than)\s+$/iu

/**
 * A sentence opening on a survey's or a visit's conditions stated as met:
 * `Weather conditions were suitable on each visit, with`, `Survey conditions
 * were within the guidelines`. Its figures are the conditions the method
 * requires, not findings.
 */
const conditionsMet =
  /^[^\p{L}]{0,3}(?:(?:weather|survey|site|ground|field|sea|light|trapping|recording|sampling)\s+)?conditions\s+(?:were|was|are|remained|stayed)\s+(?:(?:all|generally|broadly|again)\s+)?(?:suitable|acceptable|favourable|favorable|good|appropriate|optimal|ideal|satisfactory|within)\b/iu

/** Every regex of this module, for the ReDoS test. */
export const conditionPatterns: readonly RegExp[] = [pointOpening, testUnitEnd, conditionOpening, assumedList, instructedLimit, predictedBefore, standardSetting, attachedCondition, warnedPast, crossedWhen, appliesFor, conditionsMet]

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` to
 * `sentenceEnd` of `text`, states a condition of a test, a model or an
 * instruction (see the list above). Reads at most 120 characters before it.
 */
export function isConditionFigure(text: string, span: Span, sentenceStart: number, _sentenceEnd: number): boolean {
  if (span.kind === 'change' || span.kind === 'multiple') return false
  const near = text.slice(Math.max(sentenceStart, span.start - reach), span.start)
  const words = text.slice(span.start, span.end)
  // From the sentence's start only: a condition opens the sentence it governs.
  const opening = span.start - sentenceStart <= reach ? near : ''
  if ((span.kind === 'count' || span.kind === 'approximate') && pointOpening.test(opening) && testUnitEnd.test(words)) return true
  if (span.kind === 'measurement' && conditionOpening.test(opening)) return true
  // `Weather conditions were suitable on each visit, with sunset temperatures above 10 °C`: the survey's conditions, met.
  if (span.kind === 'measurement' && conditionsMet.test(text.slice(sentenceStart, Math.min(span.start, sentenceStart + 96)))) return true
  if (span.kind === 'measurement' && assumedList.test(near)) return true
  // `Peak passage came when water temperature first exceeded 16 °C`: the level marks when something else happened.
  // `Counts were made by weight for batches above 500 g`: the bound says which things a step applies to.
  if (span.kind === 'measurement' && (crossedWhen.test(near.slice(-80)) || appliesFor.test(near.slice(-48)))) return true
  if (instructedLimit.test(near) || standardSetting.test(near)) return true
  if (attachedCondition.test(near) || warnedPast.test(near)) return true
  return predictedBefore.test(near)
}
