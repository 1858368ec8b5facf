import type {Point, Position} from 'unist'
import {VFileMessage} from 'vfile-message'
import {lastIndexAtMost} from '../util/search.js'
import type {SessionSegment} from './session-segment.js'

/** The graph rules' messages of a check, and the document they were for. */
export interface GraphRun {
  /** Where the document ended (0-based offset) and how many lines it had. */
  readonly length: number
  readonly lineCount: number
  /** Its messages, placed in the document as it was. */
  readonly messages: readonly VFileMessage[]
}

/**
 * What one update changed: the segments it read again (`added`, in the
 * document now) and those they replace (`removed`, keeping where they were:
 * 0-based `start` and `end`, 1-based `line`), which followed `index`
 * segments that stayed where they were.
 */
export interface SegmentChange {
  readonly index: number
  readonly removed: readonly SessionSegment[]
  readonly added: readonly SessionSegment[]
}

/**
 * The graph rules' messages for the document now, from those of the last
 * check, when the segments an update read again (`change`) changed nothing
 * the graph rules read; `length` and `lineCount` are the document's now.
 * Messages before the change stay (the same objects), those after it move
 * by as much as the text after it moved, and those in it move to where what
 * they point at now is: when each segment read again has the key
 * (`graphKey`) of the one it replaces, with that segment; otherwise, when
 * the run read again holds the same nodes (ids, kinds and attributes, not
 * their text), relations and citations in the same order, however it is cut
 * into segments, to where the node, relation, citation or attribute it
 * pointed at now is. `undefined` when that cannot be known (the graph
 * changed; the front matter's segment changed its cut; a message points
 * across the change, or at no offset after it; a `duplicate-id` message
 * after the change start, whose text names a place; an
 * `unknown-citation-key` message in a run cut anew, which reads the text
 * after its key): the graph rules then run again.
 */
export function moveGraphMessages(last: GraphRun, change: SegmentChange, length: number, lineCount: number): VFileMessage[] | undefined {
  const {removed, added} = change
  const firstRemoved = removed[0]
  const lastRemoved = removed[removed.length - 1]
  if (!firstRemoved || !lastRemoved) return undefined
  // Old offsets of the changed region, and how far what follows it moved.
  const from = firstRemoved.start
  const fromLine = firstRemoved.line
  const to = lastRemoved.end
  const offsetDelta = length - last.length
  const lineDelta = lineCount - last.lineCount

  // Where a place in the changed region goes (`undefined`: cannot tell).
  let inRegion: (place: Position | Point, start: number, end: number, message: VFileMessage) => Position | Point | undefined
  if (removed.length === added.length && removed.every((segment, index) => segment.graphKey === added[index]!.graphKey)) {
    inRegion = (place, start, end) => {
      const index = lastIndexAtMost(removed, start, (segment) => segment.start)
      const was = removed[index]!
      if (end > was.end) return undefined
      const now = added[index]!
      return shift(place, now.line - was.line, now.start - was.start)
    }
  } else {
    // Segment 0 holds the front matter, which graph rules read.
    if (change.index === 0 || ruleKey(removed) !== ruleKey(added)) return undefined
    const places = placeMap(removed, added)
    if (!places) return undefined
    inRegion = (place, start, end, message) => {
      if (message.ruleId === 'unknown-citation-key') return undefined
      return 'start' in place ? places.get(start + ':' + end) : undefined
    }
  }

  const result: VFileMessage[] = []
  for (const message of last.messages) {
    const place = message.place
    if (!place) {
      result.push(message)
      continue
    }
    const start = 'start' in place ? place.start.offset : place.offset
    const end = 'start' in place ? place.end.offset : place.offset
    if (start === undefined || end === undefined) {
      // Without offsets: kept when it ends on a line before the change.
      if (('start' in place ? place.end.line : place.line) < fromLine) {
        result.push(message)
        continue
      }
      return undefined
    }
    if (end <= from && start < from) {
      result.push(message)
      continue
    }
    if (message.ruleId === 'duplicate-id') return undefined
    if (start >= to) {
      result.push(movedMessage(message, shift(place, lineDelta, offsetDelta)))
    } else if (start >= from && end <= to) {
      const moved = inRegion(place, start, end, message)
      if (!moved) return undefined
      result.push(movedMessage(message, moved))
    } else {
      return undefined
    }
  }
  return result
}

