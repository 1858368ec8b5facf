import type {ProseBlock} from '../../extract/prose.js'
import type {ProseLanguage} from './language.js'
import type {Span} from './span.js'
import {hasSourceIn, sentencesOf} from './coverage.js'
import type {Stretches} from './sentence-reading.js'
import {sentenceReadings, stretchesOf, stretchWithin} from './sentence-reading.js'

// Hearsay beside the writer's own data. A pointer into the document's own
// tables, figures or appendices (`(Figure 5)`, `(Appendix C)`) supports the
// figures of its own clause; an impersonal passive in another clause of the
// sentence (`It is often claimed that …, yet footfall counts show … (Figure
// 5)`, `… (Appendix C), and umpires are said to regard …`) is lent to no one
// all the same, and the writer's own data is no source for it. A view the
// writer names back and answers (`…, but the data offer little support for
// that view (Appendix B)`) is taken up, not leant on; so is a view the
// writer's own data is said to bear out (`…, and the league's own accident
// record bears that out (Table 1)`, round 43): the data stand behind it.

/** A pointer into the document's own data: `(Figure 5)`, `(see Table 2)`, `(League pitch marks, Appendix C)`. */
const ownDataPointer = /(?<![\p{L}'’-])(?:Table|Figure|Fig\.|Appendix|Annex|Chart|Map|Exhibit|Schedule)\s+[\dA-Z]/u
/** A year: a reference that holds one names a work, not the document's own data. */
const yearInside = /(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)/u
/** A boundary between two clauses: `, and`, `, yet`, `, but`, `, while`, `, whereas`, `;`. */
const clauseBoundary = /,\s+(?:and|but|yet|while|whereas)\s|;\s/gu

/**
 * The view named back to be answered: `offer little support for that view`,
 * `this claim does not hold`; or named back as borne out (round 43): `and the
 * league's own accident record bears that out (Table 1)`, `backs this up`,
 * `confirms it`, the writer's own data standing behind the view.
 */
const viewTakenUp =
  /(?<![\p{L}'’-])(?:(?:that|this|the|such\s+a)\s+(?:view|claim|belief|idea|notion|assumption|argument|impression|perception)|(?:bears?|bore|borne|backs?|backed)\s+(?:that|this|it)\s+(?:out|up)|(?:confirms?|confirmed)\s+(?:that|this|it)(?![\p{L}'’-]))(?![\p{L}'’-])/giu

/** Every regex of this module, for the ReDoS test. */
export const coverageClausePatterns: readonly RegExp[] = [ownDataPointer, yearInside, clauseBoundary, viewTakenUp]

/** What one sentence holds for this check, read once per sentence. */
interface SentenceReading {
  /** Whether a citation or footnote stands in the sentence. */
  cited: boolean
  /** The sentence's written references, each with whether it points into the document's own data (no year inside). */
  references: Array<{start: number; end: number; ownData: boolean}>
  boundaries: Stretches
  views: Stretches
}

/** One record per sentence, read once for all its spans. */
const readings = sentenceReadings<SentenceReading>()

/** Reads a sentence's support and stretches once (linear in the sentence). */
function readSentence(block: ProseBlock, index: number, language: ProseLanguage): SentenceReading {
  const sentence = block.sentences[index]!
  // The sentence's own text, not the block's.
  const text = block.text.slice(sentence.start, sentence.end)
  const cited = hasSourceIn(block, sentence.start, sentence.end)
  if (cited) return {cited, references: [], boundaries: [], views: []}
  const references = language.textReferences(text).map((reference) => {
    const words = text.slice(reference.start, reference.end)
    return {start: reference.start, end: reference.end, ownData: ownDataPointer.test(words) && !yearInside.test(words)}
  })
  return {cited, references, boundaries: stretchesOf(text, clauseBoundary), views: stretchesOf(text, viewTakenUp)}
}

/**
 * Whether an impersonal span (`kind` `impersonal`) stands in one sentence
 * whose only support is pointers into the document's own data, each in
 * another clause than the span (a clause boundary between them): the span is
 * then reported though its sentence counts as supported. A citation or a
 * footnote in the sentence, or a pointer in the span's own clause, covers it.
 * Takes the block, the span (0-based UTF-16 offsets into `block.text`) and
 * the language that reads written references; each sentence is read once for
 * all its spans.
 */
export function hearsayBesideOwnData(block: ProseBlock, span: Span, language: ProseLanguage): boolean {
  if (span.kind !== 'impersonal') return false
  const [first, last] = sentencesOf(block, span)
  if (first !== last || last < 0) return false
  const {cited, references, boundaries, views} = readings(block, first, language, () => readSentence(block, first, language))
  if (cited || references.length === 0) return false
  const offset = block.sentences[first]!.start
  const start = span.start - offset
  const end = span.end - offset
  return references.every((reference) => {
    if (!reference.ownData) return false
    const [from, to] = reference.start >= end ? [end, reference.start] : [reference.end, start]
    // `It is often said that …, but the data offer little support for that view (Appendix B)`: a view the writer names back and answers with its own data, not hearsay leant on.
    return stretchWithin(boundaries, from, to) && !stretchWithin(views, from, to)
  })
}
