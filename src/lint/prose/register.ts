import {firstMatchEnd, sentenceHas} from './sentence-cue.js'
import type {Span} from './span.js'

// The register of a whole paragraph: what the writer is doing in it. A
// reviewer asks for a source for what a paragraph reports about the world;
// in a paragraph that advises the reader (a recipe, a guide, an alert, a
// column that answers a reader) the quantities of its instructions and of
// the thing it describes are the writer's own settings, and in a paragraph
// where the writer's own body announces what it has changed (release
// notes, a committee's statement) the values it changes are decisions. The
// register is read once per block, in one pass over its sentences; each
// figure is then read in its own sentence.

/** The reader addressed: `you`, `your`, `yourself`; not the `you` of a thanks (`thank you`, `A big thank-you to Ken`). */
const readerWord = /(?:^|[^\p{L}'’])(?<!thank[\s-])(?:you|your|yours|yourself|yourselves)(?![\p{L}'’])/iu
/** The writer's own body as a subject: `we`, `our`. */
const ownBodyWord = /(?:^|[^\p{L}'’])(?:we|our)(?![\p{L}'’])/iu
/** Words that make a figure in an advising paragraph a report about the world: an aggregate, a finding, a source. */
const reportCue =
  /\b(?:average|median|typical|typically|total|estimated|estimate[sd]?|found|finds?|show|shows|showed|shown|survey|surveys|study|studies|research|data|report|reported|reports|according|recorded|counted|measured|fell|fallen|rose|risen|declined|increased|decreased|grew|grown|nationally|worldwide|every\s+(?:year|day|week|month|morning|night))\b/iu
/** Words by which a sentence reports a finding or names its source. */
const findingCue = /\b(?:found|finds?|show|shows|showed|shown|survey|surveys|study|studies|research|data|report|reported|reports|according|recorded|counted|measured|estimated)\b/iu
/**
 * A sentence that opens on a bare verb and a lowercase word (`Bake at
 * 180°C`, `Plant cloves 5 cm deep`, `Check on older neighbours`): not a
 * subject, a determiner, a preposition (`Between June and August we …`,
 * `Across the county …`) or an adverb, not a verb in `-s`,
 * `-ed`, `-ing` or `-ly`, and no auxiliary after the word that follows it
 * (`Muscle aches were reported` opens on a subject). Read only in a
 * paragraph that addresses the reader.
 */
