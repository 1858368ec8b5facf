import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {JSDOM} from 'jsdom'
import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {defaultKit, exportGraph, parse} from '../../src/index.js'
import {toDot} from '../../src/export/dot.js'
import {buildMap} from '../../src/export/map-model.js'
import {toSvg} from '../../src/export/svg.js'
import {graphArbitrary, hostilePieces} from './arbitraries.js'
import {runs} from '../fuzz.js'

const kit = defaultKit.extend({
  relationTypes: {tests: {description: 'The source tests the target.'}},
  kinds: {hypothesis: {attributes: {confidence: z.number().optional()}, relations: {tests: ['claim']}}}
})
const seed = readFileSync(new URL('../../seeds/civil-society-migration-policy.md', import.meta.url), 'utf8')

/** The SVG as an XML document; throws when it is not well-formed. */
function readSvg(svg: string): Document {
  return new JSDOM(svg, {contentType: 'image/svg+xml'}).window.document
}

/** Graphviz node name → the lines of text it shows. */
function shownNodes(document: Document): Map<string, string[]> {
  const nodes = new Map<string, string[]>()
  for (const group of document.querySelectorAll('g.node')) {
    const name = group.querySelector('title')!.textContent!
    nodes.set(name, [...group.querySelectorAll('text')].map((text) => text.textContent!))
  }
  return nodes
}

describe('DOT and SVG', () => {
  test('the seed: a well-formed SVG with every node, edge and factor group', async () => {
    const {graph} = parse(seed)
    const svg = await exportGraph(graph, 'svg')
    expect(svg.startsWith('<?xml')).toBe(true)
    const document = readSvg(svg)
    expect(document.documentElement.tagName).toBe('svg')
    expect(document.querySelectorAll('g.node')).toHaveLength(graph.nodes.length)
    expect(document.querySelectorAll('g.edge')).toHaveLength(graph.relations.length)
    expect([...document.querySelectorAll('g.cluster text')].map((text) => text.textContent).sort()).toEqual(['issue-area', 'policy-network'])
    // Nodes carry their argmark id and kind; objections and attacks are red.
    const dearth = document.getElementById('argmark-dearth')!
    expect(dearth.getAttribute('class')).toBe('node argmark-claim')
    const objection = document.querySelector('g.argmark-objection')!
    expect(objection.querySelector('polygon')!.getAttribute('stroke')).toBe('#c0392b')
    const attack = [...document.querySelectorAll('g.edge')].find((edge) => edge.querySelector('text')?.textContent === 'attacks')!
    expect(attack.querySelector('path')!.getAttribute('stroke')).toBe('#c0392b')
    const support = [...document.querySelectorAll('g.edge')].find((edge) => edge.querySelector('text')?.textContent === 'supports')!
    expect(support.querySelector('path')!.getAttribute('stroke')).toBe('#333333')
  })

  test('the DOT text of a small draft', () => {
    const {graph} = parse(':::claim{#c thesis}\nA "claim" \\\\ with & a backslash\n:::\n\n:objection[No]{#o attacks=c}\n\n:::factor{#f explains=c group=g1}\nWhy\n:::')
    expect(toDot(graph, {wrap: 20})).toBe(
      [
        'digraph argmark {',
        '  graph [rankdir=BT, fontname="Helvetica", fontsize=12, nodesep=0.3, ranksep=0.5]',
        '  node [fontname="Helvetica", fontsize=10, margin="0.12,0.06", color="#444444"]',
        '  edge [fontname="Helvetica", fontsize=8, arrowsize=0.7]',
        '  n0 [label="A \\"claim\\" \\\\ with &amp; a\\nbackslash", shape=box, style="filled", fillcolor="#dbe9f6", class="argmark-claim", id="argmark-c", penwidth=3]',
        '  n1 [label="No", shape=hexagon, style="filled", fillcolor="#f6d5d1", class="argmark-objection", id="argmark-o", color="#c0392b", penwidth=1.4]',
        '  n2 [label="Why", shape=parallelogram, style="filled", fillcolor="#fdebc8", class="argmark-factor", id="argmark-f"]',
        '  subgraph cluster_0 {',
        '    label="g1"; style="dashed,rounded"; color="#888888"; fontcolor="#555555"',
        '    n2',
        '  }',
        '  n1 -> n0 [label="attacks", color="#c0392b", fontcolor="#c0392b", penwidth=1.6, arrowhead=tee]',
        '  n2 -> n0 [label="explains", color="#1f4e79", fontcolor="#1f4e79", penwidth=1.6]',
        '}',
        ''
      ].join('\n')
    )
  })

  test('every hostile piece shows in the SVG as written', async () => {
    for (const piece of hostilePieces) {
      const graph = {nodes: [{id: 'a', kind: 'claim', text: 'x' + piece + 'y', position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}}}], relations: [], citations: [], sources: [], meta: {}}
      const shown = shownNodes(readSvg(await toSvg(graph)))
      expect(shown.get('n0'), JSON.stringify(piece)).toEqual(buildMap(graph, undefined).nodes[0]!.lines)
    }
  })

  test('generated graphs with hostile texts: well-formed SVG showing every text, edge and group', async () => {
    let checked = 0
    await fc.assert(
      fc.asyncProperty(graphArbitrary({maxNodes: 5}), async (graph) => {
        const document = readSvg(await toSvg(graph, {kit}))
        const map = buildMap(graph, {kit})
        const shown = shownNodes(document)
        expect(shown.size).toBe(graph.nodes.length)
        // Graphviz writes an empty line as no <text> at all.
        for (const node of map.nodes) expect(shown.get(node.key)).toEqual(node.lines.filter((line) => line.trim() !== ''))
        const edges = [...document.querySelectorAll('g.edge')].map((edge) => [edge.querySelector('title')!.textContent, edge.querySelector('text')!.textContent])
        expect(edges.sort()).toEqual(map.edges.map((edge) => [edge.from.key + '->' + edge.to.key, edge.type]).sort())
        expect(document.querySelectorAll('g.cluster')).toHaveLength(map.groups.size)
        checked++
      }),
      runs(60)
    )
    expect(checked).toBe(runs(60).numRuns)
  })
})
