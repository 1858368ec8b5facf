import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {check, defaultKit, format, parse} from '../../src/index.js'

const kit = defaultKit.extend({
  kinds: {
    note: {
      attributes: {
        up: z.string().transform((value) => value.toUpperCase()).optional(),
        weight: z.number().default(1),
        scores: z.array(z.number()).optional(),
        tags: z.set(z.string()).optional(),
        draft: z.boolean().optional()
      }
    }
  }
})

describe('attribute decoding', () => {
  test("the node carries the schema's output: transforms and defaults apply", () => {
    const {graph, file} = parse(':note[x]{#n up=abc}', {kit})
    expect(file.messages).toEqual([])
    expect(graph.nodes[0]).toMatchObject({up: 'ABC', weight: 1})
  })

  test('lists decode their elements by the element schema', () => {
    const {graph, file} = parse(':note[x]{#n scores="1 2.5,3" tags="a b a" draft=false}', {kit})
    expect(file.messages).toEqual([])
    expect(graph.nodes[0]).toMatchObject({scores: [1, 2.5, 3], tags: new Set(['a', 'b']), draft: false})
  })

  test('a bad list element is reported once for its attribute, and the rest still decode', () => {
    const messages = check(':note[x]{#n scores="1 x y" up=abc}', {kit})
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected value `1 x y` for `scores` on note, expected a number'
    ])
    expect(parse(':note[x]{#n scores="1 x y" up=abc}', {kit}).graph.nodes[0]).toMatchObject({up: 'ABC', weight: 1})
  })

  test('an empty label or attribute block still makes a node, and format keeps it one', () => {
    for (const document of ['A :claim[] here', 'A :claim{} here']) {
      expect(parse(document).graph.nodes).toHaveLength(1)
      expect(parse(format(document)).graph.nodes).toHaveLength(1)
    }
  })
})
