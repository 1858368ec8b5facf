import {collapseWhiteSpace} from 'collapse-white-space'
import type {ArgumentGraph} from '../kit/graph.js'
import type {BaseNode, MapShape} from '../kit/kind.js'
import type {MapEdge} from './map-model.js'
import {buildMap} from './map-model.js'
import type {ExportOptions} from './options.js'

// Opening and closing of each shape in Mermaid's flowchart syntax.
const shapes: Readonly<Record<MapShape, readonly [string, string]>> = {
  box: ['[', ']'],
  rounded: ['(', ')'],
  stadium: ['([', '])'],
  hexagon: ['{{', '}}'],
  parallelogram: ['[/', '/]'],
  cylinder: ['[(', ')]'],
  diamond: ['{', '}'],
  subroutine: ['[[', ']]']
}

// The arrow of each relation type; other types get `-->`.
const arrows: Readonly<Record<string, string>> = {
  supports: '-->',
  explains: '==>',
  attacks: '--x',
  qualifies: '-.->'
}

// Colours of the edges of some relation types (`linkStyle`).
const edgeColors: Readonly<Record<string, string>> = {
  attacks: '#c0392b',
  explains: '#1f4e79',
  qualifies: '#777777'
}

/** Characters written as themselves in a Mermaid string; every other is an entity code. */
export const mermaidPlainCharacter = /[\p{L}\p{N} ]/u

/**
 * A Mermaid flowchart of the graph: one shape and class per kind, edges
 * labelled with their relation type, groups as subgraphs, texts wrapped with
 * `<br/>`. A group's subgraph title is its name with HTML's white space
 * (spaces, tabs, line endings) collapsed and trimmed, as Mermaid trims titles
 * and as node texts are; a non-breaking space is kept. Every character but
 * letters, digits and spaces is written as Mermaid's entity code (`#35;`), so
 * any text parses and shows as written.
 * Node ids are `n0`, `n1`, … in graph order.
 */
export function toMermaid(graph: ArgumentGraph<BaseNode>, options?: ExportOptions): string {
  const map = buildMap(graph, options)
  const lines = ['flowchart ' + map.direction]

  for (const node of map.nodes) {
    const [open, close] = shapes[node.style.shape]
    lines.push('  ' + node.key + open + '"' + label(node.lines.map(mermaidString).join('<br/>')) + '"' + close)
  }

  let group = 0
  for (const [name, members] of map.groups) {
    lines.push('  subgraph g' + String(group++) + '["' + label(mermaidString(collapseWhiteSpace(name, {style: 'html', trim: true}))) + '"]')
    for (const member of members) lines.push('    ' + member.key)
    lines.push('  end')
  }

  const colored = new Map<string, number[]>()
  for (const [index, edge] of map.edges.entries()) {
    lines.push('  ' + edge.from.key + ' ' + arrow(edge) + '|"' + mermaidString(edge.type) + '"| ' + edge.to.key)
    const color = edgeColors[edge.type]
    if (color) {
      let indices = colored.get(color)
      if (!indices) colored.set(color, (indices = []))
      indices.push(index)
    }
  }

  const byKind = new Map<string, string[]>()
  for (const node of map.nodes) {
    let members = byKind.get(node.node.kind)
    if (!members) byKind.set(node.node.kind, (members = []))
    members.push(node.key)
  }
  for (const [kind, style] of map.kinds) {
    const members = byKind.get(kind) ?? []
    lines.push('  classDef kind-' + kind + ' fill:' + style.color + ',stroke:#444444,color:#111111')
    lines.push('  class ' + members.join(',') + ' kind-' + kind)
  }
  const theses = map.nodes.filter((node) => node.thesis).map((node) => node.key)
  if (theses.length > 0) {
    lines.push('  classDef thesis stroke-width:3px')
    lines.push('  class ' + theses.join(',') + ' thesis')
  }
  for (const [color, indices] of colored) {
    lines.push('  linkStyle ' + indices.join(',') + ' stroke:' + color + ',color:' + color)
  }

  return lines.join('\n') + '\n'
}

// Mermaid rejects an empty string and trims titles: an empty label is one space.
function label(text: string): string {
  return text === '' ? ' ' : text
}

function arrow(edge: MapEdge): string {
  return Object.hasOwn(arrows, edge.type) ? arrows[edge.type]! : '-->'
}

/** Text for inside a Mermaid `"…"` string: letters, digits and spaces as they are, the rest as `#code;`. */
export function mermaidString(text: string): string {
  let result = ''
  for (const character of text) {
    result += mermaidPlainCharacter.test(character) ? character : '#' + String(character.codePointAt(0)) + ';'
  }
  return result
}
