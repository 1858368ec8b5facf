import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import * as zm from 'zod/mini'
import * as z3 from 'zod/v3'
import type {KitSpec} from '../../src/index.js'
import {check, defaultKit, defineGraphRule, defineKit, exportGraph, lint, parse} from '../../src/index.js'

// A kit written in plain JavaScript, from the docs alone: the mistakes
// TypeScript would catch are each one `TypeError` where the kit is made,
// naming the place and what was expected, never an `internal-error` on every
// document read with it.

/** Extend the default kit with a spec the types would refuse. */
const extendWith = (spec: unknown) => () => defaultKit.extend(spec as KitSpec)
const risk = (definition: unknown) => extendWith({kinds: {risk: definition}})

describe('an attribute schema that is not a zod 4 schema', () => {
  const rows: Array<[string, unknown, string]> = [
    ['a type name', 'string', '`"string"`'],
    ['a JSON Schema object', {type: 'string'}, '`{"type":"string"}`'],
    ['a constructor', String, 'function `String`'],
    ['a zod 3 schema', z3.z.enum(['low', 'high']), 'a zod 3 schema (from `zod/v3`)'],
    ['null', null, '`null`']
  ]
  test.each(rows)('%s throws naming the kind and attribute', (_, schema, shown) => {
    expect(risk({attributes: {likelihood: schema}})).toThrow(
      new TypeError('Unexpected attribute schema ' + shown + ' for `risk.likelihood`, expected a zod 4 schema (such as `z.string()` from `zod`)')
    )
  })

  test('guard: zod and zod/mini schemas are accepted and work', () => {
    // zod/mini's schemas are zod 4 schemas: accepted by the types too (no cast), and checked with zod's own `safeParse`.
    for (const likelihood of [z.enum(['low', 'high']), zm.enum(['low', 'high'])]) {
      const kit = defaultKit.extend({kinds: {risk: {attributes: {likelihood}}}})
      expect(check(':risk[r]{#r likelihood=mid}', {kit}).map((message) => message.ruleId)).toEqual(['invalid-attribute'])
      expect(kit.toJSONSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    }
  })
})

test('a zod/mini attribute schema infers the node type as a classic one does', () => {
  const kit = defaultKit.extend({kinds: {risk: {attributes: {likelihood: zm.optional(zm.enum(['low', 'high'])), score: zm.number()}}}})
  const node = parse(':risk[r]{#r likelihood=high score=3}', {kit}).graph.nodes[0]
  if (node?.kind !== 'risk') throw new Error('expected a risk node')
  // Typed from the mini schemas: a wrong literal or a string score would not compile.
  const likelihood: 'low' | 'high' | undefined = node.likelihood
  const score: number = node.score
  expect([likelihood, score]).toEqual(['high', 3])
  expect(check(':risk[r]{#r score=many}', {kit}).map((message) => message.ruleId)).toEqual(['invalid-attribute'])
})

describe('a JSON Schema for schemas JSON Schema cannot describe', () => {
  test('a transform or a date is any value, not a throw', () => {
    const kit = defaultKit.extend({
      kinds: {risk: {attributes: {size: z.string().transform((text) => text.length), due: z.date().optional(), owner: z.string().optional()}}}
    })
    const schema = kit.toJSONSchema() as {properties: {nodes: {items: {oneOf: Array<{properties: Record<string, unknown>}>}}}}
    const branch = schema.properties.nodes.items.oneOf.at(-1)!
    expect(branch.properties.size).toEqual({})
    expect(branch.properties.due).toEqual({})
    expect(branch.properties.owner).toEqual({type: 'string'})
    // The graph holds the transform's output.
    expect(parse(':risk[r]{#r size=abc}', {kit}).graph.nodes[0]).toMatchObject({size: 3})
  })
})

describe('plain-JavaScript mistakes in a kind', () => {
  const rows: Array<[string, unknown, string]> = [
    ['a relation rule as a string', {relations: {attacks: 'claim'}}, 'Unexpected relation rule `"claim"` for `risk.attacks`, expected a non-empty list of kind names or `{to: [kinds], required?: boolean}`'],
    ['an empty list of targets', {relations: {attacks: []}}, 'Unexpected empty list of target kinds for `risk.attacks`'],
    ['an empty `to`', {relations: {attacks: {to: []}}}, 'Unexpected empty list of target kinds for `risk.attacks`'],
    ['`required` as a string', {relations: {attacks: {to: ['claim'], required: 'yes'}}}, 'Unexpected value `"yes"` for `required` of `risk.attacks`, expected a boolean'],
    ['a typo of `relations`', {relation: {attacks: ['claim']}}, 'Unexpected key `relation` in kind `risk` (did you mean `relations`?)'],
    ['a named colour', {map: {color: 'red'}}, 'Unexpected map colour `"red"` of kind `risk`, expected `#rgb` or `#rrggbb`'],
    ['an unknown shape', {map: {shape: 'circle'}}, 'Unexpected map shape `"circle"` of kind `risk`, expected one of `box`'],
    ['a numeric description', {description: 42}, 'Unexpected value `42` for `description` of kind `risk`, expected a string'],
    ['attributes as a list', {attributes: [z.string()]}, 'of kind `risk`, expected an object of zod schemas'],
    ['a kind that is not an object', 'claim', 'Unexpected kind `risk` `"claim"`, expected an object']
  ]
  test.each(rows)('%s throws a TypeError naming the place', (_, definition, message) => {
    expect(risk(definition)).toThrow(TypeError)
    expect(risk(definition)).toThrow(message)
  })

  test('a typo of `relationTypes` in the spec', () => {
    expect(extendWith({kinds: {}, relationType: {mitigates: {}}})).toThrow(
      'Unexpected key `relationType` in the kit spec (did you mean `relationTypes`?)'
    )
  })

  test('guard: a full, correct kind still builds and draws', () => {
    const kit = defaultKit.extend({
      relationTypes: {mitigates: {description: 'The measure reduces the risk.'}},
      kinds: {
        risk: {description: 'A risk.', attributes: {likelihood: z.enum(['low', 'high'])}, relations: {attacks: {to: ['claim'], required: false}}, map: {shape: 'hexagon', color: '#c30'}},
        measure: {relations: {mitigates: ['risk']}}
      }
    })
    const {graph} = parse(':risk[r]{#r likelihood=low}\n\n:measure[m]{#m mitigates=r}', {kit})
    expect(exportGraph(graph, 'dot', {kit})).toContain('#c30')
  })
})

describe('a relation type extended under a name the kit has', () => {
  test('a new description keeps acyclicity: circular support is still reported', () => {
    const kit = defaultKit.extend({relationTypes: {supports: {description: 'mine'}}} as unknown as KitSpec)
    expect(kit.relationTypes.supports).toEqual({description: 'mine', acyclic: true})
    const ids = check(':claim[a]{#a supports=b}\n\n:claim[b]{#b supports=a}', {kit}).map((message) => message.ruleId)
    expect(ids).toContain('circular-support')
  })

  test('guard: `acyclic: false` given on purpose drops it', () => {
    const kit = defaultKit.extend({kinds: {}, relationTypes: {supports: {acyclic: false}}})
    const ids = check(':claim[a]{#a supports=b}\n\n:claim[b]{#b supports=a}', {kit}).map((message) => message.ruleId)
    expect(ids).not.toContain('circular-support')
  })
})

describe('kit rule ids and presets', () => {
  const rule = (id: string, presets: unknown = {core: 'error'}) =>
    defineGraphRule({id, presets: presets as never, check(graph, report) {
      report(graph.nodes[0], 'Unexpected node from ' + id)
    }})

  test('a kit rule without a source is an invalid-kit problem, left out', () => {
    const kit = defaultKit.extend({kinds: {}, rules: [rule('needs-owner')]})
    expect(check(':claim[a]{#a}', {kit}).map((message) => message.ruleId + ': ' + message.reason)).toEqual([
      "invalid-kit: Unexpected kit rule `needs-owner` without a source of its own, expected `source:needs-owner` (such as `acme:needs-owner`): the source `argmark` is for argmark's own rules"
    ])
  })

  test('an id with two colons or an empty id or part throws where the rule is made', () => {
    expect(() => rule('a:b:c')).toThrow('Unexpected rule id `a:b:c`, expected `source:rule-id`')
    expect(() => rule(':x')).toThrow('Unexpected rule id `:x`, expected `source:rule-id`')
    expect(() => rule('')).toThrow('Unexpected empty rule id, expected `source:rule-id` (such as `acme:needs-owner`)')
  })

  test('a preset level or name that does not exist throws', () => {
    expect(() => rule('acme:p', {core: 'fatal'})).toThrow('Unexpected level `"fatal"` for preset `core` of rule `acme:p`')
    expect(() => rule('acme:p', {corr: 'error'})).toThrow('Unexpected key `corr` in `presets` of rule `acme:p` (did you mean `core`?)')
    const plain = rule('acme:plain', undefined)
    expect(extendWith({kinds: {}, rules: [{rule: plain, presets: {strict: 'loud'}}]})).toThrow('Unexpected level `"loud"` for preset `strict`')
  })

  test('settings name a kit rule by its id or by its full `source:rule-id`', () => {
    const kit = defaultKit.extend({kinds: {}, rules: [rule('acme:opt')]})
    expect(check(':claim[a]{#a}', {kit}).map((message) => message.ruleId)).toEqual(['opt'])
    expect(check(':claim[a]{#a}', {kit, rules: {'acme:opt': 'off'}})).toEqual([])
    expect(check(':claim[a]{#a}', {kit, rules: {opt: 'off'}})).toEqual([])
    // Guard: another source is not this rule.
    expect(lint(':claim[a]{#a}', {kit, rules: {'other:opt': 'off', 'unsupported-claim': 'off'}}).map((message) => message.ruleId)).toEqual([
      'opt',
      'invalid-rule-config'
    ])
  })
})

describe('exportGraph with a format it does not know', () => {
  test('throws a TypeError naming the formats', () => {
    const {graph} = parse(':claim[a]{#a}')
    expect(() => exportGraph(graph, 'png' as never)).toThrow(
      new TypeError('Unexpected format `png`, expected one of `json`, `mermaid`, `dot`, `svg`, `aif`, `argdown`')
    )
  })

  test('guard: defineKit without kinds still says so', () => {
    expect(() => defineKit({kinds: {}})).toThrow('Unexpected kit without kinds, expected at least one kind')
  })
})
