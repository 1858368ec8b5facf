import type {Span} from './span.js'
import {after, before, lastClause} from './span.js'
import {conditionWord} from './statistic-veto.js'

// Figures a maker, a seller or a party sets rather than measures, read from
// the words around them in their own sentence: a minimum or maximum that is
// a term of a deal or an offer (`with a maximum of 40 guests`), the size a
// maker works a part down to (`planed to 18 mm`), a spec sheet's line that
// names a part's size (`Blade length is 210 mm`) and the humidity a thing
// is kept at (`stored at 40–60% relative humidity`). Each check reads a
// bounded slice of the figure's own sentence.

/** A limit named right before the figure: `a minimum of`, `a maximum order of`. */
const boundOfBefore = /\ba\s+(?:minimum|maximum)\s+(?:[\p{L}-]+\s+)?of\s+$/iu
/** What makes that limit a term: `with` right before it, or a party asking for or requiring it in the clause. */
const termWith = /\bwith\s+a\s+(?:minimum|maximum)\s+(?:[\p{L}-]+\s+)?of\s+$/iu
const termAsked = /\b(?:ask(?:s|ed)?\s+for|requir(?:e|es|ed|ing)|stipulat(?:e|es|ed|ing)|insist(?:s|ed)?\s+on|specif(?:y|ies|ied))\b/iu
/** Words that make a maximum or minimum one measured: `reached a maximum of`, `a maximum of 41 °C was recorded`. */
const boundMeasuredBefore = /\b(?:reach(?:es|ed)?|hit|hits|record(?:s|ed)?|measur(?:es|ed)|observ(?:es|ed)|peak(?:s|ed)?|log(?:s|ged)?|saw|sees|fell|rose|gave|gives|showed|shows|returned)\b/iu
const boundMeasuredAfter = /^[^.;!?]{0,32}?\b(?:was|were|is|are)\s+(?:recorded|measured|observed|reached|logged|seen)\b/iu

/** The years left on a lease or a term, right after the figure: `57.5 years unexpired`, `82 years to run`. */
const termLeftAfter = /^\s+years?\s+(?:unexpired|to\s+run|left\s+(?:on|to\s+run))\b/iu
/** A figure that names the standard, target or limit it stands before: `against the 78% standard`, `the 325 HV limit`. */
const namingArticle = /\b(?:the|a|an|its|their|our)\s+(?:[\p{L}-]+\s+)?$/iu
const standardNounAfter = /^\s*(?:[\p{L}-]+\s+)?(?:standard|target|limit|threshold|ceiling|cap|benchmark|trigger)s?\b/iu
/** A maker's verb of working a part down to a size: `thicknessed to`, `planed down to`, `turned to`. */
const workedTo =
  /\b(?:thicknessed|planed|sanded|machined|milled|turned|ground|trimmed|graduated|shaved|reamed|bored|dressed|scraped)\s+(?:down\s+)?to\s+\d/iu
/** A unit of length ending a span. */
const lengthEnd = /\d\s?(?:mm|cm|m|met(?:re|er)s|inches|in|thou|microns?)$/iu
/** A comma, semicolon or colon, for `lastClause` on a condition's clause. */
const commaMarks = /[,;:]/gu
/** Marks that close a clause, for `lastClause`. */
const clauseMarks = /[;:]|,\s+(?:but|while|whereas|although|though|yet)\s/gu

/** A spec sheet's line: a sentence that opens on a bare noun and a dimension noun, then `is`: `Blade length is`, `Overall width is`. */
const specLine =
  /^\s*(?!(?:average|mean|median|typical|the|a|an|its|their|our|his|her)\b)(?:\p{L}+\s+)?(?:length|width|height|depth|thickness|diameter|bore|gauge|span|radius)\s+(?:is|was)\s+$/iu

/** A humidity a thing is kept, stored or held at: `kept at 40–60% relative humidity`. */
const keptAtBefore = /\b(?:kept|keep|keeps|keeping|stored|store|stores|storing|held|hold|holds|maintained|maintain|maintains)\s+(?:at|between|in)\s+(?:\d{1,3}\s?(?:–|-|to|and)\s?)?$/iu
const humidityAfter = /^\s+(?:relative\s+humidity|humidity|RH)\b/iu

/** The other amount of an advised limit: `at least 20 g of seed or` (with `should` or `must` in the clause). */
const limitAlternative =
  /\b(?:at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|a\s+(?:minimum|maximum)\s+of)\s+\d[\d.,]*\s?[\p{L}%°]*\s+(?:of\s+[\p{L}-]+\s+)?or\s+$/iu
const advised = /\b(?:should|must|need\s+to|needs\s+to|are\s+asked\s+to|is\s+required|are\s+required)\b/iu

/** An instrument or a part placed for a method, in the clause: `was mounted`, `were positioned`. */
const placedIn = /\b(?:was|were|is|are|be|been)\s+(?:\p{L}+ly\s+)?(?:mounted|positioned|installed|clamped|fixed|placed|set\s+up)\b/iu
/** Where it was placed, right after the figure: `1.2 m above`, `at least 3 m from`. */
const placedWhere =
  /^(?:\s?(?:m|cm|mm|met(?:re|er)s?|feet|ft|inches))?\s+(?:above|below|from|off|away\s+from|behind|beneath|under|over|clear\s+of|high|deep)\b/iu

