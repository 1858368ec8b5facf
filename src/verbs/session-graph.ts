import type {Root, RootContent} from 'mdast'
import type {Point, Position} from 'unist'
import type {FrontMatter} from '../extract/front-matter.js'
import {mergeFrontMatter} from '../extract/front-matter.js'
import type {GraphCitation} from '../kit/citation.js'
import type {ArgumentGraph, Relation} from '../kit/graph.js'
import type {AnyNode} from '../kit/kind.js'
import {renumber} from './session-segment.js'
import type {SessionSegment} from './session-segment.js'

/**
 * Number the nodes without an id across the document as `extractGraph`
 * does (`<kind>-<n>` in document order, never an id an author wrote), and
 * give each segment its nodes' ids. Segments whose ids changed lose their
 * checked messages (a message may name an id).
 */
export function numberSegments(segments: readonly SessionSegment[]): void {
  if (!segments.some((segment) => segment.generated.length > 0)) return
  const taken = new Set<string>()
  for (const segment of segments) for (const id of segment.authorIds) taken.add(id)
  const counts = new Map<string, number>()
  for (const segment of segments) {
    if (segment.generated.length === 0) continue
    const ids: string[] = []
    for (const node of segment.generated) {
      let count = counts.get(node.kind) ?? 0
      let id: string
      do id = node.kind + '-' + String(++count)
      while (taken.has(id))
      counts.set(node.kind, count)
      taken.add(id)
      ids.push(id)
    }
    if (renumber(segment, ids)) segment.checked = undefined
  }
}

/**
 * Give the segments an edit read again (`added`) the ids the nodes without
 * one had in the segments they replace (`removed`), when that is what
 * `numberSegments` would give: the same kinds of nodes without an id in the
 * same order, and the same ids written by the author (so every other
 * segment keeps its numbers). Whether it could.
 */
export function keepNumbers(removed: readonly SessionSegment[], added: readonly SessionSegment[]): boolean {
  const kinds = (segments: readonly SessionSegment[]) => segments.flatMap((segment) => segment.generated.map((node) => node.kind))
  const authors = (segments: readonly SessionSegment[]) => segments.flatMap((segment) => segment.authorIds).sort()
  if (!sameList(kinds(removed), kinds(added)) || !sameList(authors(removed), authors(added))) return false
  const ids = removed.flatMap((segment) => segment.generated.map((node) => node.id))
  let index = 0
  for (const segment of added) {
    if (segment.generated.length === 0) continue
    if (renumber(segment, ids.slice(index, index + segment.generated.length))) segment.checked = undefined
    index += segment.generated.length
  }
  return true
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index])
}

/**
 * The document's front matter and YAML metadata blocks as `parse` reads
 * them (see `readFrontMatter`): each segment a block opens holds one,
 * moved to where the segment is, merged in order. `undefined` when the
 * document has none.
 */
export function documentFrontMatter(segments: readonly SessionSegment[]): FrontMatter | undefined {
  let result: FrontMatter | undefined
  for (const segment of segments) {
    if (!segment.frontMatter) continue
    const block = moveFrontMatter(segment.frontMatter, segment.line - 1, segment.start)
    result = result === undefined ? block : mergeFrontMatter(result, block)
  }
  return result
}

/** A segment's front matter with its places moved to where the segment is (a copy; the same when it opens the document). */
function moveFrontMatter(frontMatter: FrontMatter, lines: number, offset: number): FrontMatter {
  if (lines === 0 && offset === 0) return frontMatter
  const {referenceFieldPlace, bibliographyPlaces, position} = frontMatter
  const keyPlaces: Record<string, Position> = {}
  for (const [key, place] of Object.entries(frontMatter.keyPlaces)) keyPlaces[key] = move(place, lines, offset)
  const moved: FrontMatter = {meta: frontMatter.meta, keyPlaces, referencePlaces: frontMatter.referencePlaces.map((place) => move(place, lines, offset))}
  if (position) moved.position = move(position, lines, offset)
  if (referenceFieldPlace) moved.referenceFieldPlace = (index, path) => move(referenceFieldPlace(index, path), lines, offset)
  if (bibliographyPlaces) moved.bibliographyPlaces = bibliographyPlaces.map((place) => move(place, lines, offset))
  return moved
}

