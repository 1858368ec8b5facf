import type {Span} from './span.js'
import {after, before} from './span.js'

// The age of the youngest or the oldest of a group the paragraph tells of
// (round 48): `The youngest rider was 9 and the oldest 76`, `the oldest
// walker, at 81,`. The superlative picks one of the writer's own
// participants out by age and gives the age: a detail of the event, not a
// ranking of the world. A comparison class or a record after it (`The
// oldest tree in Wales is 5,000 years old`, `the oldest person ever
// recorded`) leaves a claim.

/** `youngest` or `oldest` with its determiner: `The youngest`, `the oldest`. */
const youngestOldest = /^the\s+(?:youngest|oldest)$/iu
/**
 * A bare age right after the superlative, with at most one noun and a
 * linking verb or `at` before it: ` abseiler was 10`, ` 83.`, ` walker, at
 * 81,`. The age closes its clause (a mark, `and`, `years old` or the end):
 * not ` 83 trees` (a count picked out).
 */
const ageAfter =
  /^(?:\s+\p{Ll}[\p{Ll}-]{1,24})?(?:\s+(?:was|were|is|are)|,\s+at)?\s+(?:aged\s+)?\d{1,3}(?:\s+(?:years?|months?)\s+old)?(?=\s*[,.;:)]|\s+and(?![\p{L}'’-])|\s*$)/u

/** `youngest` or `oldest` after a body's possessive: the span `oldest` of `the league's oldest`. */
const youngestOldestBare = /^(?:youngest|oldest)$/iu
/** A named person and their bare age in apposition, then a body's possessive, right before the superlative (round 53): `Mavis Pugh, 84, the league's ` (one of the body's own members picked out by age; not `the country's`, a land). */
const namedAgedBefore = /\p{Lu}\p{Ll}+,\s+(?:aged\s+)?\d{1,3},\s+the\s+(?!(?:country|world|nation|county|region|city|town|state|island|continent|sport|game|land)['’])\p{Ll}{3,20}['’]s\s+$/u
/** A noun and the close of the apposition after it, no class: ` player, who`, ` member.` (not ` person in Britain`). */
const nounClosing = /^\s+\p{Ll}[\p{Ll}-]{1,24}\s*[,.;)]/u

/** Every regex of this module, for the ReDoS test. */
export const superlativeAgePatterns: readonly RegExp[] = [youngestOldest, ageAfter, youngestOldestBare, namedAgedBefore, nounClosing]

/** Whether a superlative span is `the youngest` or `the oldest` of a group, told with a bare age (reads 48 characters after it). */
export function ageOfOnePicked(text: string, span: Span): boolean {
  if (span.kind !== 'superlative') return false
  const words = text.slice(span.start, span.end)
  if (youngestOldestBare.test(words) && namedAgedBefore.test(before(text, span.start, 64)) && nounClosing.test(after(text, span.end, 32))) return true
  return youngestOldest.test(words) && ageAfter.test(after(text, span.end, 48))
}
