import {readFileSync} from 'node:fs'
import {collapseWhiteSpace} from 'collapse-white-space'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {defaultKit, exportGraph, parse} from '../../src/index.js'
import {buildMap, wrapText} from '../../src/export/map-model.js'
import {graphemes} from '../../src/util/graphemes.js'
import {toMermaid} from '../../src/export/mermaid.js'
import {graphArbitrary, hostilePieces} from './arbitraries.js'
import {parseFlowchart} from './mermaid-parser.js'
import {runs} from '../fuzz.js'

const kit = defaultKit.extend({
  relationTypes: {tests: {description: 'The source tests the target.'}},
  kinds: {hypothesis: {attributes: {confidence: z.number().optional()}, relations: {tests: ['claim']}}}
})
const seed = readFileSync(new URL('../../seeds/civil-society-migration-policy.md', import.meta.url), 'utf8')

describe('Mermaid', () => {
  test('the seed: Mermaid parses every node, edge and factor group', async () => {
    const {graph} = parse(seed)
    const text = exportGraph(graph, 'mermaid')
    const chart = await parseFlowchart(text)
    expect(chart.vertices.size).toBe(graph.nodes.length)
    expect(chart.edges).toHaveLength(graph.relations.length)
    expect(chart.subgraphs.map((subgraph) => subgraph.title).sort()).toEqual(['issue-area', 'policy-network'])
    const index = new Map(graph.nodes.map((node, position) => [node.id, 'n' + String(position)]))
    const dearth = index.get('dearth')!
    const explaining = chart.edges.filter((edge) => edge.end === dearth && edge.text === 'explains').map((edge) => edge.start)
    expect(explaining).toHaveLength(7)
    for (const subgraph of chart.subgraphs) for (const node of subgraph.nodes) expect(explaining).toContain(node)
    // Shapes and classes per kind; the thesis stands out.
    const thesis = chart.vertices.get(index.get('thesis')!)!
    expect(thesis.classes).toEqual(['kind-claim', 'thesis'])
    expect(thesis.type).toBe('square')
    expect(chart.vertices.get(index.get('doubling')!)!.type).toBe('cylinder')
    expect(chart.edges.find((edge) => edge.text === 'attacks')!.type).toBe('arrow_cross')
  })

  test('a group title collapses spaces, tabs and line endings but keeps a non-breaking space', async () => {
    const {graph} = parse(':claim[Dearth]{#d}\n\n:factor[One]{#f explains=d group=" policy\u00a0network\t\n areas "}')
    const factor = graph.nodes[1]!
    expect(factor.kind === 'factor' && factor.group).toBe(' policy\u00a0network\t\n areas ')
    const chart = await parseFlowchart(toMermaid(graph))
    expect(chart.subgraphs).toEqual([{title: 'policy\u00a0network areas', nodes: ['n1']}])
  })

  test('labels show the text exactly, wrapped at the width asked for', async () => {
    // Markdown drops the inline HTML from the node's text: `b not bold`.
    const {graph} = parse(':claim[A "quoted" #tag; a --> b <b>not bold</b> 😀 & #35; done]{#a}\n\n:objection[x]{#b attacks=a}')
    expect(graph.nodes[0]!.text).toBe('A "quoted" #tag; a --> b not bold 😀 & #35; done')
    const chart = await parseFlowchart(exportGraph(graph, 'mermaid', {wrap: 12}))
    const lines = chart.vertices.get('n0')!.lines
    expect(lines).toEqual(['A "quoted"', '#tag; a -->', 'b not bold 😀', '& #35; done'])
    expect(chart.edges).toEqual([{start: 'n1', end: 'n0', text: 'attacks', type: 'arrow_cross'}])
  })

  test('maxLength shortens long texts', async () => {
    const {graph} = parse(':claim[' + 'word '.repeat(100) + ']{#a}')
    const chart = await parseFlowchart(exportGraph(graph, 'mermaid', {maxLength: 20}))
    expect(chart.vertices.get('n0')!.lines.join(' ')).toBe('word word word word…')
  })

  test('a kit names the shape and colour of its kinds; others get defaults', async () => {
    const styled = defaultKit.extend({kinds: {question: {map: {shape: 'diamond', color: '#ffcc00'}}, note: {}}})
    const {graph} = parse(':question[Why?]{#q}\n\n:note[A note]{#n}', {kit: styled})
    const text = exportGraph(graph, 'mermaid', {kit: styled})
    expect(text).toContain('classDef kind-question fill:#ffcc00')
    const chart = await parseFlowchart(text)
    expect(chart.vertices.get('n0')!.type).toBe('diamond')
    expect(chart.vertices.get('n1')!.type).toBe('round')
    // Checked where the kit is made, not later in the export.
    expect(() => defaultKit.extend({kinds: {question: {map: {color: 'red;x'}}}})).toThrow(
      'Unexpected map colour `"red;x"` of kind `question`, expected `#rgb` or `#rrggbb`'
    )
  })

  test('every hostile piece alone is a label Mermaid shows as written', async () => {
    let accepted = 0
    for (const piece of hostilePieces) {
      const graph = {nodes: [{id: 'a', kind: 'claim', text: piece, position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}}}], relations: [], citations: [], sources: [], meta: {}}
      const chart = await parseFlowchart(toMermaid(graph))
      const lines = wrapText(piece, 40)
      expect(chart.vertices.get('n0')!.lines).toEqual(lines.length > 0 ? lines : [''])
      accepted++
    }
    expect(accepted).toBe(hostilePieces.length)
  })

  test('generated graphs with hostile texts: Mermaid accepts every output and shows every text, edge and group', async () => {
    let checked = 0
    await fc.assert(
      fc.asyncProperty(graphArbitrary(), async (graph) => {
        const text = toMermaid(graph, {kit})
        // No raw HTML reaches the renderer: every `<` and `>` is an entity, but the line breaks.
        for (const [, label] of text.matchAll(/"([^"]*)"/g)) expect(label!.replaceAll('<br/>', '')).toMatch(/^[\p{L}\p{N} #;]*$/u)
        const chart = await parseFlowchart(text)
        const map = buildMap(graph, {kit})
        expect(chart.vertices.size).toBe(graph.nodes.length)
        for (const node of map.nodes) expect(chart.vertices.get(node.key)!.lines).toEqual(node.lines.length > 0 ? node.lines : [''])
        expect(chart.edges.map((edge) => [edge.start, edge.end, edge.text])).toEqual(
          map.edges.map((edge) => [edge.from.key, edge.to.key, edge.type])
        )
        expect(chart.subgraphs.map((subgraph) => [subgraph.title, [...subgraph.nodes].sort()]).sort()).toEqual(
          [...map.groups].map(([name, members]) => [collapseWhiteSpace(name, {style: 'html', trim: true}), members.map((member) => member.key).sort()]).sort()
        )
        checked++
      }),
      // Mermaid in jsdom holds memory across parses: shrinking a failure over
      // thousands of runs would run out of it, so the first failure is reported as found.
      {...runs(150), endOnFailure: true}
    )
    expect(checked).toBe(runs(150).numRuns)
  })

  test('wrapped lines keep every character of the text, and never split one', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), fc.integer({min: 1, max: 60}), (text, width) => {
        const lines = wrapText(text, width)
        for (const line of lines) expect(graphemes(line).length).toBeLessThanOrEqual(width)
        expect(lines.join('').replace(/[ \t\n]/g, '')).toBe(text.replace(/[ \t\n]/g, ''))
        expect(lines.flatMap((line) => graphemes(line)).filter((character) => !/^[ \t\n]+$/.test(character))).toEqual(
          graphemes(text).filter((character) => !/^[ \t\n\r]+$/.test(character))
        )
      }),
      runs(500)
    )
  })

  test('an emoji sequence or an accented letter is one character, whole on its line (found tried as a new user would)', () => {
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'
    const lines = wrapText(family.repeat(12) + ' ' + 'e\u0301'.repeat(45), 5)
    expect(lines.slice(0, 3)).toEqual([family.repeat(5), family.repeat(5), family.repeat(2)])
    expect(lines.slice(3)).toEqual(['e\u0301'.repeat(5)].concat(Array<string>(8).fill('e\u0301'.repeat(5))))
    expect(lines.some((line) => line.startsWith('\u200D') || line.startsWith('\u0301'))).toBe(false)
    expect(buildMap({nodes: [{id: 'a', kind: 'claim', text: family.repeat(3), position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}}}], relations: [], citations: [], sources: [], meta: {}}, {maxLength: 3}).nodes[0]!.lines).toEqual([family.repeat(3)])
  })

  test('`wrap` and `maxLength` are whole numbers of 1 or more, else a TypeError', () => {
    const graph = {nodes: [], relations: [], citations: [], sources: [], meta: {}}
    for (const [options, reason] of [
      [{wrap: 0}, 'Unexpected `wrap` 0, expected a whole number of characters, 1 or more'],
      [{wrap: 2.5}, 'Unexpected `wrap` 2.5, expected a whole number of characters, 1 or more'],
      [{maxLength: 0}, 'Unexpected `maxLength` 0, expected a whole number of characters, 1 or more'],
      [{maxLength: Number.NaN}, 'Unexpected `maxLength` NaN, expected a whole number of characters, 1 or more']
    ] as const) {
      expect(() => buildMap(graph, options)).toThrow(new TypeError(reason))
    }
    expect(buildMap(graph, {wrap: 1, maxLength: 1}).nodes).toEqual([])
  })

  test('a word far longer than the width is broken into lines of the width', () => {
    const lines = wrapText('xy'.repeat(10_000), 3)
    expect(lines).toHaveLength(6_667)
    expect(lines[0]).toBe('xyx')
    expect(lines.at(-1)).toBe('xy')
  })
})