// What graph rules read of a run of segments, however it is cut into
// segments: its graph's nodes, relations and citations without positions or
// node text, and any front matter.
function ruleKey(segments: readonly SessionSegment[]): string {
  const nodes: unknown[] = []
  const relations: unknown[] = []
  const citations: unknown[] = []
  const meta: unknown[] = []
  for (const segment of segments) {
    for (const {position: _position, text: _text, ...rest} of segment.graph.nodes) nodes.push(rest)
    for (const {position: _position, ...rest} of segment.graph.relations) relations.push(rest)
    for (const {position: _position, sentence: _sentence, items, ...rest} of segment.graph.citations) {
      citations.push([rest, items.map(({position: _at, ...item}) => item)])
    }
    if (Object.keys(segment.graph.meta).length > 0 || segment.frontMatter) meta.push([segment.graph.meta, segment.frontMatter])
  }
  return JSON.stringify([nodes, relations, citations, meta])
}

// Where each place a graph rule may point at in the changed segments was
// (`start:end` offsets in the old text) and is now: the same elements in the
// same order. `undefined` when one old place would go to two new ones.
function placeMap(before: readonly SessionSegment[], now: readonly SessionSegment[]): Map<string, Position> | undefined {
  const old = placesOf(before)
  const current = placesOf(now)
  if (old.length !== current.length) return undefined
  const map = new Map<string, Position>()
  for (let index = 0; index < old.length; index++) {
    const was = old[index]
    const is = current[index]
    if (!was || !is) {
      if (was !== is) return undefined
      continue
    }
    const key = String(was.start.offset) + ':' + String(was.end.offset)
    const seen = map.get(key)
    if (seen && !samePosition(seen, is)) return undefined
    map.set(key, is)
  }
  return map
}

// Every place in the segments, absolute, in a fixed order however the run
// is cut into segments (absent ones as `undefined` so two lists line up).
function placesOf(segments: readonly SessionSegment[]): Array<Position | undefined> {
  const places: Array<Position | undefined> = []
  const each = (add: (segment: SessionSegment, position: Position | undefined) => void, visit: (segment: SessionSegment, add: (position: Position | undefined) => void) => void) => {
    for (const segment of segments) visit(segment, (position) => add(segment, position))
  }
  const add = (segment: SessionSegment, position: Position | undefined) => {
    places.push(position ? shift(position, segment.line - 1, segment.start) : undefined)
  }
  each(add, (segment, put) => {
    for (const node of segment.graph.nodes) put(node.position)
  })
  each(add, (segment, put) => {
    for (const relation of segment.graph.relations) put(relation.position)
  })
  each(add, (segment, put) => {
    for (const citation of segment.graph.citations) {
      put(citation.position)
      for (const item of citation.items) put(item.position)
    }
  })
  each(add, (segment, put) => {
    for (const directive of segment.directives) {
      put(directive.position)
      // Not its closing fence: graph rules point at a node's attributes or opening.
      const data = directive.data?.position as {opening?: Position; attributes?: Record<string, Position | undefined>} | undefined
      put(data?.opening)
      const attributes = data?.attributes ?? {}
      for (const name of Object.keys(attributes).sort()) put(attributes[name])
      put(undefined)
    }
  })
  return places
}

function samePosition(a: Position, b: Position): boolean {
  return a.start.offset === b.start.offset && a.end.offset === b.end.offset && a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column
}

function shift<P extends Position | Point>(place: P, lines: number, offset: number): P {
  if ('start' in place) return {start: shiftPoint(place.start, lines, offset), end: shiftPoint(place.end, lines, offset)} as P
  return shiftPoint(place as Point, lines, offset) as P
}

function shiftPoint(point: Point, lines: number, offset: number): Point {
  const moved: Point = {line: point.line + lines, column: point.column}
  if (point.offset !== undefined) moved.offset = point.offset + offset
  return moved
}

// A copy of a message at `place` (its line, column and name follow).
function movedMessage(message: VFileMessage, place: Position | Point): VFileMessage {
  const copy = Object.assign(Object.create(VFileMessage.prototype) as VFileMessage, message)
  copy.place = place
  const start = 'start' in place ? place.start : place
  copy.line = start.line
  copy.column = start.column
  copy.name = (message.file ? message.file + ':' : '') + stringify(place)
  return copy
}

function stringify(place: Position | Point): string {
  const point = (value: Point) => String(value.line) + ':' + String(value.column)
  return 'start' in place ? point(place.start) + '-' + point(place.end) : point(place)
}
