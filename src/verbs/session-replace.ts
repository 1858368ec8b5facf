import {countLines, frontMatterEnd, isBlockStart, lineEnd} from '../extract/blocks.js'
import {guessDefinitions, noDefinitions} from '../extract/definitions.js'
import {holdsDefinitions, settleDefinitions} from './session-definitions.js'
import {readSegments} from './session-read.js'
import type {SessionSegment} from './session-segment.js'
import {segmentAt} from './session-segment.js'
import type {SessionState} from './session-state.js'

/** How far into a line a list marker reaches: at most 9 digits, a delimiter and a space. */
const listMarkerReach = 12

/**
 * Make `source` the session's text: the first text is read whole; after
 * that, the segments the change touches are read again (with the one
 * before when the change touches the start of a segment's first line; to
 * where a block still starts and nothing is left open), those after it
 * move, and `state.change` records what was replaced. `changed`: where the
 * change lies when the caller said (one edit), so that the texts need not
 * be compared: a prefix and a suffix both texts share (at most the
 * longest). How many segments were read.
 */
export function replaceText(state: SessionState, source: string, changed?: {readonly prefix: number; readonly suffix: number}): number {
  if (!state.started) {
    state.text = source
    state.definitions = source.includes(']:') ? guessDefinitions(source) : noDefinitions
    state.segments = readSegments(state, source, 0, source.length, 1).read
    state.started = true
    state.placements = Array.from(state.segments, () => undefined)
    state.change = undefined
    return state.segments.length + settleDefinitions(state, source)
  }
  const old = state.text
  const segments = state.segments
  let prefix = 0
  let suffix = 0
  const shortest = Math.min(old.length, source.length)
  if (changed) {
    prefix = changed.prefix
    suffix = changed.suffix
  } else {
    while (prefix < shortest && old.charCodeAt(prefix) === source.charCodeAt(prefix)) prefix++
    while (suffix < shortest - prefix && old.charCodeAt(old.length - 1 - suffix) === source.charCodeAt(source.length - 1 - suffix)) suffix++
  }
  const delta = source.length - old.length

  // The segments the change touches; with the one before when it touches
  // the start of a segment's first line, which decides whether the segment
  // still starts a block and whether it continues a list or code before it.
  let first = segmentAt(segments, prefix)
  const firstSegment = segments[first]!
  if (first > 0 && prefix <= firstSegment.start + Math.min(listMarkerReach, lineEnd(firstSegment.text, 0))) first--
  let last = segmentAt(segments, Math.max(prefix, old.length - suffix - 1))
  // Front matter that appears, goes or moves its end changes where the
  // first block ends: read from the start to past both ends.
  const oldFrontMatter = frontMatterEnd(old)
  const newFrontMatter = frontMatterEnd(source)
  if (oldFrontMatter !== newFrontMatter) {
    first = 0
    while (last < segments.length - 1 && segments[last]!.end < Math.max(oldFrontMatter, newFrontMatter - delta)) last++
  }
  // The region ends where a block still starts: a change that removed the
  // blank line before the next segment joins it to the region.
  while (last < segments.length - 1 && !isBlockStart(source, segments[last]!.end + delta)) last++
  const from = segments[first]!.start
  const line = segments[first]!.line
  let parsed = 0
  let region: {read: SessionSegment[]; closed: boolean}
  let more = 1
  for (;;) {
    const to = segments[last]!.end + delta
    region = readSegments(state, source, from, to, line)
    parsed += region.read.length
    if (region.closed || last === segments.length - 1) break
    last = Math.min(segments.length - 1, last + more)
    more *= 2
  }
  const oldLines = countLines(old, from, segments[last]!.end)
  const newLines = countLines(source, from, segments[last]!.end + delta)
  for (let index = last + 1; index < segments.length; index++) {
    const segment = segments[index]!
    segment.start += delta
    segment.end += delta
    segment.line += newLines - oldLines
  }
  const removed = segments.slice(first, last + 1)
  const definedBefore = removed.some(holdsDefinitions)
  // In place: no copy of the document's segments on each update.
  state.segments = replaceRun(segments, first, last + 1, region.read)
  state.placements = replaceRun(state.placements, first, last + 1, region.read.map(() => undefined))
  state.text = source
  // One change between checks (`update` checks after each).
  const change = state.change
  state.change = change && change.removed.length + change.added.length === 0 ? {index: first, removed, added: region.read} : undefined

  // Definitions change only where a segment read again held or holds one.
  if (!definedBefore && !region.read.some(holdsDefinitions)) return parsed
  return parsed + settleDefinitions(state, source)
}

/**
 * `list` with `[from, to)` replaced by `items`: in place, unless `items` are
 * too many to pass as arguments.
 */
function replaceRun<T>(list: T[], from: number, to: number, items: readonly T[]): T[] {
  if (items.length > 10_000) return [...list.slice(0, from), ...items, ...list.slice(to)]
  list.splice(from, to - from, ...items)
  return list
}