const looseImperative =
  /^[^\p{L}]{0,3}(?:(?:do\s+not|don['’]t|please|then|now|first|next|finally|always|never)\s+)?(?!(?:the|a|an|this|that|these|those|it|its|they|we|he|she|i|you|there|here|in|on|off|onto|into|past|opposite|aboard|at|for|by|with|from|to|of|after|before|since|during|until|between|across|among|amongst|through|throughout|within|without|against|along|behind|beyond|despite|inside|outside|toward|towards|upon|via|above|below|beneath|beside|amid|unlike|today|yesterday|tomorrow|now|then|still|overall|meanwhile|instead|again|last|next|most|some|many|all|each|every|both|few|such|what|which|who|when|where|why|how|if|as|but|and|or|so|yet|although|though|while|because|once|only|even|also|just|nearly|almost|about|around|over|under|more|less|no|not|one|two|three|four|five|six|seven|eight|nine|ten|half|our|your|their|his|her|my|thank|thanks|welcome|serves|dear|many)\b)\p{L}+(?<!s|ed|ing|ly)\s+(?!(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|shall|does|did|do)\b)\p{Ll}[\p{L}-]*(?:\s+(?!(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|shall|does|did|do|remain|remains)\b)|[,.;:]|$)/iu
/**
 * A noun and a phrase of place or time, then a past finite verb: `Attendance
 * on Saturday was`, `Turnout at the gala had`. The sentence opens on its
 * subject, not on an instruction (`Check on older neighbours` has no such verb).
 */
const subjectOpening =
  /^[^\p{L}]{0,3}\p{L}+\s+(?:on|in|at|of|for|from|with|during|across|after|over)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:was|were|had|has\s+been|have\s+been)\b/iu
/** The writer's own forecast in an alert: `Temperatures are forecast to reach 34°C`. */
const forecastCue = /\b(?:is|are)\s+(?:now\s+)?forecast\s+to\b/iu
/** A dimension of the thing described: `is 14.5 km long`, `runs 3 km`. */
const dimensionBefore = /\b(?:is|are|runs?|measures?)\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+(?:over|under)\s+)?$/iu
const dimensionAfter = /^\s*(?:long|high|wide|deep|tall|across|round|in\s+length)\b/iu
/** A worked conversion: `£80 paid in becomes £100`. */
const conversionBefore = /\b(?:becomes|become|turns\s+into|grows\s+to)\s+$/iu
/** A share or a ratio inside a figure's words: `around 2 in 100`, `about 40%`. */
const shareInside = /\b(?:in|out\s+of)\s+(?:\d|every|a\s+(?:hundred|thousand))|%|\bper\s?cent\b|\btimes\b|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/iu
/** A setting changed in the passive or by a named release: `has been increased`, `have been doubled`, `With this patch`. */
const settingChange =
  /\b(?:(?:has|have|had)\s+(?:also\s+)?been|(?:is|are)(?:\s+now)?)\s+(?:\p{L}+ly\s+)?(?:increased|reduced|raised|lowered|doubled|halved|tripled|cut|changed|adjusted|set|capped|extended|shortened|moved|buffed|nerfed|tuned|rebalanced)\b|\bwith\s+this\s+(?:patch|update|release|version|change|build)\b/iu
/** A year or a past span right after a change: `cut by 70% since 2012`, `by a third over the past decade`: a trend measured over time, not a setting changed. */
const sinceAfter = /^\s*(?:since|from|between)\s+(?:the\s+)?(?:1[89]|20)\d{2}\b|^\s*(?:over|in)\s+the\s+(?:past|last)\s+(?:\p{L}+\s+)?(?:years?|decades?)\b/iu

/**
 * The writer's own price list announced: `Our winter price list takes effect
 * on`, `Our price list for the first quarter is attached`, `our new prices
 * apply from`.
 */
const priceListCue =
  /\bour\s+(?:[\p{L}-]+\s+){0,2}?(?:price\s+list|prices|tariff|rate\s+card)\s+(?:(?:for|from)\s+(?:[\p{L}\d-]+\s+){1,4}?)?(?:takes?\s+effect|comes?\s+into\s+(?:force|effect)|(?:is|are)\s+(?:attached|enclosed)|appl(?:y|ies)\s+from)\b/iu

/** A sentence opening on a capitalised word and a number: a name or a label, not an instruction. */
const namedNumber = /^[^\p{L}]{0,3}\p{Lu}\p{L}*\s+\d/u

/** Every regex of this module, for the ReDoS test. */
export const registerPatterns: readonly RegExp[] = [readerWord, namedNumber, ownBodyWord, reportCue, findingCue, looseImperative, subjectOpening, forecastCue, dimensionBefore, dimensionAfter, conversionBefore, shareInside, settingChange, sinceAfter, priceListCue]

/** A sentence without the words inside its double quotes (straight or curly), read in one pass: a quotation's `you` is the speaker's hearer, not the reader. */
function unquoted(sentence: string): string {
  let kept = ''
  let close = ''
  for (const char of sentence) {
    if (close) {
      if (char === close) close = ''
    } else if (char === '"' || char === '“') {
      close = char === '"' ? '"' : '”'
    } else {
      kept += char
    }
  }
  return kept
}

/** What a paragraph does, read from all its sentences. */
export interface Register {
  /** It addresses the reader (`you`, `your`, an instruction): advice, a recipe, a guide, an alert. */
  readonly advises: boolean
  /** The writer's own body speaks in it (`we`, `our`). */
  readonly ownBody: boolean
  /** The writer announces its own price list in it (`Our winter price list takes effect on`). */
  readonly priceList: boolean
}

/** The register of a block, given its sentences' starts; `strict` says which sentences open on an instruction by the strict reading. */
export function registerOf(text: string, starts: readonly number[], strict: readonly boolean[]): Register {
  let advises = false
  let ownBody = false
  let priceList = false
  for (let index = 0; index < starts.length; index++) {
    const sentence = text.slice(starts[index]!, starts[index + 1] ?? text.length)
    // `Objective 17 asks`: a name and a number do not make an instruction.
    // `One guide called it "the sort you dream about"`: a quotation's `you` is not the reader.
    if (readerWord.test(unquoted(sentence)) || (strict[index] && !namedNumber.test(sentence))) advises = true
    if (ownBodyWord.test(sentence)) ownBody = true
    if (priceListCue.test(sentence)) priceList = true
  }
  return {advises, ownBody, priceList}
}

/** Kinds of figure an advising paragraph gives as its settings or as what it describes: not shares, multiples or changes. */
const describedKinds = new Set(['count', 'money', 'approximate', 'measurement', 'scale', 'rate'])

/**
 * Whether a figure at `span`, in the sentence `[sentenceStart,
 * sentenceEnd)`, is the writer's setting in the paragraph's register:
 * - in a paragraph that advises (it addresses the reader as `you`, or opens
 *   a sentence on an instruction): a count, a sum, a measurement or a rate
 *   in an instruction (`Bake at 180°C`, `Plant cloves 5 cm deep`), the
 *   writer's forecast (`Temperatures are forecast to reach 34°C`), a
 *   dimension of the thing described (`The circuit is 14.5 km long`) or a
 *   worked conversion (`£80 paid in becomes £100`); a sentence that opens
 *   on a noun, a phrase of place or time and a past verb (`Attendance on
 *   Saturday was 1,840`) reports, it does not instruct; unless an aggregate, a
 *   finding or a source in its sentence makes it a report (`an average of
 *   £45,000`); never a share (`around 2 in 100 patients`) nor a general
 *   fact (`a healthy dog drinks about 50 ml per kilogram a day`);
 * - in a paragraph where the writer's own body speaks: a figure of a
 *   sentence that changes a setting (`The cooldown has been increased from
 *   8 to 10 seconds`, `With this patch her range drops from 12 to 9 metres`),
 *   but not a share nor a change over time (`cut by 70% since 2012`);
 * - in a paragraph that announces the writer's own price list (`Our winter
 *   price list takes effect on …`): any figure of a sentence that does not
 *   report (`buttons go up by 5%`, `orders over £150`, `the 500 ml
 *   bottles`), not a change over time.
 */
export function inRegister(text: string, span: Span, sentenceStart: number, sentenceEnd: number, register: Register): boolean {
  // Each sentence-wide cue is read once per sentence, however many figures it holds (`sentenceHas`).
  const has = (pattern: RegExp) => sentenceHas(pattern, text, sentenceStart, sentenceEnd)
  const trend = span.kind === 'change' && sinceAfter.test(text.slice(span.end, span.end + 40))
  // `buttons go up by 5%`, `over £150 a month`, `the 500 ml bottles` in a paragraph announcing the writer's price list: its terms, unless the sentence reports.
  if (register.priceList && !trend && !has(reportCue)) return true
  if (register.ownBody && span.kind !== 'percentage' && span.kind !== 'proportion' && !trend && has(settingChange) && !has(findingCue)) return true
  if (!register.advises || !describedKinds.has(span.kind) || shareInside.test(text.slice(span.start, span.end)) || has(reportCue)) return false
  const lead = text.slice(Math.max(sentenceStart, span.start - 40), span.start)
  return (
    (has(looseImperative) && !has(subjectOpening)) ||
    forecastBefore(text, span, sentenceStart, sentenceEnd) ||
    (dimensionBefore.test(lead) && dimensionAfter.test(text.slice(span.end, span.end + 16))) ||
    conversionBefore.test(lead)
  )
}

/** Whether the writer's forecast (`are forecast to`) stands before the figure in its sentence, found once per sentence. */
function forecastBefore(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  const end = firstMatchEnd(forecastCue, text, sentenceStart, sentenceEnd)
  return end !== -1 && end <= span.start
}
