import {endsClosed} from '../extract/block-parse.js'
import {blockStarts, countLines, opensMetadata, startsListItem} from '../extract/blocks.js'
import type {SessionSegment} from './session-segment.js'
import {readSegment} from './session-segment.js'
import type {SessionState} from './session-state.js'

/**
 * Read `[from, to)` of `source` (0-based offsets; `line`: the 1-based line
 * `from` is on) as segments, each starting at a block start that is not a
 * block quote, with the session's definitions, kit and path; and tell
 * whether the last one ends with nothing open. A segment that leaves
 * something open (a list, a fence) takes in the blocks after it, twice as
 * many each time, until it closes or `to` is reached.
 */
export function readSegments(
  state: SessionState,
  source: string,
  from: number,
  to: number,
  line: number
): {read: SessionSegment[]; closed: boolean} {
  const starts = segmentStarts(source, from, to)
  const result: SessionSegment[] = []
  let index = 0
  let closed = true
  while (index < starts.length) {
    const start = starts[index]!
    let next = index + 1
    let more = 1
    for (;;) {
      const end = next < starts.length ? starts[next]! : to
      // Read on an update, a segment's text is a copy: a slice would keep
      // that version of the whole document alive as long as the segment.
      const text = state.started ? detach(source.slice(start, end)) : source.slice(start, end)
      const segment = readSegment(text, {start, line}, opensMetadata(source, start), state.definitions, state.kit, state.path)
      const last = next >= starts.length
      closed = end >= source.length || endsClosed(segment.tree, segment.text, startsListItem(source, end))
      if (closed || last) {
        result.push(segment)
        line += countLines(source, start, end)
        break
      }
      next = Math.min(starts.length, next + more)
      more *= 2
    }
    index = next
  }
  return {read: result, closed}
}

// Block starts in `[from, to)`, never right before a block quote (a prose
// rule reads a block quote with the paragraph before it), nor right before or
// after a table whose rows open on `|` (a table is read with the paragraph
// that introduces it and the `Source: …` line or caption after it, see
// table.ts): `from` first.
function segmentStarts(source: string, from: number, to: number): number[] {
  const starts = blockStarts(source.slice(from, to), from === 0)
  const result: number[] = []
  let afterTable = false
  for (const start of starts) {
    const code = source.charCodeAt(from + start)
    if (start === 0 || (code !== 0x3e && code !== 0x7c && !afterTable)) result.push(from + start)
    afterTable = code === 0x7c
  }
  return result
}

/**
 * A copy of `text` that holds no reference to a longer string: V8 makes a
 * slice of 13 or more characters a view of the string it was cut from.
 */
function detach(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string
}
