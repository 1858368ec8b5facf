import {describe, expect, test} from 'vitest'
import {parse} from '../../src/index.js'
import {allMessages, messagesFor, seen} from '../helpers.js'

describe('unknown-attribute', () => {
  test('attributes of the kind pass, `.class` included', () => {
    expect(allMessages(':claim[x]{#x .key thesis}')).toEqual([])
    expect(parse(':claim[x]{#x .key .main}').graph.nodes[0]).toMatchObject({class: 'key main'})
  })

  test('a misspelt attribute is reported at its name with a fix', () => {
    const messages = messagesFor('unknown-attribute', ':claim[A]{#a}\n\n:factor[F]{#f explains=a gruop=issue-area}')
    expect(messages.map(seen)).toEqual([
      {
        ruleId: 'unknown-attribute',
        line: 3,
        column: 26,
        reason:
          'Unexpected attribute `gruop` on factor, expected one of `group`, `explains`, `supports`, `qualifies` or `class` (did you mean `group`?)'
      }
    ])
    expect(messages[0]?.expected).toEqual(['group=issue-area'])
    expect(parse(':factor[F]{#f explains=a gruop=x}').graph.nodes[0]).not.toHaveProperty('gruop')
  })

  test('an attribute far from every name has no suggestion', () => {
    const [message] = messagesFor('unknown-attribute', ':objection[o]{#o attacks=o2 colour=red}\n\n:objection[o2]{#o2 attacks=o}')
    expect(message?.reason).toBe(
      'Unexpected attribute `colour` on objection, expected one of `attacks`, `qualifies` or `class`'
    )
    expect(message?.expected).toBeUndefined()
  })
})
