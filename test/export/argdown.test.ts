import {readFileSync} from 'node:fs'
import {ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin} from '@argdown/core'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import type {AnyNode, ArgumentGraph} from '../../src/index.js'
import {check, defaultKit, exportGraph, importArgdown, parse} from '../../src/index.js'
import {argdownText, toArgdown} from '../../src/export/argdown.js'
import {graphArbitrary, hostileText} from './arbitraries.js'
import {runs} from '../fuzz.js'

const kit = defaultKit.extend({
  relationTypes: {tests: {description: 'The source tests the target.'}},
  kinds: {hypothesis: {attributes: {confidence: z.number().optional()}, relations: {tests: ['claim']}}}
})
const seed = readFileSync(new URL('../../seeds/civil-society-migration-policy.md', import.meta.url), 'utf8')

const app = new ArgdownApplication()
app.addPlugin(new ParserPlugin(), 'parse-input')
app.addPlugin(new DataPlugin(), 'build-model')
app.addPlugin(new ModelPlugin(), 'build-model')

interface Model {
  errors: number
  statements: Record<string, string>
  arguments: Record<string, string>
  relations: string[]
}

/** Argdown's model of a text: titles → texts (white space collapsed), relations as `from type to`, sorted. */
function model(text: string): Model {
  const response = app.run({input: text, process: ['parse-input', 'build-model']}) as unknown as {
    parserErrors?: unknown[]
    lexerErrors?: unknown[]
    statements: Record<string, {members: Array<{text?: string; isReference?: boolean}>}>
    arguments: Record<string, {members: Array<{text?: string}>}>
    relations: Array<{from: {title: string; type: string}; to: {title: string; type: string}; relationType: string}>
  }
  const textOf = (members: Array<{text?: string; isReference?: boolean}>) =>
    (members.filter((member) => member.text !== undefined && !member.isReference).at(-1)?.text ?? '').replace(/\s+/g, ' ').trim()
  const name = (node: {title: string; type: string}) => (node.type === 'argument' ? '<' + node.title + '>' : '[' + node.title + ']')
  return {
    errors: (response.parserErrors?.length ?? 0) + (response.lexerErrors?.length ?? 0),
    statements: Object.fromEntries(Object.entries(response.statements).map(([title, statement]) => [title, textOf(statement.members)])),
    arguments: Object.fromEntries(Object.entries(response.arguments).map(([title, argument]) => [title, textOf(argument.members)])),
    relations: response.relations.map((relation) => name(relation.from) + ' ' + relation.relationType + ' ' + name(relation.to)).sort()
  }
}

/** What Argdown's model of a graph should be. */
function expectedModel(graph: ArgumentGraph<AnyNode>): Model {
  const argument = (node: AnyNode) => typeof node.class === 'string' && node.class.split(' ').includes('argument')
  const kinds = new Map(graph.nodes.map((node) => [node.id, argument(node)]))
  const name = (id: string) => (kinds.get(id) ? '<' + id + '>' : '[' + id + ']')
  const symbols: Record<string, string> = {supports: 'support', explains: 'support', attacks: 'attack'}
  return {
    errors: 0,
    statements: Object.fromEntries(graph.nodes.filter((node) => !argument(node)).map((node) => [node.id, node.text.replace(/\s+/g, ' ').trim()])),
    arguments: Object.fromEntries(graph.nodes.filter(argument).map((node) => [node.id, node.text.replace(/\s+/g, ' ').trim()])),
    // Argdown keeps one relation of a type per pair (supports and explains are both support).
    relations: [...new Set(graph.relations.filter((relation) => symbols[relation.type]).map((relation) => name(relation.from) + ' ' + symbols[relation.type] + ' ' + name(relation.to)))].sort()
  }
}

