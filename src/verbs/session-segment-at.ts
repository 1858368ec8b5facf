import {lastIndexAtMost} from '../util/search.js'
import type {SessionSegment} from './session-segment.js'

/** The index of the segment that holds `offset` (0-based; the last one at the end). */
export function segmentAt(segments: readonly SessionSegment[], offset: number): number {
  return lastIndexAtMost(segments, offset, (segment) => segment.start)
}
