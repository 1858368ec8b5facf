import {opensMetadata} from '../extract/blocks.js'
import type {Definitions} from '../extract/definitions.js'
import {changedDefinitions, mentionsAny, mergeDefinitions, sameDefinitions} from '../extract/definitions.js'
import type {SessionSegment} from './session-segment.js'
import {readSegment} from './session-segment.js'
import type {SessionState} from './session-state.js'

/**
 * Definitions are document-wide: segments read with labels that turn out
 * defined or not (a change added or removed one, or a guess was wrong) are
 * read again if they name one. How many were.
 */
export function settleDefinitions(state: SessionState, source: string): number {
  const now = documentDefinitions(state.segments)
  if (sameDefinitions(now, state.definitions)) return 0
  const changed = changedDefinitions(now, state.definitions)
  state.definitions = now
  let parsed = 0
  state.segments = state.segments.map((segment, index) => {
    // An abstract read as its value (a quoted string with escapes) may name a label its source spells otherwise (`[^\x31]`).
    const named = (text: string) => mentionsAny(text, 0, text.length, changed)
    if (!named(segment.text) && !segment.frontMatter?.abstracts?.some((abstract) => abstract.at && named(abstract.text))) return segment
    state.change = undefined
    state.placements[index] = undefined
    parsed++
    const frontMatter = opensMetadata(source, segment.start)
    return readSegment(segment.text, {start: segment.start, line: segment.line}, frontMatter, state.definitions, state.kit, state.path)
  })
  return parsed
}

/** Whether a segment holds a link or footnote definition. */
export function holdsDefinitions(segment: SessionSegment): boolean {
  return segment.definitions.links.size + segment.definitions.footnotes.size > 0
}

function documentDefinitions(segments: readonly SessionSegment[]): Definitions {
  const all = {links: new Set<string>(), footnotes: new Set<string>()}
  for (const segment of segments) mergeDefinitions(all, segment.definitions)
  return all
}
