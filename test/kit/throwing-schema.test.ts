import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {check, defaultKit, parse} from '../../src/index.js'

// A kit whose attribute schema throws (a `.transform()` or `.refine()` that
// fails) instead of accepting or rejecting a value: the kit's failure, said
// on that attribute of that node; the rest of the graph is read.

const kit = defaultKit.extend({
  kinds: {
    gauge: {
      attributes: {
        scale: z
          .string()
          .transform(() => {
            throw new Error('transform exploded')
          })
          .optional(),
        unit: z
          .string()
          .refine(() => {
            throw new RangeError('refine exploded')
          })
          .optional(),
        weight: z.number().optional()
      }
    }
  }
})

const draft = ':claim[Aid follows need]{#aid}\n\n:gauge[first]{#g1 scale=wide weight=2}\n\n:gauge[second]{#g2 unit=cm}\n\n:gauge[third]{weight=3}\n'

describe('a kit schema that throws', () => {
  test('leaves out only that attribute of that node, and the graph keeps every node', () => {
    const {graph, file} = parse(draft, {kit})
    const attribute = (node: object, name: string): unknown => (node as Record<string, unknown>)[name]
    expect(graph.nodes.map((node) => [node.kind, node.id, attribute(node, 'weight'), attribute(node, 'scale'), attribute(node, 'unit')])).toEqual([
      ['claim', 'aid', undefined, undefined, undefined],
      ['gauge', 'g1', 2, undefined, undefined],
      ['gauge', 'g2', undefined, undefined, undefined],
      ['gauge', 'gauge-1', 3, undefined, undefined]
    ])
    expect(file.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
  })

  test('is an invalid-attribute blaming the kit: kind, node id, place and the error', () => {
    const messages = check(draft, {kit}).filter((message) => message.ruleId === 'invalid-attribute')
    expect(messages.map((message) => [String(message.place && 'start' in message.place ? message.place.start.line : ''), message.reason])).toEqual([
      [
        '3',
        "Unexpected failure in the kit's schema of `scale` on gauge `g1` at 3:1 (Error: transform exploded), expected a schema " +
          "that accepts or rejects the value without throwing; the attribute is left out: please report this to the kit's authors"
      ],
      [
        '5',
        "Unexpected failure in the kit's schema of `unit` on gauge `g2` at 5:1 (RangeError: refine exploded), expected a schema " +
          "that accepts or rejects the value without throwing; the attribute is left out: please report this to the kit's authors"
      ]
    ])
    // On the attribute as written.
    expect(messages[0]).toMatchObject({line: 3, column: 19, source: 'argmark', fatal: true})
  })
})
