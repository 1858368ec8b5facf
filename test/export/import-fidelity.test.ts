import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {readFileSync} from 'node:fs'
import type {AifImportOptions} from '../../src/index.js'
import {defaultKit, exportGraph, importAif, importArgdown, parse} from '../../src/index.js'

// Every message as `line:column reason`, to see where each one points.
const placed = (file: {messages: Array<{line?: number | null; column?: number | null; reason: string; ruleId?: string | null; fatal?: boolean | null}>}) =>
  file.messages.map((message) => {
    expect(message.ruleId).toBe('invalid-import')
    return String(message.line ?? '?') + ':' + String(message.column ?? '?') + (message.fatal ? ' error ' : ' ') + message.reason
  })

// Where `needle` starts in `text` (its first occurrence), as `line:column` (1-based), counted here from the text itself.
const where = (text: string, needle: string, shift = 0) => {
  const before = text.slice(0, text.indexOf(needle) + shift).split('\n')
  return String(before.length) + ':' + String(before.at(-1)!.length + 1)
}

const riskKit = defaultKit.extend({
  relationTypes: {mitigates: {description: 'The action reduces the risk.'}},
  kinds: {
    risk: {attributes: {owners: z.array(z.string()).optional(), n: z.number().optional()}, relations: {attacks: ['claim']}},
    recommendation: {...defaultKit.kinds.recommendation, relations: {...defaultKit.kinds.recommendation.relations, mitigates: ['risk']}}
  }
})

describe('Argdown import: front matter', () => {
  test('front matter that is not YAML is a warning at its line and column, and the statements are still imported', async () => {
    const {markdown, file} = await importArgdown('===\ntitle: [\n===\n\n[a]: First\n  +> [b]: Second\n')
    expect(placed(file)).toEqual([
      expect.stringMatching(/^3:1 Unexpected front matter that is not YAML \(.+\), expected a YAML mapping between `===` lines; the map is imported without it$/)
    ])
    expect(markdown).toBe(':::claim{#a supports=b}\nFirst\n:::\n\n:::claim{#b}\nSecond\n:::\n')
  })

  test('front matter that reads is the draft\'s front matter, every key kept', async () => {
    const {markdown, file} = await importArgdown('===\ntitle: Why so little\nauthor: [Ann, Bo]\nstatus: draft\n===\n\n[a]: First\n')
    expect(file.messages).toEqual([])
    expect(parse(markdown).graph.meta).toEqual({title: 'Why so little', author: ['Ann', 'Bo'], status: 'draft'})
  })
})

describe('Argdown import: statement data', () => {
  test('a list attribute is written as a list the directive parser reads back', async () => {
    const {markdown, file} = await importArgdown('[r]: r {"argmark":{"kind":"risk","owners":["ops","facilities"],"n":3}}\n', {kit: riskKit})
    expect(file.messages).toEqual([])
    expect(markdown).toBe(':::risk{#r owners="ops facilities" n=3}\nr\n:::\n')
    expect(parse(markdown, {kit: riskKit}).graph.nodes[0]).toMatchObject({owners: ['ops', 'facilities'], n: 3})
  })

  test('a list item with a space or comma, an unknown kind, attribute or target, data that is not YAML: each a warning at its statement', async () => {
    const text = [
      '[r]: r {"argmark":{"kind":"risk","owners":["site ops","it"]}}',
      '',
      '[q]: q {"argmark":{"kind":"hazard","colour":"red"}}',
      '',
      '[s]: s {"argmark":{"kind":"claim","supports":["zz"],"qualifies":["q", 7]}}',
      '',
      '[t]: t {"argmark": {"kind": }',
      '',
      '[u]: u {"argmark": 5}',
      ''
    ].join('\n')
    const {markdown, file} = await importArgdown(text, {kit: riskKit})
    expect(placed(file)).toEqual([
      expect.stringMatching(/^7:\d+ Unexpected data that is not YAML \(.+\), expected `\{key: value, …\}`; the statement is imported without it$/),
      '1:1 Unexpected item `"site ops"` in the list `owners` of statement `[r]`, expected items without spaces or commas (a directive attribute splits a list there); left out',
      '3:1 Unexpected kind `"hazard"` of statement `[q]`, expected a kind of the kit (`claim`, `factor`, `evidence`, `objection`, `recommendation` or `risk`); imported as `claim`',
      '3:1 Unexpected attribute `colour` of statement `[q]`, which kind `claim` does not declare; left out',
      '5:1 Unexpected `supports` target `"zz"` of statement `[s]`, expected the id of a statement or argument of the map; left out',
      '5:1 Unexpected `qualifies` target `7` of statement `[s]`, expected the id of a statement or argument of the map; left out',
      '9:1 Unexpected `argmark` data `5` of statement `[u]`, expected a mapping (`{kind, …}`); left out'
    ])
    expect(parse(markdown, {kit: riskKit}).graph.nodes.map((node) => node.id + ' ' + node.kind)).toEqual(['r risk', 'q claim', 's claim', 't claim', 'u claim'])
    expect(parse(markdown, {kit: riskKit}).graph.relations.map((relation) => relation.from + ' ' + relation.type + ' ' + relation.to)).toEqual(['s qualifies q'])
  })

  test('a data target of `+>` or `->` without that relation in the map is a warning', async () => {
    const {file} = await importArgdown('[a]: a {"argmark": {"explains": ["b"]}}\n\n[b]: b\n')
    expect(placed(file)).toEqual(['1:1 Unexpected `explains` target `b` in the data of statement `[a]` without a `+>` relation to it, expected the relation in the map; left out'])
  })

  test('citations in the data come back at the end of the node\'s text', async () => {
    const {markdown, file} = await importArgdown('[a]: Little was done. {"argmark": {"citations": ["[@doe99, p. 12]", "@lee2010 [ch. 3]", "not one"]}}\n')
    expect(placed(file)).toEqual(['1:1 Unexpected citation `"not one"` of statement `[a]`, expected pandoc citation syntax (`[@key, p. 1]`); left out'])
    expect(markdown).toBe(':::claim{#a}\nLittle was done. [@doe99, p. 12] @lee2010 [ch. 3]\n:::\n')
    expect(parse(markdown).graph.citations.map((citation) => [citation.node, citation.items[0]!.key])).toEqual([['a', 'doe99'], ['a', 'lee2010']])
  })
})

