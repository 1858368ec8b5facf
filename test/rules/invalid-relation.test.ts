import {describe, expect, test} from 'vitest'
import {allMessages, messagesFor} from '../helpers.js'

describe('invalid-relation', () => {
  test('relations the matrix allows pass', () => {
    const document = [
      ':claim[C]{#c supports=r}',
      ':factor[F]{#f explains=c group=g}',
      ':evidence[E]{#e type=statistic supports=f} [@doe2000, p. 3]',
      ':objection[O]{#o attacks=c}',
      ':recommendation[R]{#r}'
    ].join('\n\n')
    expect(allMessages(document, {sources: [{id: 'doe2000', type: 'book'}]})).toEqual([])
  })

  test('`explains` from a claim to a recommendation is reported', () => {
    const [message, ...rest] = messagesFor(
      'invalid-relation',
      ':recommendation[R]{#r}\n\n:claim[C]{#c explains=r}'
    )
    expect(rest).toEqual([])
    expect(message?.line).toBe(3)
    expect(message?.column).toBe(23)
    expect(message?.reason).toBe(
      'Unexpected `explains` from claim `c` to recommendation `r`, expected a target of kind `claim`'
    )
  })

  test('a factor may not explain a recommendation', () => {
    expect(
      messagesFor('invalid-relation', ':recommendation[R]{#r}\n\n:factor[F]{#f explains=r}')
    ).toHaveLength(1)
  })

  test('an unknown target is left to unknown-reference', () => {
    const messages = allMessages(':factor[F]{#f explains=nowhere}')
    expect(messages.map((message) => message.ruleId)).toEqual(['unknown-reference'])
  })
})
