import {describe, expect, test} from 'vitest'
import {sentenceReadings, stretchesOf, stretchWithin} from '../../src/lint/prose/sentence-reading.js'
import {english} from '../../src/lint/prose/english.js'
import type {ProseBlock} from '../../src/extract/prose.js'

describe('sentence readings', () => {
  test('stretches are every match, in text order', () => {
    expect(stretchesOf('a; b, and c; d', /,\s+and\s|;\s/gu)).toEqual([
      {start: 1, end: 3},
      {start: 4, end: 10},
      {start: 11, end: 13}
    ])
  })

  test('a stretch lies within a range only when wholly inside it', () => {
    const items = [
      {start: 2, end: 4},
      {start: 10, end: 12}
    ]
    expect(stretchWithin(items, 0, 4)).toBe(true)
    expect(stretchWithin(items, 0, 3)).toBe(false) // ends past the range
    expect(stretchWithin(items, 3, 11)).toBe(false) // one starts before, the other ends after
    expect(stretchWithin(items, 3, 12)).toBe(true)
    expect(stretchWithin(items, 12, 20)).toBe(false)
    expect(stretchWithin([], 0, 20)).toBe(false)
  })

  test('a sentence is read once per block and language, each sentence apart', () => {
    const readings = sentenceReadings<number>()
    const block = {} as ProseBlock
    let reads = 0
    const read = () => ++reads
    expect(readings(block, 0, english, read)).toBe(1)
    expect(readings(block, 0, english, read)).toBe(1)
    expect(readings(block, 1, english, read)).toBe(2)
    expect(readings({} as ProseBlock, 0, english, read)).toBe(3)
    expect(reads).toBe(3)
  })
})
