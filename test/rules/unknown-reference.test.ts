import {describe, expect, test} from 'vitest'
import {allMessages, messagesFor} from '../helpers.js'

describe('unknown-reference', () => {
  test('references to nodes of the document pass', () => {
    expect(allMessages(':claim[A]{#funding}\n\n:evidence[x]{type=example supports=funding}')).toEqual([])
  })

  test('a typo is reported at the attribute with a suggestion', () => {
    const [message, ...rest] = messagesFor(
      'unknown-reference',
      ':claim[A]{#funding}\n\n:evidence[x]{type=example supports=fundng}'
    )
    expect(rest).toEqual([])
    expect(message?.line).toBe(3)
    expect(message?.column).toBe(36)
    expect(message?.reason).toBe(
      'Unexpected reference to unknown id `fundng` in `supports` of `evidence-1`, expected the id of a node (did you mean `funding`?)'
    )
    expect(message?.expected).toEqual(['funding'])
  })

  test('a name far from every id gets no suggestion', () => {
    const [message] = messagesFor('unknown-reference', ':claim[A]{#a supports=zzzzzz}')
    expect(message?.reason).toBe(
      'Unexpected reference to unknown id `zzzzzz` in `supports` of `a`, expected the id of a node'
    )
    expect(message?.expected).toBeUndefined()
  })

  test('each unknown target of a list is reported', () => {
    expect(messagesFor('unknown-reference', ':claim[A]{#a supports="b, c d"}')).toHaveLength(3)
  })

  test('the suggestion is never the node itself, and replaces only the wrong target', () => {
    const [own] = messagesFor('unknown-reference', ':claim[x]{#impact supports=impakt}')
    expect(own?.expected).toBeUndefined()
    const [typo] = messagesFor('unknown-reference', ':claim[a]{#a}\n\n:claim[i]{#impact}\n\n:claim[x]{#x supports="a, impakt"}')
    expect([typo?.line, typo?.column, typo?.place]).toEqual([
      5,
      27,
      {start: {line: 5, column: 27, offset: 61}, end: {line: 5, column: 33, offset: 67}}
    ])
    expect(typo?.expected).toEqual(['impact'])
  })
})
