import {lastIndexAtMost} from '../../util/search.js'
import {detectQuotations} from './quotation.js'
import type {Span} from './span.js'

// A figure inside somebody's quoted words: `the judge observed that "a
// ten-second clip is not worth a sixth of a minute's music"`, `One postman
// told us, "Some days nearly half the rounds have nobody on them."`. The
// figure is the speaker's, part of the quotation, and a reviewer asks for the
// quotation's source (the quotation rules: a named speaker's words want a
// citation, an unnamed speaker's are unattributed), not for a source of the
// figure. The quotations are the quotation rules' own (`detectQuotations`:
// four words or more, not a quoted title), so a short quoted term holding a
// number (`the "10,000 steps" rule`) may still carry the writer's figure.

/** The last text read and its quotations: a block's figures are read one after another. */
let memo: {text: string; quotes: Span[]} | undefined

/**
 * The outermost quotations of `text` (`detectQuotations`; one nested in
 * another is inside its span), in text order and apart. Read once per text.
 */
function outerQuotations(text: string): Span[] {
  if (memo?.text === text) return memo.quotes
  const found = detectQuotations(text).sort((a, b) => a.start - b.start)
  const quotes: Span[] = []
  let outerEnd = -1
  for (const quote of found) {
    if (quote.start < outerEnd) continue
    outerEnd = quote.end
    quotes.push(quote)
  }
  memo = {text, quotes}
  return quotes
}

/** Whether a figure at `span` stands inside a quotation of four words or more, whoever is its speaker (`One postman told us, "… nearly half the rounds …"`). */
export function inQuotation(text: string, span: Span): boolean {
  // The quotations are in text order and apart: the last one opening at or before the span is the only one that can hold it (binary search).
  const quotes = outerQuotations(text)
  if (quotes.length === 0 || quotes[0]!.start > span.start) return false
  return span.end <= quotes[lastIndexAtMost(quotes, span.start, (quote) => quote.start)]!.end
}

/** A quotation mark opening right before a `we` (`the secretary told us. 'We used to …'`): the speaker's `we` in quoted words, not the writer's method (statistic-method.ts). */
export const quoteBefore = /['‘"“]$/u
