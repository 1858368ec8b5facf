import {Ajv2020} from 'ajv/dist/2020.js'
import {readFileSync} from 'node:fs'
import {describe, expect, expectTypeOf, test} from 'vitest'
import type {KitNode} from '../../src/index.js'
import {defaultKit, defaultRelationTypes, evidenceTypes, parse} from '../../src/index.js'
import {parseBibtex, resolveSources} from '../../src/sources/index.js'

const seed = readFileSync(new URL('../../seeds/civil-society-migration-policy.md', import.meta.url), 'utf8')
const bibliography = readFileSync(new URL('../../seeds/sources.bib', import.meta.url), 'utf8')

describe('defaultKit', () => {
  test('has the five kinds of the vocabulary, in order', () => {
    expect(defaultKit.kindNames).toEqual(['claim', 'factor', 'evidence', 'objection', 'recommendation'])
    expect(Object.keys(defaultRelationTypes)).toEqual(['supports', 'attacks', 'explains', 'qualifies'])
    expect(evidenceTypes).toEqual(['statistic', 'quotation', 'example', 'testimony', 'document'])
  })

  test('every kind parses into a node that its schema accepts', () => {
    const document = [
      ':::claim{#c thesis}\nA claim.\n:::',
      ':factor[a factor]{#f explains=c group=issue-area}',
      ':evidence[a figure]{#e type=statistic supports=f}',
      '::objection[an objection]{#o attacks=c}',
      ':recommendation[do this]{#r supports=c}'
    ].join('\n\n')
    const {graph, file} = parse(document)
    expect(file.messages).toEqual([])
    expect(graph.nodes.map((node) => node.kind)).toEqual(['claim', 'factor', 'evidence', 'objection', 'recommendation'])
    for (const node of graph.nodes) {
      expect(defaultKit.nodeSchema.safeParse(node).success).toBe(true)
    }
    expect(graph.nodes[1]).toMatchObject({group: 'issue-area', explains: ['c']})
  })

  test('the node schema rejects a node that breaks its kind', () => {
    const position = {start: {line: 1, column: 1}, end: {line: 1, column: 2}}
    expect(defaultKit.nodeSchema.safeParse({id: 'e', kind: 'evidence', text: '', position}).success).toBe(false)
    expect(defaultKit.nodeSchema.safeParse({id: 'x', kind: 'nope', text: '', position}).success).toBe(false)
    expect(
      defaultKit.nodeSchema.safeParse({id: 'e', kind: 'evidence', type: 'statistic', text: '', position}).success
    ).toBe(true)
  })

  test('node types are inferred from the kit', () => {
    type Node = KitNode<typeof defaultKit>
    type Evidence = Extract<Node, {kind: 'evidence'}>
    expectTypeOf<Evidence['type']>().toEqualTypeOf<(typeof evidenceTypes)[number]>()
    expectTypeOf<Extract<Node, {kind: 'claim'}>['thesis']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf<Extract<Node, {kind: 'factor'}>['explains']>().toEqualTypeOf<string[]>()
    expectTypeOf<Extract<Node, {kind: 'factor'}>['supports']>().toEqualTypeOf<string[] | undefined>()
    expectTypeOf<Extract<Node, {kind: 'objection'}>['attacks']>().toEqualTypeOf<string[]>()
  })
})

describe('toJSONSchema', () => {
  const schema = defaultKit.toJSONSchema()
  const validate = new Ajv2020({strict: false}).compile(schema)

  test('is draft 2020-12', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  test("validates the seed's graph, with its citations and sources", () => {
    const parsed = parse(seed)
    resolveSources(parsed, parseBibtex(bibliography).items)
    const {graph} = parsed
    expect(graph.citations.length).toBeGreaterThan(80)
    expect(graph.sources.length).toBeGreaterThan(50)
    const json: unknown = JSON.parse(JSON.stringify(graph))
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
  })

  test('rejects malformed citations and sources', () => {
    const parsed = parse(':evidence[e]{#e type=statistic} [@doe99, p. 3]')
    resolveSources(parsed, [{id: 'doe99', type: 'book'}])
    const {graph} = parsed
    const good = JSON.parse(JSON.stringify(graph)) as {citations: Array<Record<string, unknown>>; sources: Array<Record<string, unknown>>}
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true)

    const noItems = structuredClone(good)
    noItems.citations[0]!['items'] = []
    expect(validate(noItems)).toBe(false)

    const badMode = structuredClone(good)
    badMode.citations[0]!['mode'] = 'footnote'
    expect(validate(badMode)).toBe(false)

    const numericId = structuredClone(good)
    numericId.sources[0]!['id'] = 7
    expect(validate(numericId)).toBe(false)

    const noType = structuredClone(good)
    delete noType.sources[0]!['type']
    expect(validate(noType)).toBe(false)
  })

  test('rejects graphs that break the kit', () => {
    const {graph} = parse(':evidence[e]{#e type=statistic}')
    const good: unknown = JSON.parse(JSON.stringify(graph))
    expect(validate(good)).toBe(true)

    const badType = structuredClone(good) as {nodes: Array<Record<string, unknown>>}
    badType.nodes[0]!['type'] = 'rumour'
    expect(validate(badType)).toBe(false)

    const unknownKind = structuredClone(good) as {nodes: Array<Record<string, unknown>>}
    unknownKind.nodes[0]!['kind'] = 'hypothesis'
    expect(validate(unknownKind)).toBe(false)

    const badId = structuredClone(good) as {nodes: Array<Record<string, unknown>>}
    badId.nodes[0]!['id'] = '9lives'
    expect(validate(badId)).toBe(false)

    expect(validate({nodes: [], relations: [{from: 'a'}], citations: [], sources: [], meta: {}})).toBe(false)
    expect(validate({nodes: [], relations: [], meta: {}})).toBe(false)
  })
})
