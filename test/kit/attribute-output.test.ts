import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import * as zm from 'zod/mini'
import {check, defaultKit, parse} from '../../src/index.js'

// When one attribute is invalid or a required one is missing, the others
// still hold their schema's output (transforms and defaults applied); only
// the failing one is reported and left out.

const kit = defaultKit.extend({
  kinds: {
    risk: {
      attributes: {
        level: z.enum(['low', 'high']),
        n: z.number().transform(Math.round).optional(),
        g: z.string().default('people'),
        w: z.number().optional()
      }
    }
  }
})

const miniKit = defaultKit.extend({
  kinds: {
    risk: {
      attributes: {
        level: zm.enum(['low', 'high']),
        n: zm.optional(zm.pipe(zm.number(), zm.transform(Math.round))),
        g: zm._default(zm.string(), 'people'),
        w: zm.optional(zm.number())
      }
    }
  }
})

const attributes = (node: object | undefined): Record<string, unknown> => {
  const {id, kind, text, position, ...rest} = node as Record<string, unknown>
  return rest
}

describe("the other attributes keep their schema's output", () => {
  for (const [name, which] of [['zod', kit], ['zod/mini', miniKit]] as const) {
    test(name + ': a missing required attribute', () => {
      const {graph, file} = parse(':risk[R]{#r n=174.6}', {kit: which})
      expect(attributes(graph.nodes[0])).toEqual({n: 175, g: 'people'})
      expect(file.messages.map((message) => message.reason)).toEqual([
        'Unexpected missing attribute `level` on risk, expected `low` or `high`'
      ])
    })

    test(name + ': an invalid required attribute', () => {
      const {graph} = parse(':risk[R]{#r level=mid n=2.4}', {kit: which})
      expect(attributes(graph.nodes[0])).toEqual({n: 2, g: 'people'})
    })

    test(name + ': an invalid optional attribute beside a missing required one', () => {
      const {graph, file} = parse(':risk[R]{#r w=heavy n=0.6 g=towns}', {kit: which})
      expect(attributes(graph.nodes[0])).toEqual({n: 1, g: 'towns'})
      expect(file.messages.map((message) => message.reason)).toEqual([
        'Unexpected missing attribute `level` on risk, expected `low` or `high`',
        'Unexpected value `heavy` for `w` on risk, expected a number'
      ])
    })

    test(name + ': with every attribute valid, as before', () => {
      const {graph} = parse(':risk[R]{#r level=low n=174.6}', {kit: which})
      expect(attributes(graph.nodes[0])).toEqual({level: 'low', n: 175, g: 'people'})
    })
  }

  test('an invalid optional attribute left out: the graph passes graphSchema', () => {
    const {graph} = parse(':risk[R]{#r level=high w=heavy n=3.5}', {kit})
    expect(attributes(graph.nodes[0])).toEqual({level: 'high', n: 4, g: 'people'})
    expect(kit.graphSchema.safeParse(graph).success).toBe(true)
  })

  test('a missing required attribute stays left out: that node is an error, and only it fails graphSchema', () => {
    const {graph} = parse(':risk[R]{#r n=3.5}', {kit})
    const result = kit.graphSchema.safeParse(graph)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['nodes', 0, 'level']])
  })
})

describe('messages name the expected type in words', () => {
  const words = defaultKit.extend({
    kinds: {
      probe: {
        attributes: {
          o: z.object({a: z.string()}).optional(),
          nv: z.never().optional(),
          b: z.bigint().optional(),
          i: z.number().int().optional(),
          m: z.number().min(0).optional(),
          p: z.number().gt(0).optional(),
          s: z.string().max(3).optional(),
          u: z.union([z.number(), z.literal('none')]).optional(),
          an: z.any()
        }
      }
    }
  })

  test('articles, type names, bounds, union options and a missing required value', () => {
    const messages = check(':probe[x]{#x o=x nv=z b=q i=1.5 m=-1 p=0 s=abcd u=some}', {kit: words})
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected missing attribute `an` on probe, expected a value: the attribute is required',
      'Unexpected value `x` for `o` on probe, expected an object',
      'Unexpected value `z` for `nv` on probe, expected no value: the attribute must be left out',
      'Unexpected value `q` for `b` on probe, expected a big integer',
      'Unexpected value `1.5` for `i` on probe, expected an integer',
      'Unexpected value `-1` for `m` on probe, expected a number of at least 0',
      'Unexpected value `0` for `p` on probe, expected a number greater than 0',
      'Unexpected value `abcd` for `s` on probe, expected at most 3 characters',
      'Unexpected value `some` for `u` on probe, expected a number or `none`'
    ])
  })
})

describe('literals, enums, unions and tuples decode the string', () => {
  const decoding = defaultKit.extend({
    kinds: {
      probe: {
        attributes: {
          five: z.literal(5).optional(),
          yes: z.literal(true).optional(),
          level: z.enum({one: 1, two: 2}).optional(),
          u: z.union([z.number(), z.literal('none')]).optional(),
          v: z.union([z.boolean(), z.array(z.number())]).optional(),
          pair: z.tuple([z.string(), z.number()]).optional()
        }
      }
    }
  })

  test('to the value the schema expects', () => {
    const {graph, file} = parse(':probe[x]{#x five=5 yes level=2 u=3 v="1 2" pair="a 4"}', {kit: decoding})
    expect(file.messages).toEqual([])
    expect(attributes(graph.nodes[0])).toEqual({five: 5, yes: true, level: 2, u: 3, v: [1, 2], pair: ['a', 4]})
  })

  test("a union's later option, and a value no option takes is reported", () => {
    expect(attributes(parse(':probe[x]{#x u=none v=false}', {kit: decoding}).graph.nodes[0])).toEqual({u: 'none', v: false})
    expect(check(':probe[x]{#x five=6 u=nine}', {kit: decoding}).map((message) => message.reason)).toEqual([
      'Unexpected value `6` for `five` on probe, expected `5`',
      'Unexpected value `nine` for `u` on probe, expected a number or `none`'
    ])
  })

  test('zod/mini literals and unions decode the same', () => {
    const mini = defaultKit.extend({
      kinds: {probe: {attributes: {five: zm.optional(zm.literal(5)), u: zm.optional(zm.union([zm.number(), zm.literal('none')]))}}}
    })
    const {graph, file} = parse(':probe[x]{#x five=5 u=3}', {kit: mini})
    expect(file.messages).toEqual([])
    expect(attributes(graph.nodes[0])).toEqual({five: 5, u: 3})
  })

  test('a union that refers to itself is bounded', () => {
    type Deep = number | Deep[]
    const deep: z.ZodType<Deep> = z.lazy(() => z.union([deep, z.number()]))
    const self = defaultKit.extend({kinds: {probe: {attributes: {d: deep.optional()}}}})
    expect(check(':probe[x]{#x d=zz}', {kit: self}).map((message) => message.ruleId)).toEqual(['invalid-attribute'])
  })
})
