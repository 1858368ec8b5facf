import {isSetFigure, writerCounts} from './figure.js'
import {hypothetical, inInstruction, isSupposedChange, opensOnInstruction} from './figure-instruction.js'
import type {Span} from './span.js'
import {after, findSpans, sentenceStartsAfterNotes} from './span.js'
import {joinBaselines} from './statistic-join.js'
import {inRegister, registerOf} from './register.js'
import {inPartyVoice} from './voice.js'
import {isDescriptive} from './description.js'
import {isDrinkStrength} from './statistic-strength.js'
import {statisticRules} from './statistic-rules.js'
import {isSet} from './statistic-veto.js'
import {isSetAmount} from './set-amount.js'
import {isSpecified} from './statistic-spec.js'
import {isLabelFigure} from './statistic-label.js'
import {isSetting} from './statistic-setting.js'
import {isInstrumentSetting} from './statistic-instrument.js'
import {isSpecifying} from './statistic-specify.js'
import {isFramed} from './statistic-frame.js'
import {isTermFigure} from './statistic-term.js'
import {isLimitFigure} from './statistic-limit.js'
import {isRequirementFigure} from './statistic-requirement.js'
import {isSampleFigure} from './statistic-sample.js'
import {isInquirySize} from './statistic-inquiry.js'
import {isStandardFigure} from './statistic-standard.js'
import {isSchemeFigure} from './statistic-scheme.js'
import {isOwnRecord} from './statistic-record.js'
import {inQuotation} from './statistic-quoted.js'
import {isAgeBand} from './statistic-band.js'
import {isPlanFigure} from './statistic-plan.js'
import {isDesignFigure} from './statistic-design.js'
import {isOfferedFigure} from './statistic-offer.js'
import {isMaterialFigure, withOccasions} from './statistic-material.js'
import {isPickedOut} from './statistic-pick.js'
import {takesReadingBefore} from './statistic-conjunct.js'
import {isPresentCount} from './statistic-present.js'
import {isNarrativeCount} from './statistic-narrative.js'
import {isFieldCount} from './statistic-field.js'
import {isAllowance} from './statistic-allowance.js'
import {isPracticeFigure} from './statistic-practice.js'
import {isMarketFigure, isPartOfMethod} from './statistic-market.js'
import type {SentenceMethod} from './statistic-method.js'
import {methodOf, methodReading} from './statistic-method.js'
import {isBoundFigure} from './statistic-bound.js'
import {isTariffFigure} from './statistic-tariff.js'
import {isPriceListFigure} from './statistic-pricelist.js'
import {isStatedCharge} from './statistic-fee.js'
import {isConditionFigure} from './statistic-condition.js'
import {isNameFigure} from './statistic-name.js'
import {isPublishedResult, pointsToResults} from './statistic-results.js'
import type {SentenceRole} from './statistic-role.js'
import {roleExcuses, roleOf, speaksAsGroup} from './statistic-role.js'
import type {FigureModel, SentenceReading} from './statistic-model.js'
import {findingOdds, readSentence} from './statistic-model.js'

export {isYear} from './statistic-veto.js'

// The statistics detector: the patterns of statistic-rules.ts with their
// vetoes (statistic-veto.ts), then what the sentence and the paragraph do
// with each figure (a plan, a worked example, an instruction, a voice), and
// one span per figure and its baseline.

/** `more` or `less` right after a sum: a difference. */
const moreAfter = /^\s+(?:more|less|extra)\b/iu
/** A share's sign inside a span. */
const shareSign = /%|\bper\s?cent\b/iu

/** Letters written onto a span's last digit (`68p`, `17lb`, `5kg`): at most four, then no letter. */
const attachedUnit = /^\p{L}{1,4}(?![\p{L}])/u

/** Every regex of this module, for the ReDoS test. */
export const statisticPatterns: readonly RegExp[] = [attachedUnit, moreAfter, shareSign]

/** A reading of the figure at `span` in the sentence `from`–`to` of `text`; `ownVoice`: the paragraph speaks as `we`. */
type NotFinding = (text: string, span: Span, from: number, to: number, ownVoice: boolean) => boolean