/** A graph as argmark compares graphs: nodes without positions, texts with white space collapsed, relations sorted. */
function comparable(graph: ArgumentGraph<AnyNode>) {
  return {
    // In id order: a node written without text is placed where Argdown first mentions it.
    nodes: [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)).map(({position: _position, supports: _s, attacks: _a, explains: _e, qualifies: _q, tests: _t, ...node}) => ({...node, text: node.text.replace(/\s+/g, ' ').trim()})),
    relations: graph.relations.map((relation) => relation.from + ' ' + relation.type + ' ' + relation.to).sort()
  }
}

describe('Argdown export', () => {
  test('the seed: Argdown models every statement and relation argmark has', () => {
    const {graph} = parse(seed)
    const text = exportGraph(graph, 'argdown')
    const read = model(text)
    expect(read).toEqual(expectedModel(graph as ArgumentGraph<AnyNode>))
    expect(Object.keys(read.statements)).toHaveLength(138)
    expect(read.relations).toHaveLength(130 + 7 + 2)
  })

  test('a non-breaking space is text: Argdown reads it, and importing gives it back', async () => {
    // Typed at the start and written `\\ ` (pandoc's escaped space) inside; the line ending is white space.
    const {graph} = parse(':::claim{#a}\n\u00a0Dr.\\ Smith  saw\nit.\n:::\n')
    expect(graph.nodes[0]!.text).toBe('\u00a0Dr.\u00a0Smith saw it.')
    const text = exportGraph(graph, 'argdown')
    const response = app.run({input: text, process: ['parse-input', 'build-model']}) as unknown as {statements: Record<string, {members: Array<{text?: string}>}>}
    // Argdown's text keeps the one space written before the data block.
    expect(response.statements.a!.members.at(-1)!.text).toBe('\u00a0Dr.\u00a0Smith saw it. ')
    const {markdown} = await importArgdown(text)
    expect(parse(markdown).graph.nodes.map((node) => node.text)).toEqual(['\u00a0Dr.\u00a0Smith saw it.'])
  })

  test('generated graphs with hostile texts: Argdown reads the same statements and relations, and importing gives back the graph', async () => {
    let checked = 0
    await fc.assert(
      fc.asyncProperty(graphArbitrary({maxNodes: 6}), fc.boolean(), async (generated, withArguments) => {
        // Some nodes are arguments (class `argument`), and claims carry a typed attribute.
        const graph = {
          ...generated,
          // Only relations the kit allows from the source's kind: others are not part of a graph argmark reads.
          relations: generated.relations.filter((relation) => kit.kind(generated.nodes[Number(relation.from.slice(1))]!.kind)!.relations.has(relation.type)),
          nodes: generated.nodes.map((node, index) => {
            // Only the kinds that declare a `group` keep one (a claim's would be invalid).
            const {group, ...rest} = node
            const kept = group !== undefined && kit.kind(node.kind)!.attributes.has('group') ? {...rest, group} : rest
            return withArguments && index % 3 === 1 ? {...kept, class: 'argument'} : kept
          })
        }
        const text = toArgdown(graph, {kit})
        expect(model(text)).toEqual(expectedModel(graph))
        const {markdown, file} = await importArgdown(text, {kit})
        expect(file.messages).toEqual([])
        expect(comparable(parse(markdown, {kit}).graph as ArgumentGraph<AnyNode>)).toEqual(comparable(graph))
        checked++
      }),
      runs(50)
    )
    expect(checked).toBe(runs(50).numRuns)
  })
})

// An Argdown map as a person writes one: titles, statements, arguments, support and attack.
const map = fc
  .record({
    statements: fc.array(hostileText.filter((text) => argdownText(text) !== ''), {minLength: 1, maxLength: 5}),
    arguments: fc.array(hostileText.filter((text) => argdownText(text) !== ''), {maxLength: 3}),
    relations: fc.array(fc.record({from: fc.nat(7), to: fc.nat(7), type: fc.constantFrom('+>', '->')}), {maxLength: 8})
  })
  .map(({statements, arguments: descriptions, relations}) => {
    const titles = [...statements.map((_, index) => '[S' + String(index) + ']'), ...descriptions.map((_, index) => '<A' + String(index) + '>')]
    const lines = [...statements.map((text, index) => '[S' + String(index) + ']: ' + argdownText(text)), ...descriptions.map((text, index) => '<A' + String(index) + '>: ' + argdownText(text))]
    for (const relation of relations) {
      const from = relation.from % titles.length
      const to = relation.to % titles.length
      if (from !== to) lines[from] += '\n  ' + relation.type + ' ' + titles[to]
    }
    return lines.join('\n\n') + '\n'
  })

