import {describe, expect, test} from 'vitest'
import {format, parse} from '../../src/index.js'
import {allMessages, messagesFor, seen} from '../helpers.js'

describe('unknown-directive', () => {
  test('colon prose is not reported', () => {
    expect(allMessages('At 10:30 the ratio was 3:1. Note:this, a:b and https://x.org/a:b.')).toEqual([])
  })

  test('a misspelt kind with a label is a warning with a suggestion, and its text survives', () => {
    const document = 'We hold :claimm[that x]{#x} firmly.'
    const messages = messagesFor('unknown-directive', document)
    expect(messages.map(seen)).toEqual([
      {
        ruleId: 'unknown-directive',
        line: 1,
        column: 10,
        reason:
          'Unexpected unknown directive `claimm`, expected one of `claim`, `factor`, `evidence`, `objection` or `recommendation` (did you mean `claim`?)'
      }
    ])
    expect(messages[0]?.fatal).toBe(false)
    expect(messages[0]?.expected).toEqual(['claim'])
    expect(parse(document).graph.nodes).toEqual([])
    expect(format(document)).toBe(document + '\n')
  })

  test('unknown containers are reported, kept, and their content still read', () => {
    const document = ':::aside\n:claim[Inside]{#in}\n:::\n'
    expect(messagesFor('unknown-directive', document)).toHaveLength(1)
    expect(parse(document).graph.nodes.map((node) => node.id)).toEqual(['in'])
    expect(format(document)).toBe(document)
  })

  test('unknown leaf directives are reported', () => {
    expect(messagesFor('unknown-directive', '::toc{depth=2}')).toHaveLength(1)
  })

  test('the place is the name, so the suggestion replaces just it', () => {
    const [message] = messagesFor('unknown-directive', '::::evidnce{type=example}\nx\n::::')
    expect(message?.place).toEqual({start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 12, offset: 11}})
    expect(message?.expected).toEqual(['evidence'])
  })
})
