import {describe, expect, test} from 'vitest'
import {lastClause} from '../../src/lint/prose/span.js'

describe('lastClause', () => {
  test.each([
    ['members must be on site; volunteers must sign in for', /[.;!?]/gu, ' volunteers must sign in for'],
    ['For fields at index 2, apply', /[,;:]\s/gu, 'apply'],
    ['no mark at all', /[,;:]\s/gu, 'no mark at all'],
    ['ends on a mark; ', /[;:]\s/gu, ''],
    ['', /[,;]/gu, ''],
    // A mark of several characters is cut whole.
    ['the vans are slow, but buyers say', /,\s(?:and|but)\s/gu, 'buyers say']
  ])('lastClause(%j) is %j', (lead, marks, expected) => {
    expect(lastClause(lead, marks)).toBe(expected)
  })

  test('reads a long lead once and keeps the words after its last mark', () => {
    const lead = 'word, '.repeat(50_000) + 'the last clause'
    expect(lastClause(lead, /,\s/gu)).toBe('the last clause')
  })
})