describe('Argdown import: empty input and empty statements', () => {
  test('an empty document is one error at 1:1, and @argdown/core prints nothing', async () => {
    const output: unknown[] = []
    const spies = (['log', 'error', 'warn', 'info'] as const).map((name) => {
      const original = console[name]
      console[name] = (...values: unknown[]) => void output.push(values)
      return () => (console[name] = original)
    })
    try {
      for (const text of ['', '\n  \n']) {
        const {markdown, file} = await importArgdown(text)
        expect(markdown).toBe('')
        expect(placed(file)).toEqual(['1:1 error Unexpected empty Argdown document, expected statements or arguments'])
      }
      await importArgdown('[a]: x\n  +> [b')
    } finally {
      for (const restore of spies) restore()
    }
    expect(output).toEqual([])
  })

  test('a statement without text is a warning at its place', async () => {
    const {markdown, file} = await importArgdown('[a]: x\n  +> \n')
    expect(placed(file)).toEqual(['2:5 Unexpected statement `[Untitled 1]` without text, expected text after its title (`[title]: text`); imported as an empty claim `untitled-1`'])
    expect(markdown).toContain(':::claim{#untitled-1}')
  })
})

const seed = readFileSync(new URL('../../seeds/civil-society-migration-policy.md', import.meta.url), 'utf8')

// A citation as argmark compares them: which node, which keys and locators.
const cited = (graph: ReturnType<typeof parse>['graph']) =>
  graph.citations.filter((citation) => citation.node).map((citation) => [citation.node, citation.mode, citation.items.map(({position: _position, ...item}) => item)])

