import type {Span} from './span.js'
import {before, numberStart} from './span.js'

// Figures the writer's own method takes rather than finds: a value a guide
// or a model assumes (`which we take as 10,000 miles a year`, `assumes a
// discount rate of 3.5%`, a business case's `assumed that … would cut … by
// 40%`), the sample the writer's figures rest on (`Our
// valuations are based on 58,000 adverts`) and how many answered a survey
// (`The survey closed with 186 responses`), who a survey went out to and
// the places a method measured at. A reviewer asks none of them for
// a source: the writer's method is the source. Each check reads a bounded
// slice of the figure's own sentence.

/** A value taken or assumed, right before the figure: `which we take as`, `is assumed to be`, `assumes a growth rate of`. */
const assumedBefore =
  /\b(?:(?:we|I)\s+(?:take|took|assume|assumed|use|used)\s+(?:it\s+|this\s+|that\s+)?(?:as|to\s+be)|(?:is|are|was|were)\s+(?:taken|assumed)\s+(?:as|to\s+be)|assum(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of|at))\s+(?:(?:about|around|roughly)\s+)?$/iu
/**
 * What a document assumed would happen, before the figure in its sentence:
 * `The business case assumed that automation would cut processing times by`,
 * `the model assumes prices will rise by`. An assumption to test against the
 * outcome, not a finding.
 */
const documentAssumed =
  /\b(?:case|plan|model|forecast|budget|appraisal|projection|proposal|bid|strategy|scenario|modelling|modeling)\s+(?:had\s+|has\s+)?assum(?:ed|es)\s/iu
/** The modal of what was assumed, after `documentAssumed`: `would cut`, `will rise`. */
const assumedModal = /\b(?:would|will)\s/iu
/** A clause that turns from the assumption to what happened: `, but`, `; in fact`. */
const turnsFrom = /,\s+(?:but|yet|while|whereas)\s|;/iu
/** The writer's own figures resting on a sample, right before its size: `Our valuations are based on`, `These estimates draw on`. */
const basedOnBefore =
  /\b(?:our|these|this|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:valuations?|figures|estimates?|prices|index|indices|ratings?|rankings?|forecasts?|results|scores?|tables?|averages?)\s+(?:(?:are|is|were|was)\s+(?:\p{L}+ly\s+)?based\s+on|draw\s+on|drew\s+on|rest\s+on|come\s+from)\s+(?:(?:about|around|over|more\s+than|some|nearly|almost|just\s+over)\s+)?$/iu
/**
 * A study or a test judged by how few took part, right before the count: `the
 * patch test supplied, which involved only`, `the trial enrolled just`. The
 * writer weighs the study's design, not a finding about the world (a share
 * of them is what it found; `The trial enrolled 43,548 participants` with no
 * such word is read as a count).
 */
const studySizeBefore =
  /\b(?:test|trial|study|panel|pilot|survey|assessment|evaluation|experiment)s?(?:\s+[\p{L}-]+){0,3}?,?\s+(?:(?:which|that)\s+)?(?:involved|included|enrolled|recruited|tested|covered|sampled)\s+(?:only|just|a\s+mere|as\s+few\s+as)\s+$/iu
/** A count of answers: `186 responses`, `312 respondents`, `90 replies`. */
const answersEnd = /\b(?:responses|respondents|replies|returns)$/iu
/** A survey as the subject before the count: `The facility's annual user survey closed in June with`. */
const surveyBefore = /\b(?:survey|poll|questionnaire)\b/iu
/** Words that make a sentence report what a survey found, not its size. */
const foundCue = /\b(?:found|finds?|shows?|showed|shown|reveal(?:s|ed)?|suggests?|suggested)\b/iu

/** Who a survey went out to, right before its size: `from a mailing list of about`, `was sent to`, `circulated to some`. */
const frameBefore =
  /\b(?:(?:sent|mailed|e-?mailed|posted|issued|distributed|circulated)\s+to|(?:mailing|distribution|circulation|contact|membership)\s+list\s+of)\s+(?:(?:about|around|some|nearly|over|roughly|just\s+over|just\s+under)\s+)?$/iu
