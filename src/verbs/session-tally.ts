import type {SessionSegment} from './session-segment.js'

/**
 * How many of a session's segments hold a definition inside a container
 * directive, footnotes, control comments, nodes without a position.
 */
export interface SessionTally {
  definitionInDirective: number
  notes: number
  control: number
  unplaced: number
}

/** Add a segment to the session's tally (`sign` 1) or take it out (-1). */
export function countSegment(tally: SessionTally, segment: SessionSegment, sign: 1 | -1): void {
  if (segment.definitionInDirective) tally.definitionInDirective += sign
  if (segment.notes.length > 0) tally.notes += sign
  if (segment.hasControl) tally.control += sign
  if (segment.unplaced) tally.unplaced += sign
}

/** Count the segments an update changed (`removed`, `added`), or, without a change, all `segments` anew. */
export function updateTally(
  tally: SessionTally,
  segments: readonly SessionSegment[],
  change: {readonly removed: readonly SessionSegment[]; readonly added: readonly SessionSegment[]} | undefined
): void {
  if (change) {
    for (const segment of change.removed) countSegment(tally, segment, -1)
    for (const segment of change.added) countSegment(tally, segment, 1)
  } else {
    tally.definitionInDirective = tally.notes = tally.control = tally.unplaced = 0
    for (const segment of segments) countSegment(tally, segment, 1)
  }
}
