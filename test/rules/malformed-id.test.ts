import {describe, expect, test} from 'vitest'
import {allMessages, messagesFor, seen} from '../helpers.js'

describe('malformed-id', () => {
  test('ids of letters, digits, `_` and `-` pass', () => {
    expect(allMessages(':claim[x]{#a_b-1}\n\n:claim[y]{id=Z9}')).toEqual([])
  })

  test('an id starting with a digit is reported at the id', () => {
    expect(messagesFor('malformed-id', 'A :claim[x]{#1st}.').map(seen)).toEqual([
      {
        ruleId: 'malformed-id',
        line: 1,
        column: 13,
        reason: 'Unexpected id `1st`, expected a letter, then letters, digits, `_` or `-`'
      }
    ])
  })

  test('an id with other punctuation is reported', () => {
    expect(messagesFor('malformed-id', ':claim[x]{id="a.b"}')).toHaveLength(1)
  })
})