/**
 * The document's graph from its segments' graphs: nodes, relations and
 * citations in order with their positions moved to where they are, the
 * `meta` of the front matter and every metadata block merged (see
 * `documentFrontMatter`), no sources yet. Copies: the segments' graphs keep
 * their own positions.
 */
export function assembleGraph(segments: readonly SessionSegment[], frontMatter = documentFrontMatter(segments)): ArgumentGraph {
  const graph: ArgumentGraph = {nodes: [], relations: [], citations: [], sources: [], meta: frontMatter?.meta ?? segments[0]?.graph.meta ?? {}}
  for (const segment of segments) {
    const lines = segment.line - 1
    const offset = segment.start
    for (const node of segment.graph.nodes) graph.nodes.push({...node, position: move(node.position, lines, offset)} as AnyNode)
    for (const relation of segment.graph.relations) {
      const copy: Relation = {...relation}
      if (relation.position) copy.position = move(relation.position, lines, offset)
      graph.relations.push(copy)
    }
    for (const citation of segment.graph.citations) graph.citations.push(moveCitation(citation, lines, offset))
  }
  return graph
}

/**
 * A tree holding only the document's directives, with their positions moved
 * into place: what graph rules need of a tree to point at a node's
 * attributes.
 */
export function directiveTree(segments: readonly SessionSegment[], end: Point): Root {
  const children: RootContent[] = []
  for (const segment of segments) {
    const lines = segment.line - 1
    const offset = segment.start
    for (const directive of segment.directives) {
      const copy = {type: directive.type, name: directive.name, attributes: directive.attributes, children: []} as unknown as RootContent & {data?: unknown}
      if (directive.position) copy.position = move(directive.position, lines, offset)
      const data = directive.data?.position as {opening?: Position; closing?: Position; attributes?: Record<string, Position | undefined>} | undefined
      if (data) {
        const moved: Record<string, unknown> = {}
        if (data.opening) moved['opening'] = move(data.opening, lines, offset)
        if (data.closing) moved['closing'] = move(data.closing, lines, offset)
        if (data.attributes) {
          const attributes: Record<string, Position> = {}
          for (const [name, position] of Object.entries(data.attributes)) if (position) attributes[name] = move(position, lines, offset)
          moved['attributes'] = attributes
        }
        copy.data = {position: moved}
      }
      children.push(copy)
    }
  }
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

/**
 * A tree holding only the document's footnote references and definitions
 * (see `footnoteSkeleton`), with their positions moved into place: what the
 * footnote rules read. Copies.
 */
export function footnoteTree(segments: readonly SessionSegment[], end: Point): Root {
  const children: RootContent[] = []
  for (const segment of segments) {
    const lines = segment.line - 1
    const offset = segment.start
    for (const note of segment.notes) {
      if (note.type === 'footnoteReference') children.push(note)
      else if (note.type === 'text') children.push({...note, position: move(note.position, lines, offset)})
      else if (note.type === 'footnoteDefinition') children.push({...note, position: move(note.position, lines, offset)})
      else if ('children' in note) {
        const inner = note.children.map((child) => ({...child, position: move(child.position, lines, offset)}))
        children.push({...note, children: inner} as RootContent)
      }
    }
  }
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

function moveCitation(citation: GraphCitation, lines: number, offset: number): GraphCitation {
  return {
    ...citation,
    sentence: move(citation.sentence, lines, offset),
    position: move(citation.position, lines, offset),
    items: citation.items.map((item) => ({...item, position: move(item.position, lines, offset)}))
  }
}

function move<P extends Position | undefined>(position: P, lines: number, offset: number): P {
  if (!position) return position
  return {start: movePoint(position.start, lines, offset), end: movePoint(position.end, lines, offset)} as P
}

function movePoint(point: Point, lines: number, offset: number): Point {
  const moved: Point = {line: point.line + lines, column: point.column}
  if (point.offset !== undefined) moved.offset = point.offset + offset
  return moved
}
