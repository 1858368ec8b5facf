import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, expectTypeOf, test} from 'vitest'
import {z} from 'zod'
import type {KitNode} from '../../src/index.js'
import {check, defaultKit, defineKit, parse} from '../../src/index.js'

const kit = defaultKit.extend({
  relationTypes: {tests: {description: 'The source is a way to test the target.'}},
  kinds: {
    hypothesis: {
      description: 'A claim offered for testing.',
      attributes: {confidence: z.number().min(0).max(1), tested: z.boolean().optional()},
      relations: {supports: ['claim'], tests: {to: ['claim'], required: false}}
    }
  }
})

describe('kit.extend', () => {
  test('adds a kind that parses, validates and is typed', () => {
    const document = ':claim[c]{#c}\n\n:hypothesis[h]{#h confidence=0.8 tested supports=c tests=c}'
    const {graph, file} = parse(document, {kit})
    expect(file.messages).toEqual([])
    expect(graph.nodes[1]).toMatchObject({kind: 'hypothesis', confidence: 0.8, tested: true, supports: ['c'], tests: ['c']})
    expect(graph.relations.map((relation) => relation.type)).toEqual(['supports', 'tests'])

    type Hypothesis = Extract<KitNode<typeof kit>, {kind: 'hypothesis'}>
    expectTypeOf<Hypothesis['confidence']>().toEqualTypeOf<number>()
    expectTypeOf<Hypothesis['tests']>().toEqualTypeOf<string[] | undefined>()
  })

  test('checks the new kind with its own schema and relation rules', () => {
    const reasons = check(':recommendation[r]{#r}\n\n:hypothesis[h]{#h confidence=high tests=r}', {kit}).map(
      (message) => message.ruleId + ': ' + message.reason
    )
    expect(reasons).toEqual([
      'invalid-attribute: Unexpected value `high` for `confidence` on hypothesis, expected a number',
      'invalid-relation: Unexpected `tests` from hypothesis `h` to recommendation `r`, expected a target of kind `claim`'
    ])
  })

  test('the default kit does not know the new kind', () => {
    expect(check(':hypothesis[h]{#h confidence=1}').map((message) => message.ruleId)).toEqual(['unknown-directive'])
  })

  test('the JSON Schema covers the new kind', () => {
    const validate = new Ajv2020({strict: false}).compile(kit.toJSONSchema())
    const {graph} = parse(':hypothesis[h]{#h confidence=0.5}', {kit})
    expect(validate(JSON.parse(JSON.stringify(graph)))).toBe(true)
    const bad = JSON.parse(JSON.stringify(graph)) as {nodes: Array<Record<string, unknown>>}
    bad.nodes[0]!['confidence'] = 2
    expect(validate(bad)).toBe(false)
  })

  test('a kind of the same name replaces the old one', () => {
    const loose = defaultKit.extend({kinds: {evidence: {attributes: {type: z.string().optional()}}}})
    expect(check(':evidence[e]{#e type=rumour}', {kit: loose})).toEqual([])
    expect(check(':evidence[e]{#e type=rumour}').map((message) => message.ruleId)).toEqual(['invalid-attribute'])
  })
})

describe('defineKit', () => {
  test('builds a kit from scratch with the default relation types', () => {
    const small = defineKit({kinds: {point: {relations: {supports: ['point']}}}})
    expect(small.kindNames).toEqual(['point'])
    expect(Object.keys(small.relationTypes)).toEqual(['supports', 'attacks', 'explains', 'qualifies'])
    expect(check(':point[a]{#a supports=b}\n\n:point[b]{#b}', {kit: small})).toEqual([])
  })

  test('rejects definitions that cannot work', () => {
    expect(() => defineKit({kinds: {'9x': {}}})).toThrow('Unexpected kind name `9x`')
    expect(() => defineKit({kinds: {a: {attributes: {text: z.string()}}}})).toThrow(
      'Unexpected reserved attribute `text` on kind `a`'
    )
    expect(() => defineKit({kinds: {a: {relations: {refutes: ['a']}}}})).toThrow(
      'Unexpected relation type `refutes` on kind `a`'
    )
    expect(() => defineKit({kinds: {a: {relations: {supports: ['b']}}}})).toThrow(
      'Unexpected target kind `b` in `a.supports`'
    )
    expect(() => defineKit({kinds: {a: {attributes: {supports: z.string()}, relations: {supports: ['a']}}}})).toThrow(
      'also a relation'
    )
    expect(() => defineKit({kinds: {}})).toThrow('Unexpected kit without kinds')
  })
})
