import type {ProseBlock} from '../../extract/prose.js'
import type {Span} from './span.js'
import {hasSourceIn, sentencesOf} from './coverage.js'

// A view held widely, next to a cited sentence (round 35). A sentence that
// points back at a cited neighbour (`Those figures …`, `It also found …`)
// shares its source; but a view it says is widely or commonly held (`Those
// figures are widely thought to understate the problem`) is lent to the
// many, not to the source the neighbour cites: the neighbour's citation
// does not cover it. A citation or a footnote in its own sentence does.

/** `widely thought`, `generally believed`, `commonly assumed`: a view the many hold, no one named. */
const heldByMany = /(?<![\p{L}'’-])(?:widely|generally|commonly|popularly|universally)\s+(?:thought|believed|held|assumed|regarded|considered|accepted|supposed|understood|expected)(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const coverageWidelyPatterns: readonly RegExp[] = [heldByMany]

/** Whether an impersonal span says its view is held by the many and its own sentence cites nothing: reported though a neighbour's source covers the sentence. */
export function widelyHeldBesideNeighbour(block: ProseBlock, span: Span): boolean {
  if (span.kind !== 'impersonal' || !heldByMany.test(block.text.slice(span.start, span.end))) return false
  const [first, last] = sentencesOf(block, span)
  if (first < 0 || last < 0) return false
  return !hasSourceIn(block, block.sentences[first]!.start, block.sentences[last]!.end)
}