/** A method's verb of measuring and `at`, right before a count of places (`measured by differential GNSS at`, `sampled at`). */
const measuredPlacesBefore =
  /\b(?:measured|monitored|sampled|surveyed|resurveyed|recorded|logged|read|trapped)\s+(?:(?:by|using|with)\s+(?:[\p{L}\d-]+\s){1,4})?at\s+$/iu
/** The places a count names, ending its words: `24 fixed blocks`, `12 sites`, `six boreholes`. */
const placesEnd = /\b(?:blocks|points|sites|stations|locations|plots|transects|boreholes|markers|wells|positions|quadrats|traps|gauges|benchmarks|pegs|targets)$/iu

/** Every regex of this module, for the ReDoS test. */
export const samplePatterns: readonly RegExp[] = [studySizeBefore, documentAssumed, assumedModal, turnsFrom, assumedBefore, basedOnBefore, answersEnd, surveyBefore, foundCue, frameBefore, measuredPlacesBefore, placesEnd]

/** Kinds of figure a method assumes or samples: not shares, multiples or changes, which are what it finds. */
const sampleKinds = new Set(['count', 'approximate', 'measurement', 'money', 'rate', 'scale'])

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` to
 * `sentenceEnd`, is one the writer's method takes rather than finds:
 * - what a document assumed would happen (`The business case assumed that
 *   automation would cut processing times by 40%`), any kind;
 * - a value assumed (`which we take as 10,000 miles a year`, `assumes a
 *   discount rate of 3.5%`), any kind but a change or a multiple;
 * - the sample the writer's figures rest on (`Our valuations are based on
 *   58,000 adverts`), and a study's size the writer weighs as small (`a
 *   patch test which involved only 52 volunteers`);
 * - who a survey went out to, in a sentence that names the survey (`Our
 *   survey had 87 responses, from a mailing list of about 240`, `the
 *   questionnaire was sent to 1,200 members`);
 * - a count of the places a method measured at (`Displacement was measured
 *   by differential GNSS at 24 fixed blocks`, `Water was sampled at 12
 *   sites`): the method's layout, not what it found;
 * - how many answered a survey that is the sentence's subject (`The user
 *   survey closed in June with 186 responses`), not in a sentence that
 *   reports what the survey found.
 */
export function isSampleFigure(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  // `The business case assumed that automation would cut times by 40%`: any kind, a change included.
  const lead = text.slice(Math.max(sentenceStart, span.start - 160), span.start)
  const assumed = documentAssumed.exec(lead)
  const assumption = assumed ? lead.slice(assumed.index + assumed[0].length) : ''
  // `The model assumed that prices would hold, but they rose by 40%`: a clause that turns to what happened reports it.
  if (assumed && assumedModal.test(assumption) && !turnsFrom.test(assumption)) return true
  if (span.kind === 'change' || span.kind === 'multiple') return false
  const near = before(text, span.start, 64)
  // `a discount rate of 3.5%`: the span may open on the assumed value's own noun.
  if (assumedBefore.test(near + text.slice(span.start, numberStart(text, span)))) return true
  if (!sampleKinds.has(span.kind)) return false
  if (basedOnBefore.test(near)) return true
  // `a patch test which involved only 52 volunteers`: the size of a study the writer weighs, its design.
  if ((span.kind === 'count' || span.kind === 'approximate') && studySizeBefore.test(text.slice(Math.max(sentenceStart, span.start - 96), span.start))) return true
  // `Our survey had 87 responses, from a mailing list of about 240`: who a survey went out to is its design.
  if ((span.kind === 'count' || span.kind === 'approximate') && frameBefore.test(near) && surveyBefore.test(text.slice(sentenceStart, sentenceEnd))) return true
  // `Displacement was measured by differential GNSS at 24 fixed blocks`: the places a method measured at are its layout.
  if (span.kind === 'count' && placesEnd.test(text.slice(span.start, span.end)) && measuredPlacesBefore.test(before(text, span.start, 80))) return true
  if (span.kind !== 'count' || !answersEnd.test(text.slice(span.start, span.end))) return false
  const surveyLead = text.slice(Math.max(sentenceStart, span.start - 100), span.start)
  return surveyBefore.test(surveyLead) && !foundCue.test(text.slice(sentenceStart, sentenceEnd))
}
