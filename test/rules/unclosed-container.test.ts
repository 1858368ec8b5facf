import {describe, expect, test} from 'vitest'
import {parse} from '../../src/index.js'
import {allMessages, messagesFor, seen} from '../helpers.js'

describe('unclosed-container', () => {
  test('closed containers pass', () => {
    expect(allMessages(':::claim{#a}\nBody.\n:::\n\nAfter.')).toEqual([])
  })

  test('a container without a closing fence is a warning at its opening', () => {
    const document = 'Intro.\n\n:::claim{#a}\nBody.\n\nEverything after is inside.'
    const messages = messagesFor('unclosed-container', document)
    expect(messages.map(seen)).toEqual([
      {
        ruleId: 'unclosed-container',
        line: 3,
        column: 1,
        reason:
          'Unexpected container `claim` without a closing fence, expected a line of at least as many colons as its opening before the end of its parent'
      }
    ])
    expect(messages[0]?.fatal).toBe(false)
    expect(parse(document).graph.nodes[0]?.text).toBe('Body.\n\nEverything after is inside.')
  })

  test('an inner container closed by the outer fence is reported', () => {
    expect(messagesFor('unclosed-container', '::::claim{#a}\n:::evidence{type=example supports=a}\nx\n::::\n')).toHaveLength(1)
  })
})