/**
 * The sentence-level readings that make a figure something other than a
 * finding, in the order they are tried (the first that holds decides):
 * a figure a plan, rule or worked example sets (`figure.ts`), a figure
 * its frame makes name, place or qualify one thing (`statistic-frame.ts`), a setting a
 * process runs at, a fine or a reader's question (`statistic-setting.ts`),
 * a precision, a device's level or a signal's format (`statistic-instrument.ts`),
 * what specifies a thing or what the writer's body buys, pays or measures
 * at (`statistic-specify.ts`), an amount set by its kind (`set-amount.ts`),
 * a figure a plan, a price list or a rule sets (`statistic-plan.ts`),
 * a figure a design, a permission, a band or an aim sets, or a condition of
 * the work reported (`statistic-design.ts`), a figure a body offers,
 * agrees, charges, allocates or requires (`statistic-offer.ts`), a study's
 * material, a threshold, a scenario's change or a figure of one thing in
 * hand (`statistic-material.ts`), one thing picked out of a small set or a
 * comparison in the writer's thesis (`statistic-pick.ts`), a body's own
 * count of who or what it had in hand (`statistic-present.ts`), the writer's
 * own narrative count (`statistic-narrative.ts`), an event's or the
 * writer's own field and stock (`statistic-field.ts`), a size a rule, an
 * offer or a method allows (`statistic-allowance.ts`), the writer's practice,
 * a rule's cap or an aim (`statistic-practice.ts`), a bound a term sets
 * or a thing cannot work beyond (`statistic-bound.ts`), a price, a payment
 * or a commitment a body sets (`statistic-tariff.ts`), a line of a price
 * list a body announces (`statistic-pricelist.ts`), a charge stated as its
 * own subject (`the fee is £8 per exhibit`, `statistic-fee.ts`), a condition of a
 * test, a model or an instruction (`statistic-condition.ts`),
 * a size, make-up, limit or award (`statistic-spec.ts`), a term, a size a
 * maker works to or a spec line (`statistic-term.ts`), a cap, a penalty's
 * most, the writer's outlay, a budget, an action's reading, a planned size
 * or the writer's group's headcount (`statistic-limit.ts`), a size a rule
 * requires, a drawing's scale, a medium's strength or a figure called
 * specified (`statistic-requirement.ts`), a value the writer's method
 * assumes, a sample it rests on or a survey's answers (`statistic-sample.ts`),
 * the size of the inquiry the text reports on (`statistic-inquiry.ts`), a
 * figure a standard, a permission or an application sets (`statistic-standard.ts`), a figure a
 * body's scheme or rule sets (`statistic-scheme.ts`), a side's own record
 * or the writer's own works (`statistic-record.ts`), a description of
 * one thing (`description.ts`), the strength of one drink
 * (`statistic-strength.ts`), the writer's own count, a figure inside an
 * instruction (`figure.ts`) and a figure in a party's own voice
 * (`voice.ts`). What the whole paragraph does (`register.ts`) is read after
 * them.
 */
const notFindings: readonly NotFinding[] = [
  isSetFigure,
  isFramed,
  isSetting,
  isInstrumentSetting,
  isSpecifying,
  isSetAmount,
  isPlanFigure,
  isDesignFigure,
  isOfferedFigure,
  isMaterialFigure,
  isPickedOut,
  isPresentCount,
  isNarrativeCount,
  isFieldCount,
  isAllowance,
  isPracticeFigure,
  isBoundFigure,
  isTariffFigure,
  isPriceListFigure,
  isStatedCharge,
  isConditionFigure,
  isSpecified,
  isTermFigure,
  isLimitFigure,
  isRequirementFigure,
  isSampleFigure,
  isInquirySize,
  isStandardFigure,
  isSchemeFigure,
  isOwnRecord,
  isDescriptive,
  isDrinkStrength,
  writerCounts,
  inInstruction,
  isSupposedChange,
  inPartyVoice
]

/**
 * The figures of a block of prose before any reading of their sentence: the
 * matches of statistic-rules.ts that are not years, dates, times, labels or
 * other set kinds (statistic-veto.ts, statistic-label.ts), nor names or
 * ranks of one thing (statistic-name.ts), nor ages that
 * name a group (statistic-band.ts), nor inside a
 * quotation of four words or more (statistic-quoted.ts), in order, as
 * 0-based offsets into `text`.
 */
export function figureCandidates(text: string): Span[] {
  return findSpans(text, statisticRules)
    // `fallen to 68p`, `stood at 712p/kg`: a unit written onto the number is the figure's, so no span ends inside a word.
    .map((span) => withAttachedUnit(text, span))
    // `exceeded 30 °C on eleven evenings`: a threshold and the occasions counted against it are one statistic (statistic-material.ts).
    .map((span) => withOccasions(text, span))
    // `will pay about £1,900 more`: a sum of difference is a change, in any voice.
    .map((span) => (span.kind === 'money' && moreAfter.test(after(text, span.end, 12)) ? {...span, kind: 'change'} : span))
    // `around 300%`: an approximate share is a share.
    .map((span) => (span.kind === 'approximate' && shareSign.test(text.slice(span.start, span.end)) ? {...span, kind: 'percentage'} : span))
    // A figure inside somebody's quoted words is the quotation's (statistic-quoted.ts); an age band names a group (statistic-band.ts).
    .filter((span) => !isSet(text, span) && !isLabelFigure(text, span) && !isNameFigure(text, span) && !isAgeBand(text, span) && !inQuotation(text, span))
}

/**
 * A span that ends between a digit and a letter, carried to the end of the
 * unit written onto the number; and one that ends on a unit's letter, over
 * the unit's power after it (`3 km²`, `4 cm³`).
 */
