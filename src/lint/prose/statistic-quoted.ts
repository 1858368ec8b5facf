import {lastIndexAtMost} from '../../util/search.js'
import {detectQuotations} from './quotation.js'
import type {Span} from './span.js'
import {sentenceAt, sentenceStartsAfterNotes} from './span.js'
import {englishSpeaker} from './speaker.js'

// A figure inside the quoted words of a named speaker: `the judge observed
// that "a ten-second clip is not worth a sixth of a minute's music"`. The
// figure is the speaker's, part of the quotation, and a reviewer asks for the
// quotation's source (the quotation rules), not for a source of the figure.
// A figure quoted from an unnamed speaker (`One grower wrote: "Thirty percent
// of the crop failed."`) has no source at all and stays a statistic.
// The quotations are the quotation rules' own (`detectQuotations`: four
// words or more, not a quoted title), so a short quoted term holding a number
// (`the "10,000 steps" rule`) may still carry the writer's figure.

/** The last text read and its named speakers' quotations: a block's figures are read one after another. */
let memo: {text: string; quotes: Span[]} | undefined

/**
 * The outermost quotations of `text` (`detectQuotations`; one nested in
 * another is inside its span) whose sentence gives them to a named speaker,
 * in text order and apart. The sentence starts are read once for the text.
 */
function namedQuotations(text: string): Span[] {
  if (memo?.text === text) return memo.quotes
  const found = detectQuotations(text).sort((a, b) => a.start - b.start)
  const starts = found.length === 0 ? [] : sentenceStartsAfterNotes(text)
  const quotes: Span[] = []
  let outerEnd = -1
  for (const quote of found) {
    if (quote.start < outerEnd) continue
    outerEnd = quote.end
    if (namedSpeaker(text, starts, quote)) quotes.push(quote)
  }
  memo = {text, quotes}
  return quotes
}

/** Whether the sentence a quotation stands in gives it to a named speaker (speaker.ts): `Mr Justice Harland observed that "…"`. */
function namedSpeaker(text: string, starts: readonly number[], quote: Span): boolean {
  const first = sentenceAt(starts, quote.start)
  const last = sentenceAt(starts, quote.end)
  const from = starts[first]!
  const to = Math.max(starts[last + 1] ?? text.length, quote.end)
  const previous = first > 0 ? text.slice(starts[first - 1]!, from) : ''
  return englishSpeaker(text.slice(from, to), {start: quote.start - from, end: quote.end - from, kind: quote.kind}, previous) === 'named'
}

/** Whether a figure at `span` stands inside a named speaker's quotation of four words or more (`Harland observed that "… not worth a sixth of a minute's music"`). */
export function inQuotation(text: string, span: Span): boolean {
  // The quotations are in text order and apart: the last one opening at or before the span is the only one that can hold it (binary search).
  const quotes = namedQuotations(text)
  if (quotes.length === 0 || quotes[0]!.start > span.start) return false
  return span.end <= quotes[lastIndexAtMost(quotes, span.start, (quote) => quote.start)]!.end
}
