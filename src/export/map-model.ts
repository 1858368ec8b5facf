import type {AnyKit} from '../kit/define-kit.js'
import {resolveKit} from '../kit/default-kit.js'
import type {ArgumentGraph} from '../kit/graph.js'
import type {AnyNode, BaseNode, KindMapStyle, MapShape} from '../kit/kind.js'
import {colorExpression, mapShapes} from '../kit/map-style.js'
import {graphemes} from '../util/graphemes.js'
import type {ExportOptions} from './options.js'

/** A kind's map style with every field filled in. */
export interface ResolvedMapStyle {
  readonly shape: MapShape
  readonly color: string
}

/** One node as maps draw it. */
export interface MapNode {
  /** The node's identifier in the map's own text (`n0`, `n1`, …): safe in every format. */
  readonly key: string
  readonly node: AnyNode
  readonly style: ResolvedMapStyle
  /** The node's text, shortened and wrapped. */
  readonly lines: readonly string[]
  readonly thesis: boolean
}

/** One relation between two nodes of the map. */
export interface MapEdge {
  readonly from: MapNode
  readonly to: MapNode
  readonly type: string
}

/** What Mermaid, DOT and SVG draw: nodes, edges and the groups nodes belong to. */
export interface MapModel {
  readonly nodes: readonly MapNode[]
  readonly edges: readonly MapEdge[]
  /** Group name → its nodes (nodes with a string `group` attribute), in document order. */
  readonly groups: ReadonlyMap<string, readonly MapNode[]>
  /** The kinds present, in kit order then first appearance, with their styles. */
  readonly kinds: ReadonlyMap<string, ResolvedMapStyle>
  readonly direction: NonNullable<ExportOptions['direction']>
}

export {mapShapes} from '../kit/map-style.js'

/** The default kit's kinds, as maps draw them when a kit names no style. */
export const defaultMapStyles: Readonly<Record<string, ResolvedMapStyle>> = {
  claim: {shape: 'box', color: '#dbe9f6'},
  factor: {shape: 'parallelogram', color: '#fdebc8'},
  evidence: {shape: 'cylinder', color: '#dcefd9'},
  objection: {shape: 'hexagon', color: '#f6d5d1'},
  recommendation: {shape: 'stadium', color: '#e6dcf2'}
}

// Fills for other kinds, taken in turn.
const palette = ['#eeeeee', '#d9f0f0', '#f4e1ec', '#e8eed4', '#f0e6d8', '#dde1f4']

export {colorExpression} from '../kit/map-style.js'

/** Where `wrapText` starts a new line: a paragraph break. */
export const lineBreakExpression = /\n+/

/** Where `wrapText` may break a line: spaces and tabs. */
export const blankExpression = /[ \t]+/

/** The default width texts are wrapped at, in characters. */
export const defaultWrap = 40

/**
 * The map of a graph: each node with its style and wrapped text, each relation
 * between two nodes of the graph (a relation to an unknown id, which `check`
 * reports, is left out), and the groups. Linear in the graph.
 * Throws a `TypeError` when a kit names a shape or colour maps do not know,
 * and when `wrap` or `maxLength` is not a whole number of 1 or more.
 */
export function buildMap(graph: ArgumentGraph<BaseNode>, options: ExportOptions | undefined): MapModel {
  const kit = resolveKit(options?.kit)
  const wrap = characterCount('wrap', options?.wrap) ?? defaultWrap
  const maxLength = characterCount('maxLength', options?.maxLength) ?? Number.POSITIVE_INFINITY
  const kinds = new Map<string, ResolvedMapStyle>()
  const byId = new Map<string, MapNode>()
  const groups = new Map<string, MapNode[]>()
  const nodes: MapNode[] = []
  let other = 0

  const styleOf = (kind: string): ResolvedMapStyle => {
    let style = kinds.get(kind)
    if (!style) {
      const fallback = defaultMapStyles[kind] ?? {shape: 'rounded', color: palette[other++ % palette.length]!}
      style = resolveStyle(kind, kit, fallback)
      kinds.set(kind, style)
    }
    return style
  }

  for (const kind of kit.kindNames) if (graph.nodes.some((node) => node.kind === kind)) styleOf(kind)

  for (const [index, base] of graph.nodes.entries()) {
    const node = base as AnyNode
    const mapNode: MapNode = {
      key: 'n' + String(index),
      node,
      style: styleOf(node.kind),
      lines: wrapText(shorten(node.text, maxLength), wrap),
      thesis: node.thesis === true
    }
    nodes.push(mapNode)
    if (!byId.has(node.id)) byId.set(node.id, mapNode)
    if (typeof node.group === 'string' && node.group !== '') {
      let members = groups.get(node.group)
      if (!members) groups.set(node.group, (members = []))
      members.push(mapNode)
    }
  }

  const edges: MapEdge[] = []
  for (const relation of graph.relations) {
    const from = byId.get(relation.from)
    const to = byId.get(relation.to)
    if (from && to) edges.push({from, to, type: relation.type})
  }

  return {nodes, edges, groups, kinds, direction: options?.direction ?? 'BT'}
}

function resolveStyle(kind: string, kit: AnyKit, fallback: ResolvedMapStyle): ResolvedMapStyle {
  const own: KindMapStyle | undefined = kit.kinds[kind]?.map
  const shape = own?.shape ?? fallback.shape
  const color = own?.color ?? fallback.color
  if (!mapShapes.includes(shape)) {
    throw new TypeError(
      'Unexpected map shape `' + String(shape) + '` of kind `' + kind + '`, expected one of ' +
        mapShapes.map((name) => '`' + name + '`').join(', ')
    )
  }
  if (!colorExpression.test(color)) {
    throw new TypeError('Unexpected map colour `' + color + '` of kind `' + kind + '`, expected `#rgb` or `#rrggbb`')
  }
  return {shape, color}
}

// A count of characters an option gives: a whole number, 1 or more.
function characterCount(name: string, value: number | undefined): number | undefined {
  if (value === undefined || (Number.isInteger(value) && value >= 1)) return value
  throw new TypeError('Unexpected `' + name + '` ' + String(value) + ', expected a whole number of characters, 1 or more')
}

/** `text` cut to `maxLength` characters (grapheme clusters), with `…` when cut. */
export function shorten(text: string, maxLength: number): string {
  const characters = graphemes(text)
  if (characters.length <= maxLength) return text
  return characters.slice(0, Math.max(0, maxLength - 1)).join('').trimEnd() + '…'
}

/**
 * Lines of at most `width` characters (grapheme clusters, never split),
 * broken at white space; a longer word is broken inside. Paragraph breaks in
 * the text start a new line. Linear in the text.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split(lineBreakExpression)) {
    let line: string[] = []
    for (const word of paragraph.split(blankExpression)) {
      if (word === '') continue
      const characters = graphemes(word)
      if (line.length > 0 && line.length + 1 + characters.length <= width) {
        line.push(' ', ...characters)
        continue
      }
      if (line.length > 0) lines.push(line.join(''))
      let start = 0
      for (; characters.length - start > width; start += width) lines.push(characters.slice(start, start + width).join(''))
      line = characters.slice(start)
    }
    if (line.length > 0) lines.push(line.join(''))
  }
  return lines
}
