import type {Root} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import type {ArgumentGraph} from '../../src/index.js'
import {defaultKit} from '../../src/index.js'
import {circularSupport} from '../../src/lint/rules/circular-support.js'
import {allMessages, messagesFor} from '../helpers.js'

describe('circular-support', () => {
  test('a chain that ends passes', () => {
    expect(allMessages(':claim[A]{#a supports=b}\n\n:claim[B]{#b supports=c}\n\n:claim[C]{#c}')).toEqual([])
  })

  test('a claim supporting itself is reported', () => {
    const [message] = messagesFor('circular-support', ':claim[A]{#a supports=a}')
    expect(message?.reason).toBe(
      'Unexpected cycle `a` → `a`, expected support that ends in evidence or a premise'
    )
    expect(message?.column).toBe(23)
  })

  test('a three-node cycle is reported once, at the edge that closes it', () => {
    const messages = messagesFor(
      'circular-support',
      ':claim[A]{#a supports=b}\n\n:claim[B]{#b supports=c}\n\n:claim[C]{#c supports=a}'
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]?.reason).toBe(
      'Unexpected cycle `a` → `b` → `c` → `a`, expected support that ends in evidence or a premise'
    )
    expect(messages[0]?.line).toBe(5)
  })

  test('cycles through `explains` count, cycles through `attacks` do not', () => {
    expect(
      messagesFor('circular-support', ':claim[A]{#a explains=b}\n\n:claim[B]{#b supports=a}')
    ).toHaveLength(1)
    expect(
      messagesFor('circular-support', ':claim[A]{#a attacks=b}\n\n:claim[B]{#b attacks=a}')
    ).toEqual([])
  })

  test('a chain of 200,000 nodes is checked without recursion', () => {
    const count = 200_000
    const graph: ArgumentGraph = {nodes: [], relations: [], citations: [], sources: [], meta: {}}
    const position = {start: {line: 1, column: 1}, end: {line: 1, column: 2}}
    for (let index = 0; index < count; index++) {
      graph.nodes.push({id: 'c' + String(index), kind: 'claim', text: '', position})
      graph.relations.push({from: 'c' + String(index), to: 'c' + String((index + 1) % count), type: 'supports'})
    }
    const file = new VFile()
    file.data.argmarkGraph = graph
    file.data.argmarkKit = defaultKit
    const tree: Root = {type: 'root', children: []}
    unified().use(circularSupport, ['error']).runSync(tree, file)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]?.reason.startsWith('Unexpected cycle `c0` → `c1` → `c2`')).toBe(true)
  })
})
