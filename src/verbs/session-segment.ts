import type {Root, RootContent} from 'mdast'
import type {Point, Position} from 'unist'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Definitions} from '../extract/definitions.js'
import {collectDefinitions} from '../extract/definitions.js'
import {abstractTrees} from '../extract/abstract-blocks.js'
import {parseText} from '../extract/block-parse.js'
import {generatedIds} from '../extract/extract.js'
import type {FrontMatter} from '../extract/front-matter.js'
import {extractDocument} from '../extract/plugin.js'
import {proseBlocks} from '../extract/prose.js'
import type {AnyKit} from '../kit/define-kit.js'
import type {GraphCitation} from '../kit/citation.js'
import type {ArgumentGraph, Relation} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import type {RuleSettings} from '../lint/config.js'
import {footnoteSkeleton} from '../lint/footnotes.js'
import type {CitationCounts, CitationStyle} from '../lint/prose/run.js'
import {english} from '../lint/prose/english.js'
import {citesWith} from '../lint/prose/run.js'
import {runRules} from '../lint/run-rules.js'
import {parseWithinLimits} from '../syntax/nesting-parse.js'
import type {Directive} from '../syntax/types.js'
import {controlVerbs} from '../util/comment-control.js'
import {lastIndexAtMost} from '../util/search.js'
import {walk} from '../util/walk.js'

/**
 * One run of top-level blocks of an editor session's document, read on its
 * own as a small document: its tree, graph and messages keep positions from
 * its own line 1 and offset 0, so blocks after an edit only move.
 */
export interface SessionSegment {
  /** Where it is in the document now (0-based offsets, 1-based line). */
  start: number
  end: number
  line: number
  readonly text: string
  readonly tree: Root
  /** Its graph, with the ids `renumber` gives its nodes without one. */
  readonly graph: ArgumentGraph
  /** Its nodes whose id was made, in order. */
  readonly generated: readonly BaseNode[]
  /** The ids its author wrote. */
  readonly authorIds: readonly string[]
  readonly frontMatter: FrontMatter | undefined
  /** Its directives, for pointing at their attributes. */
  readonly directives: readonly Directive[]
  /** Its footnote references and definitions, for the footnote rules (see `footnoteSkeleton`). */
  readonly notes: readonly RootContent[]
  /** The link and footnote definitions it holds. */
  readonly definitions: Definitions
  /** Whether one of its definitions is inside a container directive. */
  readonly definitionInDirective: boolean
  /** Whether it holds an `<!-- argmark-… -->` control comment. */
  readonly hasControl: boolean
  /** Whether a node of its tree has no position (control comments then need the whole tree). */
  readonly unplaced: boolean
  /** Messages raised while reading it. */
  readonly reading: readonly VFileMessage[]
  /**
   * Everything of it the graph rules read, positions included (its own):
   * segments with the same keys in the same order give the same graph
   * rule messages, moved.
   */
  readonly graphKey: string
  /** Its prose rules' messages (and its reading messages, as the settings leave them), for the ids and the `ProseContext` it was checked with. */
  checked?: {readonly ids: string; readonly reading: VFileMessage[]; readonly prose: VFileMessage[]}
  /** What its prose cites with (see `citesWith`), once worked out. */
  cites?: CitationCounts
}

/**
 * What a segment's prose rules read of the rest of the document: its
 * citation style, and the relations and citations (from any segment) into
 * the segment's nodes, which decide whether a node is backed (see
 * `evidenceCoverage`).
 */
export interface ProseContext {
  readonly style: CitationStyle
  readonly relations: readonly Relation[]
  readonly citations: readonly GraphCitation[]
}

/** Read whole blocks alone: parse, give back prose mis-read as directives, build their graph. */
export function readSegment(
  text: string,
  place: {start: number; line: number},
  frontMatter: boolean,
  definitions: Definitions,
  kit: AnyKit,
  path: string | undefined
): SessionSegment {
  const file = new VFile({value: text, path})
  // The labels the other segments define, for an abstract in this one (see `abstractTrees`).
  file.data.argmarkDefinitions = definitions
  // Within the nesting limits, as `parseDocument` reads a whole document.
  const tree = parseWithinLimits(file, (value) => parseText(value, frontMatter, definitions))
  const graph = extractDocument(tree, file, kit)
  const generated = graph.nodes.filter((node) => generatedIds.has(node))
  const found = {links: new Set<string>(), footnotes: new Set<string>()}
  const definitionInDirective = text.includes(']:') ? collectDefinitions(tree.children, found) : false
  const directives: Directive[] = []
  let hasControl = false
  let unplaced = false
  walk(tree, (node) => {
    if (!node.position && node !== tree) unplaced = true
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
      directives.push(node as Directive)
    } else if (node.type === 'html' && isControl((node as unknown as {value: string}).value)) {
      hasControl = true
    }
  })
  const graphKey = JSON.stringify([
    graph.nodes,
    graph.relations,
    graph.citations,
    graph.meta,
    file.data.argmarkFrontMatter,
    directives.map((directive) => [directive.position, directive.data?.position])
  ])
  return {
    start: place.start,
    end: place.start + text.length,
    line: place.line,
    text,
    tree,
    graph,
    generated,
    authorIds: graph.nodes.filter((node) => !generatedIds.has(node)).map((node) => node.id),
    frontMatter: file.data.argmarkFrontMatter?.position ? file.data.argmarkFrontMatter : undefined,
    directives,
    notes: text.includes('[^') ? footnoteSkeleton(tree, text, abstractTrees(file)) : [],
    definitions: found,
    definitionInDirective,
    hasControl,
    unplaced,
    reading: file.messages,
    graphKey
  }
}

