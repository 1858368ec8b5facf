import type {Point, Position} from 'unist'
import {VFileMessage} from 'vfile-message'
import type {SessionSegment} from './session-segment.js'

/** The graph rules' messages of a check, with the segments they were for and where those started. */
export interface GraphRun {
  readonly segments: readonly SessionSegment[]
  readonly keys: readonly string[]
  readonly starts: readonly number[]
  readonly lines: readonly number[]
  /** Where the document ended (0-based offset) and how many lines it had. */
  readonly length: number
  readonly lineCount: number
  readonly messages: readonly VFileMessage[]
}

/**
 * The graph rules' messages for the segments now, from those of the last
 * check, when the segments that changed (those between an unchanged run at
 * the start and an unchanged run at the end) changed nothing the graph rules
 * read: the same nodes (ids, kinds and attributes, not their text),
 * relations and citations in the same order; only where they are. Messages
 * before the change stay, those after it move with their segments, and those
 * in it move to where the node, relation, citation or attribute they point
 * at now is. `undefined` when that cannot be known (the front matter's
 * segment changed, a message points elsewhere, a message names a place in
 * its text (`duplicate-id`) or reads the text after a citation key
 * (`unknown-citation-key`)): the graph rules then run again.
 */
export function remapGraphMessages(last: GraphRun, segments: readonly SessionSegment[], length: number, lineCount: number): VFileMessage[] | undefined {
  let head = 0
  while (
    head < segments.length &&
    head < last.segments.length &&
    segments[head] === last.segments[head] &&
    segments[head]!.start === last.starts[head]
  ) {
    head++
  }
  let tail = 0
  while (
    tail < segments.length - head &&
    tail < last.segments.length - head &&
    segments[segments.length - 1 - tail] === last.segments[last.segments.length - 1 - tail]
  ) {
    tail++
  }
  // Segment 0 holds the front matter, which graph rules read.
  if (head === 0) return undefined
  const before = last.segments.slice(head, last.segments.length - tail)
  const now = segments.slice(head, segments.length - tail)
  if (before.length === 0 && now.length === 0) return undefined
  if (ruleKey(before) !== ruleKey(now)) return undefined

  // Old offsets of the changed region, and how far what follows it moved.
  const from = last.starts[head]!
  const fromLine = last.lines[head]!
  const to = tail > 0 ? last.starts[last.segments.length - tail]! : last.length
  const offsetDelta = length - last.length
  const lineDelta = lineCount - last.lineCount
  const places = placeMap(before, now)
  if (!places) return undefined

  const result: VFileMessage[] = []
  for (const message of last.messages) {
    const place = message.place
    if (!place) {
      result.push(message)
      continue
    }
    if (message.ruleId === 'duplicate-id') return undefined
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
    } else if (start >= to) {
      result.push(movedMessage(message, shift(place, lineDelta, offsetDelta)))
    } else if (start >= from && end <= to && message.ruleId !== 'unknown-citation-key') {
      const moved = 'start' in place ? places.get(start + ':' + end) : undefined
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