describe('Argdown import', () => {
  // Counterexamples the properties found once pandoc's TeX math was read: a
  // text that reads as math once written as prose (`$! :0$`), its escapes
  // then kept as TeX. Each failed before every `$` of an imported text was escaped.
  test.each(['[S0]: word\n\n<A0>: \\$\\! \\~\\$\n', '[S0]: word\n\n<A0>: \\$\\* \\!\\$\n', '[S0]: $! :0$ and $~ $$\n'])('a text with dollars stays text: %j', async (text) => {
    const {markdown} = await importArgdown(text)
    expect(parse(markdown).tree.children.flatMap(function math(node): string[] {
      return node.type === 'inlineMath' ? [node.type] : 'children' in node ? node.children.flatMap(math) : []
    })).toEqual([])
    expect(model(toArgdown(parse(markdown).graph))).toEqual(model(text))
  })

  test('generated Argdown maps: importing then exporting gives back the same model', async () => {
    let checked = 0
    await fc.assert(
      fc.asyncProperty(map, async (text) => {
        const before = model(text)
        expect(before.errors).toBe(0)
        const {markdown, file} = await importArgdown(text)
        expect(file.messages.map(String)).toEqual([])
        const {graph} = parse(markdown)
        // Argdown allows support cycles, which `check` reports; no relation is one argmark cannot read.
        expect(check(markdown).filter((message) => message.ruleId === 'invalid-relation' || message.ruleId === 'unknown-reference')).toEqual([])
        expect(model(toArgdown(graph))).toEqual(before)
        checked++
      }),
      runs(150)
    )
    expect(checked).toBe(runs(150).numRuns)
  })

  test('a map with titles, sections and a premise-conclusion structure becomes a draft', async () => {
    const text = [
      '# Why so little advocacy',
      '',
      '[Dearth]: Civil society has done *little* to shape migration policy.',
      '',
      '[Donors fund services]: Donors fund services, not advocacy. {argmark: {kind: factor, explains: [Dearth]}}',
      '  +> [Dearth]',
      '',
      '<Regional talks>: States talk in regional processes.',
      '',
      '(1) [Closed]: States keep NGOs out of regional talks.',
      '(2) [Talks]: Most dialogue happens in regional talks.',
      '----',
      '(3) [Dearth]',
      ''
    ].join('\n')
    const {markdown, file} = await importArgdown(text)
    expect(file.messages).toEqual([])
    expect(markdown).toBe(
      [
        '## Why so little advocacy',
        '',
        ':::claim{#Dearth}',
        'Civil society has done little to shape migration policy.',
        ':::',
        '',
        ':::factor{#donors-fund-services group="Why so little advocacy" explains=Dearth}',
        'Donors fund services, not advocacy.',
        ':::',
        '',
        ':::claim{#regional-talks .argument supports=Dearth}',
        'States talk in regional processes.',
        ':::',
        '',
        ':::claim{#Closed supports=regional-talks}',
        'States keep NGOs out of regional talks.',
        ':::',
        '',
        ':::claim{#Talks supports=regional-talks}',
        'Most dialogue happens in regional talks.',
        ':::',
        ''
      ].join('\n')
    )
    expect(check(markdown)).toEqual([])
    const broken = await importArgdown('[A]: {"argmark": {}}\n')
    expect(broken.file.messages.length).toBeGreaterThan(0)
    expect(broken.file.messages[0]!.reason).toMatch(/^Unexpected Argdown: /)
  })
})
