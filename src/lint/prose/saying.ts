import type {Span} from './span.js'

// A saying in quotation marks is nobody's words: a proverb, a motto, a rule
// of thumb. It is known by what introduces it (`his motto is`, `the golden
// rule is`, `it's a case of`) or by its shape: a comparative maxim (`better
// late than never`) or two short parallel clauses (`easy come, easy go`).

/** What introduces a saying right before its quotation marks: `his motto is`, `the golden rule was`, `it's a case of`, `as they say,`. */
const sayingLead =
  /(?:\b(?:motto|mantra|watchword|creed|catchphrase|rule\s+of\s+thumb|golden\s+rule)(?:\s+(?:is|was|remains))?|\ba\s+case\s+of|\bas\s+(?:they|people)\s+say)\s*[,:]?\s*$/iu
/** A comparative maxim: `better late than never`, `sooner rather than later`. */
const comparativeMaxim = /^(?:better|sooner)\s+(?:[\p{L}'’-]+\s+){0,2}?than\s+[\p{L}'’-]+$/iu
/** Two short parallel clauses of two words each: `easy come, easy go`, `no pain, no gain`. */
const parallelMaxim = /^[\p{L}'’-]+\s+[\p{L}'’-]+,\s+[\p{L}'’-]+\s+[\p{L}'’-]+$/u
/** The quotation marks and closing punctuation around a quotation's words. */
const quoteEdges = /^[\s"“‘'«]+|[\s"”’'».,!?;:]+$/gu

/** Every regex of this module, for the ReDoS test. */
export const sayingPatterns: readonly RegExp[] = [sayingLead, comparativeMaxim, parallelMaxim, quoteEdges]

/** Whether an English quotation is a saying: introduced as one (`his motto is “…”`) or shaped like a maxim. */
export function englishIsSaying(text: string, quote: Span): boolean {
  if (sayingLead.test(text.slice(Math.max(0, quote.start - 32), quote.start))) return true
  const words = text.slice(quote.start, quote.end).replace(quoteEdges, '')
  return comparativeMaxim.test(words) || parallelMaxim.test(words)
}
