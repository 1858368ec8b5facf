import type {ProseBlock} from '../../extract/prose.js'
import type {Span} from './span.js'
import {hasSourceIn, sentencesOf} from './coverage.js'

// A quotation past a clause of contrast from its sentence's citation (round
// 37): `The candidate cites Hadfield [@hadfield2021] extensively, yet
// overlooks the counter-argument that schoolboys "…"`. The citation backs
// the clause it stands in (what Hadfield wrote); the words quoted in the
// clause that `yet` or `but` sets against it are another's, and nothing
// cites them. A citation in the quotation's own clause, or after it, covers
// it as before.

/** A clause of contrast: `, yet `, `, but `, `, whereas `, `, while `. */
const contrastBoundary = /,\s+(?:but|yet|whereas|while)\s/gu

/** Every regex of this module, for the ReDoS test. */
export const coverageContrastPatterns: readonly RegExp[] = [contrastBoundary]

/** Whether a quotation's one sentence has its sources only before the last clause of contrast ahead of the quotation, none from there on. */
export function quotationPastContrast(block: ProseBlock, span: Span): boolean {
  const [first, last] = sentencesOf(block, span)
  if (first !== last || last < 0) return false
  const sentence = block.sentences[first]!
  const lead = block.text.slice(sentence.start, span.start)
  let boundary = -1
  for (const match of lead.matchAll(contrastBoundary)) boundary = match.index
  if (boundary < 0) return false
  const at = sentence.start + boundary
  return hasSourceIn(block, sentence.start, at) && !hasSourceIn(block, at, sentence.end)
}