/** A limit named as the subject of `is`: `The daytime limit in the licence is`, `the threshold for action is`. */
const namedLimitIs = /\b(?:limit|threshold|ceiling|cap)\b(?:\s+[\p{L}\d,'’-]+){0,10}?\s+(?:is|are|will\s+be|remains)\s+$/iu

/** A figure that opens a condition's threshold: `where the level exceeds it by 5 dB or more`. */
const orMoreAfter = /^\s+or\s+(?:more|less|fewer|greater|higher|lower)\b/iu

/** A thing's measurements listed after a heading and a colon: `Dimensions, taken flat:`, `Measurements:`. */
const measurementsHeading = /\b(?:measurements|dimensions|sizes|measures)\b(?:[\s,]+[\p{L}-]+){0,3}?\s*:\s*[^;:!?]{0,80}$/iu
/** A figure written in digits. */
const digitOpening = /^\d/u
/** The entry's label right before the figure, opening the list or after a comma: `: chest `, `, sleeve `. */
const entryLabel = /[:,]\s*(?!(?:the|a|an|its|their|our|this|that|his|her)\s)\p{L}[\p{L}-]*\s+$/iu

/** Every regex of this module, for the ReDoS test. */
/**
 * A sentence opening on what a word means or once meant: `Decimate originally
 * meant to kill one in every ten`, `The word dozen once meant …`. A word's
 * sense (with `the word` or an adverb of its history), not a quantity about the world.
 */
const wordMeaning =
  /^[^\p{L}]{0,3}(?:the\s+(?:word|term|verb|noun|adjective|adverb|phrase|name)\s+[\p{L}'’-]+\s+(?:(?:originally|once|first|literally|formerly|strictly)\s+)?|[\p{L}'’-]+\s+(?:originally|once|first|literally|formerly)\s+)(?:meant|means|denoted|denotes|signified|signifies|referred\s+to|refers\s+to)\s/iu

export const termPatterns: readonly RegExp[] = [
  wordMeaning,
  boundOfBefore,
  termWith,
  termAsked,
  boundMeasuredBefore,
  boundMeasuredAfter,
  workedTo,
  termLeftAfter,
  namingArticle,
  standardNounAfter,
  lengthEnd,
  clauseMarks,
  commaMarks,
  specLine,
  keptAtBefore,
  humidityAfter,
  limitAlternative,
  advised,
  placedIn,
  placedWhere,
  namedLimitIs,
  orMoreAfter,
  measurementsHeading,
  entryLabel,
  digitOpening
]

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart`, is set
 * by a maker, a seller or a party rather than measured:
 * - a minimum or maximum that is a term (`with a minimum order of 12
 *   boxes`, `asked for … a minimum of 3,000 seats`), unless it is reached
 *   or recorded;
 * - a size a maker works a part to, and the other sizes of that clause
 *   (`planed to 18 mm at the ends and 16 mm in the middle`);
 * - a spec sheet's line (`Blade length is 210 mm`);
 * - a humidity a thing is kept at (`stored at 40–60% relative humidity`);
 * - the other amount of an advised limit (`should bring at least 20 g of
 *   seed or 5 g of bulbs`);
 * - where a method placed an instrument (`was mounted 1.2 m above the
 *   floor, at least 2 m from any wall`);
 * - a limit named as its sentence's subject (`The daytime limit in the
 *   licence is 45 dB`);
 * - a condition's threshold (`where the level exceeds it by 5 dB or more`);
 * - an entry of a thing's measurements listed after a heading (`Dimensions
 *   taken flat: chest 52 cm, sleeve 61 cm`);
 * - a figure in a word's sense (`Decimate originally meant to kill one in
 *   every ten`);
 * - the years left on a lease or a term (`57.5 years unexpired`);
 * - a figure that names the standard, target or limit it stands before
 *   (`against the 78% standard`): set by whoever set the standard.
 */
export function isTermFigure(text: string, span: Span, sentenceStart: number): boolean {
  if (wordMeaning.test(text.slice(sentenceStart, Math.min(span.start, sentenceStart + 80)))) return true
  if (termLeftAfter.test(after(text, span.end, 32))) return true
  if (span.kind !== 'change' && span.kind !== 'multiple' && namingArticle.test(before(text, span.start, 24)) && standardNounAfter.test(after(text, span.end, 32))) return true
  const lead = text.slice(Math.max(sentenceStart, span.start - 120), span.start)
  const words = text.slice(span.start, span.end)
  const clause = lastClause(lead, clauseMarks)
  if (boundOfBefore.test(before(text, span.start, 40))) {
    const term = termWith.test(before(text, span.start, 48)) || termAsked.test(clause)
    if (term && !boundMeasuredBefore.test(clause) && !boundMeasuredAfter.test(after(text, span.end, 48))) return true
  }
  if (span.kind === 'measurement' && lengthEnd.test(words) && workedTo.test(lastClause(lead + words, clauseMarks))) return true
  if (span.kind === 'measurement' && lengthEnd.test(words) && span.start - sentenceStart <= 40 && specLine.test(text.slice(sentenceStart, span.start))) return true
  if (span.kind === 'percentage' && keptAtBefore.test(before(text, span.start, 40)) && humidityAfter.test(after(text, span.end, 24))) return true
  if (limitAlternative.test(before(text, span.start, 64)) && advised.test(clause)) return true
  if (placedIn.test(clause) && placedWhere.test(after(text, span.end, 24))) return true
  if (namedLimitIs.test(text.slice(Math.max(sentenceStart, span.start - 100), span.start))) return true
  if (orMoreAfter.test(after(text, span.end, 16)) && conditionWord.test(lastClause(lead, commaMarks))) return true
  return span.kind === 'measurement' && digitOpening.test(words) && entryLabel.test(before(text, span.start, 24)) && measurementsHeading.test(lead)
}