function isControl(value: string): boolean {
  const text = value.trim()
  return text.startsWith('<!--') && controlVerbs.test(text.slice(4).trim())
}

/**
 * Give a segment's generated nodes the document's ids (`ids`, in order),
 * in its nodes, relations and citations. Whether anything changed.
 */
export function renumber(segment: SessionSegment, ids: readonly string[]): boolean {
  const renamed = new Map<string, string>()
  segment.generated.forEach((node, index) => {
    const id = ids[index]!
    if (node.id !== id) renamed.set(node.id, id)
  })
  if (renamed.size === 0) return false
  for (const relation of segment.graph.relations) relation.from = renamed.get(relation.from) ?? relation.from
  for (const citation of segment.graph.citations) {
    if (citation.node !== null) citation.node = renamed.get(citation.node) ?? citation.node
  }
  segment.generated.forEach((node, index) => {
    node.id = ids[index]!
  })
  return true
}

/**
 * Run the prose rules (and set the severity of the reading messages) on a
 * segment alone: what `settings` give, with every rule that is not a prose
 * rule off. Prose rules read one block at a time (a paragraph, with the one
 * before a block quote, which a segment keeps with it), the evidence nodes
 * in it and what the rest of the document says of them and of its citation
 * style (`context`), so a segment alone gives what the whole document would.
 */
export function checkSegment(
  segment: SessionSegment,
  settings: RuleSettings,
  fallback: NonNullable<RuleSettings['preset']>,
  kit: AnyKit,
  path: string | undefined,
  context: ProseContext
): {reading: VFileMessage[]; prose: VFileMessage[]} {
  const file = new VFile({value: segment.text, path})
  // A new graph object: what is cached by graph (its index) is for the ids
  // it had. Its nodes, with the document's relations and citations into them.
  file.data.argmarkGraph = {...segment.graph, relations: [...context.relations], citations: [...context.citations]}
  file.data.argmarkKit = kit
  file.data.argmarkCitationStyle = context.style
  if (segment.frontMatter) file.data.argmarkFrontMatter = segment.frontMatter
  // Sources are the document's: attached once, for the graph rules.
  file.data.argmarkSources = {status: 'none', inline: [], given: undefined}
  const reading = segment.reading.map(cloneMessage)
  file.messages.push(...reading)
  runRules(segment.tree, file, settings, fallback)
  const kept = new Set(reading)
  return {
    reading: file.messages.filter((message) => kept.has(message)),
    prose: file.messages.filter((message) => !kept.has(message))
  }
}

/** What a segment's prose cites with (see `citesWith`), worked out once from its prose blocks (which its prose rules read too). */
export function segmentCites(segment: SessionSegment): CitationCounts {
  segment.cites ??= citesWith(proseBlocks(segment.tree, new VFile({value: segment.text})), english)
  return segment.cites
}

/** A copy of a message, moved `lines` down and `offset` on (its columns stay). */
export function shiftMessage(message: VFileMessage, lines: number, offset: number): VFileMessage {
  const copy = cloneMessage(message)
  if (lines === 0 && offset === 0) return copy
  const place = message.place
  if (place) {
    copy.place = 'start' in place ? {start: shiftPoint(place.start, lines, offset), end: shiftPoint(place.end, lines, offset)} : shiftPoint(place, lines, offset)
    copy.line = message.line === undefined ? undefined : message.line + lines
    // VFile prefixes the name with the file's path, as it sets `file`.
    copy.name = (message.file ? message.file + ':' : '') + stringify(copy.place)
  }
  return copy
}

function cloneMessage(message: VFileMessage): VFileMessage {
  return Object.assign(Object.create(VFileMessage.prototype) as VFileMessage, message)
}

function shiftPoint(point: Point, lines: number, offset: number): Point {
  const moved: Point = {line: point.line + lines, column: point.column}
  if (point.offset !== undefined) moved.offset = point.offset + offset
  return moved
}

function stringify(place: Position | Point): string {
  const point = (value: Point) => String(value.line) + ':' + String(value.column)
  return 'start' in place ? point(place.start) + '-' + point(place.end) : point(place)
}

/** The index of the segment that holds `offset` (0-based; the last one at the end). */
export function segmentAt(segments: readonly SessionSegment[], offset: number): number {
  return lastIndexAtMost(segments, offset, (segment) => segment.start)
}