describe('AIF and Argdown export: citations, front matter, kinds and kit relations come back', () => {
  test.each(['aif', 'argdown'] as const)('the seed through %s: every citation in a node and the front matter', async (format) => {
    const {graph} = parse(seed)
    const text = exportGraph(graph, format)
    const {markdown, file} = format === 'aif' ? importAif(text) : await importArgdown(text)
    expect(file.messages).toEqual([])
    const back = parse(markdown).graph
    expect(cited(back).length).toBe(79)
    expect(cited(back).sort()).toEqual(cited(graph).sort())
    expect(back.meta).toEqual(graph.meta)
  })

  test('AIF carries ids, kinds, attributes and a kit relation type; without the kit, that type is a warning', () => {
    const draft = ':risk[Power cuts]{#outage owners="ops facilities" n=2}\n\n:recommendation[Buy a generator]{#generator mitigates=outage}\n'
    const {graph} = parse(draft, {kit: riskKit})
    const aif = exportGraph(graph, 'aif', {kit: riskKit})
    const options: AifImportOptions = {kit: riskKit}
    const withKit = importAif(aif, options)
    expect(withKit.file.messages).toEqual([])
    expect(withKit.markdown).toBe(':::risk{#outage owners="ops facilities" n=2}\nPower cuts\n:::\n\n:::recommendation{#generator mitigates=outage}\nBuy a generator\n:::\n')
    const without = importAif(aif)
    // Each warning is at the value it is about: the relation type, or the I-node's extension.
    // The first extension in the export is I-node `1`'s (`Power cuts`, id `outage`).
    const extension = where(aif, '"argmark": {', '"argmark": '.length)
    expect(aif.indexOf('"Power cuts"')).toBeLessThan(aif.indexOf('"argmark": {'))
    expect(aif.indexOf('"argmark": {')).toBeLessThan(aif.indexOf('"outage"'))
    expect(placed(without.file)).toEqual([
      where(aif, '"mitigates"') + ' Unexpected relation type "mitigates" of RA-node `3`, expected one of the kit (`supports`, `attacks`, `explains` or `qualifies`: import with the kit that has it); imported as `supports`',
      extension + ' Unexpected kind `"risk"` of I-node `1`, expected a kind of the kit (`claim`, `factor`, `evidence`, `objection` or `recommendation`); imported as `claim`',
      extension + ' Unexpected attribute `owners` of I-node `1`, which kind `claim` does not declare; left out',
      extension + ' Unexpected attribute `n` of I-node `1`, which kind `claim` does not declare; left out'
    ])
  })
})

describe('AIF import: places and empty nodes', () => {
  test('JSON that does not parse is an error at the line and column where it breaks', () => {
    const {file} = importAif('{"nodes": [\n  {"nodeID": "1", "text": "x", "type": "I"},\n  {"nodeID": 2 "text": "y"}\n]}\n')
    expect(placed(file)).toEqual([expect.stringMatching(/^3:16 error Unexpected text that is not JSON \(Expected ',' or '\}' after property value\), expected an AIF document$/)])
    expect(placed(importAif('').file)).toEqual(['1:1 error Unexpected text that is not JSON (Unexpected end of JSON input), expected an AIF document'])
  })

  test('an I-node without text is a warning', () => {
    const {file} = importAif('{"nodes": [{"nodeID": "1", "type": "I"}], "edges": []}')
    expect(placed(file)).toEqual(['1:12 Unexpected I-node `1` without text, expected its proposition in `text`; imported as an empty claim `claim`'])
  })

  // The places below were counted from the text by hand (indexOf), not read from the importer.
  test('each warning is at the line and column of the node, edge or extension value it names (1-based, with its end)', () => {
    const text = [
      '{"AIF": {',
      '  "nodes": [',
      '    {"nodeID": "1", "text": "A", "type": "I", "argmark": {"id": "has space"}},',
      '    {"nodeID": "2", "text": "B", "type": "I"},',
      '    {"text": "no id"},',
      '    {"nodeID": "4", "text": "said", "type": "L"},',
      '    {"nodeID": "4", "text": "again", "type": "I"}',
      '  ],',
      '  "edges": [{"fromID": "1", "toID": "2"}, {"fromID": "1", "toID": "9"}],',
      '  "argmark": 5',
      '}}'
    ].join('\n')
    const {file} = importAif(text)
    expect(file.messages.map((message) => [message.place, message.reason.slice(0, 40)])).toEqual([
      [{start: {line: 5, column: 5, offset: 153}, end: {line: 5, column: 22, offset: 170}}, 'Unexpected node 3 without a `nodeID` and'],
      [{start: {line: 7, column: 5, offset: 226}, end: {line: 7, column: 50, offset: 271}}, 'Unexpected second node `4`, expected uni'],
      [{start: {line: 9, column: 13, offset: 289}, end: {line: 9, column: 41, offset: 317}}, 'Unexpected edge from I-node `1` to I-nod'],
      [{start: {line: 9, column: 43, offset: 319}, end: {line: 9, column: 71, offset: 347}}, 'Unexpected edge {"fromID":"1","toID":"9"'],
      [{start: {line: 6, column: 5, offset: 176}, end: {line: 6, column: 49, offset: 220}}, 'Unexpected 1 L node, expected I, RA, CA '],
      [{start: {line: 3, column: 65, offset: 87}, end: {line: 3, column: 76, offset: 98}}, 'Unexpected id "has space" in the `argmar'],
      [{start: {line: 10, column: 14, offset: 363}, end: {line: 10, column: 15, offset: 364}}, 'Unexpected `argmark` extension 5 of the ']
    ])
  })
})
