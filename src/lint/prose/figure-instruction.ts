import type {Span} from './span.js'
import {reach} from './figure.js'

// A figure in an instruction or a worked example: what a guide, a recipe or
// a rule tells its reader to do (`Take two tablets every four hours`) and a
// case made up to reckon with (`Suppose the price rises from £2.00 to
// £2.50.`), and the size of a change supposed in a what-if (`A 1% rise in
// rates would …`) measure nothing (see `isSetFigure` in figure.ts for the other
// figures a writer sets).

/**
 * A subject named by a label and its number, then its verb: `Category 2 remains`, `Ward 7 was`,
 * `Version 2.1 of the app rose`, `Quillpad 2.5 downloads rose`, `Heat 3 boats reached`, and an event's
 * round or heat that came, ran or drew (`Round 3 came to the track`, `Heat 2 ran on Saturday`), and a numbered body that
 * counted, recorded or sold (`District 16 counted 2,310 reindeer`) (not `Take 2 tablets`).
 */
const labelSubject =
  /^[^\p{L}]{0,3}\p{Lu}\p{L}+\s+\d+(?:\.\d+)*[A-Za-z]?\s+(?:(?:of\s+(?:the\s+)?)?[\p{L}'’-]+\s+){0,2}?(?:is|are|was|were|has|have|had|remain(?:s|ed)?|stay(?:s|ed)?|continue[sd]?|improved|worsened|fell|rose|grew|dropped|doubled|saw|met|missed|reached|peaked|averaged|topped|clocked|came|went|ran|drew|attracted|returned|moved|finished|ended|counted|recorded|logged|registered|reported|lost|sold)\b/u
/**
 * An instruction: a sentence that opens on a verb with its object (`Take two
 * tablets`, `Preheat the oven to 200 °C`, `Allow at least 12 days`), not on
 * a subject, a preposition (`Off the field, …`), an adverb or a date (a
 * dateline's `Dec 3 – Cocoa fell 4.1%` is a report).
 */
const imperative =
  /^[^\p{L}]{0,3}(?:(?:do\s+not|don['’]t|never|always|please|then|now)\s+)?(?!(?:the|a|an|this|that|these|those|it|its|they|we|he|she|i|you|there|here|up|down|in|on|off|onto|into|past|opposite|aboard|at|for|by|with|from|to|of|after|before|since|during|until|today|yesterday|tomorrow|now|then|still|overall|meanwhile|instead|again|last|next|most|some|many|all|each|every|both|few|such|what|which|who|when|where|why|how|if|as|but|and|or|so|yet|although|though|while|because|once|only|even|also|just|nearly|almost|about|around|over|under|more|less|no|not|one|two|three|four|five|six|seven|eight|nine|ten|half|twice|thrice|our|your|their|his|her|my|between|among|across|within|without|despite|unlike|like|per|against|towards|toward|beyond|throughout|amid|amidst|upon|along|alongside|behind|beside|besides|near|following|regarding|concerning|given|beneath|above|below|around|outside|inside|under|over|through|via|except|whilst|until|unlike|save|plus|minus|versus|according|thanks|due|alone|together|perhaps|maybe|sadly|luckily|happily|clearly|surely|certainly|of|behind|beyond|thus|hence|however|indeed|later|earlier|soon|often|never|always|here|meanwhile|everyone|nobody|none|whatever|whoever|unless|whether|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b)\p{L}+(?<!s|[aeiou]y|(?<!p)ly|ed|ing|(?:simpl|deepl|sharpl|steepl|cheapl|man|an|cit|stud|part|compan|countr|societ|industr|histor|polic|famil|count|energ|econom|arm|agenc|bod|stor|ministr|authorit|universit|majorit|minorit|charit|facilit|communit|memor|batter|galler|librar|inquir|enquir|deliver|recover|discover|salar|summar|surger|therap|theor|strateg|suppl|repl|ever|onl|the|jul|ital|germ|hungar|turke|norm|sydne|tokyo)y)\s+(?:the|a|an|your|yourself|yourselves|it|them|this|these|those|one|two|three|four|five|six|seven|eight|nine|ten|up\s+to|at\s+least|no\s+more|\d+)\b/iu

/**
 * An instruction that opens on one of the verbs a guide or a recipe tells
 * its reader with, then a bare word (`Use braided nylon line of about 10 kg`,
 * `Allow about 200 g per person`), not a preposition or an auxiliary after it
 * (`Use of antibiotics rose`, `Use has doubled`).
 */
const instructionVerb =
  /^[^\p{L}]{0,3}(?:(?:do\s+not|don['’]t|always|then|now|first)\s+)?(?:use|leave|allow|choose|add|buy|thread|tie|stir|pour|soak|sow|wear|avoid|fit|pick|apply|give|bring)\s+(?!(?:of|for|in|on|at|to|from|by|with|and|or|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|did|rose|fell|grew)\b)\p{Ll}[\p{L}-]*\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|did|do|rose|fell|grew)\b)/iu

/**
 * A subject noun dated by its period, then a stated verb: `Attendance this week
 * was`, `Turnout last year stood at`, `Sales this term have`. The word after the
 * noun looks like an imperative's object (`Book this week`), but the verb after
 * the period makes the noun a subject and the sentence a report.
 */
const periodSubject =
  /^[^\p{L}]{0,3}\p{L}+\s+(?:this|that|last)\s+(?:week|fortnight|month|term|half-term|quarter|year|season|spring|summer|autumn|winter|weekend|morning|afternoon|evening)\s+(?:was|were|is|are|has|have|had|stood|came|rose|fell|reached|averaged|totalled|topped|hit)\b/iu

/** A finite verb that states what happened or is so: a sentence opening on `Pick accuracy for October came in at` is a report, not an instruction. */
const statedVerb = /\b(?:was|were|is|are|came|comes|fell|falls|rose|rises|reached|reaches|stood|stands|grew|grows|dropped|drops|went|goes|had|has|have|totalled|averaged|improved|worsened)\b/iu

/** `Remember that 1 in 3 …`: a claim inside an instruction. */
const thatClause = /\bthat\s/iu

/** A sentence that sets up a worked example: `Suppose the price rises from £2.00 to £2.50.` */
const hypotheticalOpening =
  /^[^\p{L}]{0,3}(?:suppose|supposing|imagine|assume|assuming|picture|let(?:'s|’s|\s+us)\s+say|say\s+that|for\s+example,?\s+if|if,\s+for\s+example)\b/iu

/** A case made up to reckon with: `For a small bakery using 40 kg a week, …`, `For a family earning £30,000, …`. */
const caseOpening = /^[^\p{L}]{0,3}for\s+(?:a|an|one)\s+(?:[\p{L}-]+\s+){1,3}?\p{L}+ing\s+(?:about\s+|around\s+|over\s+|under\s+|some\s+|just\s+)?[£$€\d]/iu

/**
 * A typical case opening the sentence: an indefinite customer, client or
 * user and a `who` clause in the present (`A customer who brings in a print
 * worth …`, `Any tenant who pays …`). The figures of the case are made up to
 * show the writer's point; a told event (`A customer who came in …`) is past.
 */
const typicalCaseOpening =
  /^[^\p{L}]{0,3}(?:a|an|any)\s+(?:[\p{L}-]+\s+)?(?:customer|client|buyer|shopper|tenant|patient|user|guest|visitor|reader|member|household|family|motorist|driver|homeowner|learner|student|player|investor|saver|borrower)\s+who\s+\p{Ll}+s\s/iu

/** An article opening the sentence, right before a supposed change's size: `A `, `Any further `, `Each additional `. */
const supposedOpening = /^[^\p{L}\d]{0,3}(?:a|an|any|each|every)\s+(?:(?:further|additional|extra|hypothetical|sudden|one-off)\s+)?$/iu
/** A change, what it is in, then a conditional verb, right after its size: ` reduction in the discount rate would`, ` rise in rates could`. */
const supposedChangeAfter =
  /^\s+(?:rise|fall|increase|reduction|cut|drop|change|decrease|movement|shift|shock|improvement|deterioration)\s+in\s+(?:[\p{L}'’-]+\s+){1,5}?(?:would|could|might)\s/iu
/** A sentence that carries a worked example on: `If a café then sells …`, `Then …`. */
const hypotheticalContinues = /^[^\p{L}]{0,3}(?:if|then|in\s+that\s+case|now)\b/iu

/** Advice or a method named before a colon: `Our advice to clients is unchanged:`, `The rule of thumb:`, `The seeding method is the most reliable:`. */
const adviceBefore = /\b(?:advice|advise[sd]?|recommend(?:s|ed|ation)?|guidance|rule\s+of\s+thumb|tip|method|technique|procedure|recipe|routine)\b/iu

/** A step after a method's colon that takes a verb and a setting: `melt to 45°C`, `bake at 180 °C` (lower case: a step, not a new sentence's subject). */
const stepTo = /^[^\p{L}]{0,3}\p{Ll}+\s+(?:to|at)\s+(?:about\s+|around\s+)?\d/u

/** Whether a sentence opens on an instruction: a verb and its object (`Take two tablets`, `Preheat the oven`). */
export function opensOnInstruction(sentence: string): boolean {
  return (imperative.test(sentence) && !periodSubject.test(sentence)) || (instructionVerb.test(sentence) && !statedVerb.test(sentence.slice(0, 160)))
}

/** Whether a number stands in an instruction (`Take two tablets every four hours`), outside a `that` clause it reports. */
export function inInstruction(text: string, span: Span, sentenceStart: number): boolean {
  // At most `reach` characters back: a run-on sentence of many figures is not re-read for each one.
  if (thatClause.test(text.slice(Math.max(sentenceStart, span.start - reach), span.start))) return false
  if (labelSubject.test(text.slice(sentenceStart, Math.min(span.end, sentenceStart + 64)))) return false
  // Up to the number's end: the verb's object may be the number itself (`apply 50 kg`). The
  // sentence's opening words, and the last clause within `reach` before the number.
  const opening = text.slice(sentenceStart, Math.min(span.end, sentenceStart + reach))
  const near = text.slice(Math.max(sentenceStart, span.start - reach), span.end)
  // Its last clause after a comma or a semicolon (`For fields at index 2, apply 50 kg`), or after a colon that advice opens (`Our advice is unchanged: hold no more than 10%`).
  const colon = near.lastIndexOf(': ')
  // The words before the colon, up to 80 characters back from it (the colon may stand near the start of `near`).
  const nearStart = Math.max(sentenceStart, span.start - reach)
  const advice = colon !== -1 && adviceBefore.test(text.slice(Math.max(sentenceStart, nearStart + colon - 80), nearStart + colon))
  const cut = Math.max(near.lastIndexOf(', '), near.lastIndexOf('; '), advice ? colon : -1)
  const clause = cut === -1 ? '' : near.slice(cut + 2)
  // `The seeding method is the most reliable: melt to 45°C, add …, and stir until it drops to 31°C`: the steps after the colon are one instruction.
  return opensOnInstruction(opening) || (clause !== '' && imperative.test(clause)) || (advice && (imperative.test(near.slice(colon + 2)) || stepTo.test(near.slice(colon + 2))))
}

/** Whether a sentence sets up a worked example (`Suppose …`, `A customer who brings in …`), or carries the one before on (`If …`, `Then …`). */
export function hypothetical(sentence: string, previousHypothetical: boolean): boolean {
  return hypotheticalOpening.test(sentence) || caseOpening.test(sentence) || typicalCaseOpening.test(sentence) || (previousHypothetical && hypotheticalContinues.test(sentence))
}

/**
 * Whether the figure at `span` (0-based offsets into `text`) sizes a change
 * supposed in a what-if, in the sentence starting at `sentenceStart`: the
 * subject of a conditional, opened by an article (`A 0.5% fall in the
 * discount rate would raise the liabilities by about 9%`). The step of a
 * sensitivity test is chosen, not found; what it would do stays a claim.
 * Reads the sentence's opening up to the figure (at most 16 characters) and
 * 96 characters after it.
 */
export function isSupposedChange(text: string, span: Span, sentenceStart: number): boolean {
  if (span.start - sentenceStart > 16) return false
  return supposedOpening.test(text.slice(sentenceStart, span.start)) && supposedChangeAfter.test(text.slice(span.end, span.end + 96))
}

/** Every regex of this module, for the ReDoS test. */
export const figureInstructionPatterns: readonly RegExp[] = [
  imperative,
  instructionVerb,
  periodSubject,
  statedVerb,
  thatClause,
  labelSubject,
  adviceBefore,
  stepTo,
  hypotheticalOpening,
  caseOpening,
  typicalCaseOpening,
  hypotheticalContinues,
  supposedOpening,
  supposedChangeAfter
]