function withAttachedUnit(text: string, span: Span): Span {
  const last = text.charCodeAt(span.end - 1)
  if (!(last >= 48 && last <= 57)) {
    let end = span.end
    while (end < text.length && superscriptPower.has(text[end]!)) end++
    return end === span.end ? span : {...span, end}
  }
  const unit = attachedUnit.exec(text.slice(span.end, span.end + 5))
  return unit ? {...span, end: span.end + unit[0].length} : span
}

// The superscript digits and minus a unit's power is written with.
const superscriptPower = new Set(['⁻', '⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'])

/**
 * The statistics in a block of prose: percentages, `175 million`, money,
 * ratios (`3:1`, not `10:30`), `one in five`, `half of`, `three times as`,
 * `doubled`, changes and approximations with a number, counts of people and
 * things, measurements with units, rates, and grouped numbers (`12,000`).
 * Years, dates, clock times, ordinals, page, section and version numbers
 * are not statistics. The second end of a range after a dash (`pH at
 * 7.2–7.6`) takes the reading of its first, and so does a figure of the same
 * kind in a conjunct whose verb is left out (`A hogshead holds roughly 250
 * litres and a butt about 500`, `2 mm for rectified tiles and 3 mm for
 * pressed`). With `model` (such as `statisticModel`, see
 * statistic-model.ts), a statistic the sentence readings keep is dropped last
 * when the model reads none of its figures (a figure and its baseline or other
 * end, `from £1.10 to £1.60`) as a finding. Spans are 0-based offsets into
 * `text`.
 */
export function detectStatistics(text: string, model?: FigureModel): Span[] {
  const found = figureCandidates(text)
  if (found.length === 0) return found
  const starts = sentenceStartsAfterNotes(text)
  // Per sentence: about the author's own plans and method, or a worked example.
  const methods: SentenceMethod[] = []
  const example: boolean[] = []
  const instruction: boolean[] = []
  const roles: SentenceRole[] = []
  const ownVoice = speaksAsGroup(text)
  for (let index = 0; index < starts.length; index++) {
    const sentence = text.slice(starts[index]!, starts[index + 1] ?? text.length)
    methods.push(methodOf(sentence))
    example.push(hypothetical(sentence, example[index - 1] ?? false))
    instruction.push(opensOnInstruction(sentence))
    roles.push(roleOf(sentence, ownVoice))
  }
  // What the paragraph does: advise the reader, or speak for the writer's own body.
  const register = registerOf(text, starts, instruction)
  // An event's results, where the paragraph says they are published in full (statistic-results.ts).
  const resultsPublished = pointsToResults(text)
  const readings: Array<SentenceReading | undefined> = []
  /** Per figure the sentence readings keep: whether the model reads it as a finding. */
  const findings = new Map<Span, boolean>()
  let sentence = 0
  // `pH at 7.2–7.6`: a range's second end, right after a dash, takes the reading of its first;
  // so does a figure of the same kind in a conjunct whose verb is the first's (`holds roughly 250 litres and a butt about 500`).
  let lastEnd = -1
  let lastKept = true
  let lastKind = ''
  const spans = found.filter((span) => {
    // Only a figure after one the readings dropped needs the words between them read.
    const kept = (lastKept || lastEnd < 0 || !takesReadingBefore(text.slice(lastEnd, span.start), span.kind, lastKind)) && reads(span)
    lastEnd = span.end
    lastKept = kept
    lastKind = span.kind
    return kept
  })
  /** Whether the figure at `span` is a finding by the readings of its sentence and paragraph. */
  function reads(span: Span): boolean {
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= span.start) sentence++
    if (example[sentence]) return false
    // A plan's effects are claims (`will cut energy use by around 30%`); its sizes and settings are design.
    const from = starts[sentence]!
    // The writer's own plan or method in the sentence (statistic-method.ts): its sizes are design, what it found is a result.
    const own = methodReading(text, span, from, methods[sentence]!)
    if (own.design) return false
    const to = starts[sentence + 1] ?? text.length
    // `£14.20 a length, against £11.90 at the start of the year`, `went for £1,150`: found in any voice (statistic-market.ts);
    // `We tested 120 isolates, and 37 of them carried …`: a part of what the method covered, in its result clause, is found too.
    const market = isMarketFigure(text, span) || (own.result && isPartOfMethod(text, span))
    if (!market && (roleExcuses(text, span, from, roles[sentence]!) || isPublishedResult(text, span, resultsPublished))) return false
    if (!market && (notFindings.some((notFinding) => notFinding(text, span, from, to, ownVoice)) || inRegister(text, span, from, to, register))) return false
    if (model) {
      const reading = (readings[sentence] ??= readSentence(text, from, to))
      findings.set(span, findingOdds(model, reading, span) >= model.threshold)
    }
    return true
  }
  const joined = joinBaselines(text, spans)
  if (!model) return joined
  // One statistic, one reading: a figure joined to its baseline or other end stays when the model reads either as a finding.
  let member = 0
  return joined.filter((statistic) => {
    let kept = false
    for (; member < spans.length && spans[member]!.start < statistic.end; member++) kept ||= findings.get(spans[member]!) === true
    return kept
  })
}

