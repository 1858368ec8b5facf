import type {ArgumentGraph} from '../kit/graph.js'
import type {BaseNode, MapShape} from '../kit/kind.js'
import type {MapNode} from './map-model.js'
import {buildMap} from './map-model.js'
import type {ExportOptions} from './options.js'

// Graphviz attributes of each shape.
const shapes: Readonly<Record<MapShape, string>> = {
  box: 'shape=box, style="filled"',
  rounded: 'shape=box, style="rounded,filled"',
  stadium: 'shape=box, style="rounded,filled", peripheries=1',
  hexagon: 'shape=hexagon, style="filled"',
  parallelogram: 'shape=parallelogram, style="filled"',
  cylinder: 'shape=cylinder, style="filled"',
  diamond: 'shape=diamond, style="filled"',
  subroutine: 'shape=box, style="filled", peripheries=2'
}

// Graphviz attributes of the edges of each relation type; others are drawn as `supports`.
const edges: Readonly<Record<string, string>> = {
  supports: 'color="#333333"',
  explains: 'color="#1f4e79", fontcolor="#1f4e79", penwidth=1.6',
  attacks: 'color="#c0392b", fontcolor="#c0392b", penwidth=1.6, arrowhead=tee',
  qualifies: 'color="#777777", fontcolor="#555555", style=dashed, arrowhead=empty'
}

/** Characters a DOT string escapes: quotes and backslashes, `&` (Graphviz reads entities in labels) and line breaks. */
export const dotSpecialCharacter = /["\\&\r\n]/g

/**
 * A Graphviz DOT digraph of the graph: a shape and fill per kind (objections
 * outlined in red, the thesis bold), edges labelled and styled by relation
 * type (attacks red with a bar, explains blue, qualifies dashed), groups as
 * clusters. Node names are `n0`, `n1`, … in graph order; each node's SVG id is
 * `argmark-<id>` and its class `argmark-<kind>`.
 */
export function toDot(graph: ArgumentGraph<BaseNode>, options?: ExportOptions): string {
  const map = buildMap(graph, options)
  const lines = [
    'digraph argmark {',
    '  graph [rankdir=' + map.direction + ', fontname="Helvetica", fontsize=12, nodesep=0.3, ranksep=0.5]',
    '  node [fontname="Helvetica", fontsize=10, margin="0.12,0.06", color="#444444"]',
    '  edge [fontname="Helvetica", fontsize=8, arrowsize=0.7]'
  ]

  const seen = new Set<string>()
  for (const node of map.nodes) {
    const first = !seen.has(node.node.id)
    seen.add(node.node.id)
    lines.push('  ' + node.key + ' [' + nodeAttributes(node, first) + ']')
  }

  let group = 0
  for (const [name, members] of map.groups) {
    lines.push('  subgraph cluster_' + String(group++) + ' {')
    lines.push('    label=' + dotString(name) + '; style="dashed,rounded"; color="#888888"; fontcolor="#555555"')
    lines.push('    ' + members.map((member) => member.key).join('; '))
    lines.push('  }')
  }

  for (const edge of map.edges) {
    const style = Object.hasOwn(edges, edge.type) ? edges[edge.type]! : edges.supports!
    lines.push('  ' + edge.from.key + ' -> ' + edge.to.key + ' [label=' + dotString(edge.type) + ', ' + style + ']')
  }

  lines.push('}')
  return lines.join('\n') + '\n'
}

function nodeAttributes(node: MapNode, first: boolean): string {
  const kind = node.node.kind
  let attributes = 'label=' + dotString(node.lines.join('\n')) + ', ' + shapes[node.style.shape] +
    ', fillcolor="' + node.style.color + '", class=' + dotString('argmark-' + kind)
  if (first) attributes += ', id=' + dotString('argmark-' + node.node.id)
  if (kind === 'objection') attributes += ', color="#c0392b", penwidth=1.4'
  if (node.thesis) attributes += ', penwidth=3'
  return attributes
}

/** A DOT quoted string: `"`, `\` and `&` escaped, line breaks as `\n` (centred lines). */
export function dotString(text: string): string {
  return '"' + text.replace(dotSpecialCharacter, (character) => {
    if (character === '\n') return '\\n'
    if (character === '\r') return ''
    if (character === '&') return '&amp;'
    return '\\' + character
  }) + '"'
}
