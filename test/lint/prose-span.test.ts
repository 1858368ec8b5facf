import {describe, expect, test} from 'vitest'
import {lastClause} from '../../src/lint/prose/span.js'
import {firstMatchEnd, sentenceHas} from '../../src/lint/prose/sentence-cue.js'

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

describe('sentence cues, read once per sentence', () => {
  const cue = /\bhas been increased\b/iu
  test('sentenceHas answers for the sentence asked about, not the last one read', () => {
    const text = 'The fee has been increased to £4. The hall seats 90.'
    expect(sentenceHas(cue, text, 0, 34)).toBe(true)
    expect(sentenceHas(cue, text, 0, 34)).toBe(true)
    expect(sentenceHas(cue, text, 34, text.length)).toBe(false)
    // Another text with the same offsets is read afresh.
    expect(sentenceHas(cue, 'The fee is unchanged at £4, as agreed long ago.', 0, 34)).toBe(false)
  })

  test('firstMatchEnd gives where the first match ends in the text, or -1', () => {
    const text = 'Rain. Totals are forecast to reach 40 mm and are forecast to ease.'
    const forecast = /\bare forecast to\b/iu
    expect(firstMatchEnd(forecast, text, 6, text.length)).toBe(text.indexOf('are forecast to') + 'are forecast to'.length)
    expect(firstMatchEnd(forecast, text, 0, 5)).toBe(-1)
  })
})
