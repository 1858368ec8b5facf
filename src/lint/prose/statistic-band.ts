import type {Span} from './span.js'
import {before} from './span.js'

// An age that names a group of people, not a count of them: `18 to 24 year
// olds`, `parties for 12–15 year olds`, `16 year olds may enter`. The number
// is the age of everyone in the group, a label like `under-18s`; what the
// group does (`are twice as likely`) may be a finding, the age is not. A count
// written before the age (`we taught 300 16 year olds`) keeps its figure.
// So is an age written after `aged` (`girls aged 11 to 13 showed …`): the
// number that follows names whom the sentence is about, whatever word comes
// after it.

/** A figure that is a whole age band: one or two digits, then `year olds` or `years old`, nothing else. */
const ageBand = /^\d{1,2}(?:\s+|-)years?(?:\s+|-)olds?$/iu
/** A digit at the end of the words before the age, after its space: `300 16 year olds` counts people of that age. */
const digitEnd = /\d$/u

/** An age of one or two digits opening the figure. */
const ageOpening = /^\d{1,2}(?![\d,.])/u
/** `aged` right before the age, or before the first end of a range of ages: `aged 11 to`, `aged between 11 and`. */
const agedBefore = /\baged\s+(?:(?:between\s+)?\d{1,2}\s*(?:to|and|or|–|-)\s*)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const bandPatterns: readonly RegExp[] = [ageBand, digitEnd, ageOpening, agedBefore]

/**
 * Whether the figure at `span` of `text` is an age that names a group
 * (`24 year olds` in `18 to 24 year olds`), with no count written before it.
 * Reads the span and 24 characters before it.
 */
export function isAgeBand(text: string, span: Span): boolean {
  if (ageOpening.test(text.slice(span.start, span.end)) && agedBefore.test(before(text, span.start, 24))) return true
  if (!ageBand.test(text.slice(span.start, span.end))) return false
  const lead = before(text, span.start, 8)
  const words = lead.trimEnd()
  return !(words.length < lead.length && digitEnd.test(words))
}
