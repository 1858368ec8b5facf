import {describe, expect, test} from 'vitest'
import {displayWidth} from '../../src/render/display-width.js'

describe('displayWidth', () => {
  test('counts display columns: wide characters two, combining marks and ZWJ sequences as pandoc counts them', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('東京都')).toBe(6)
    expect(displayWidth('Jose\u0301')).toBe(4)
    expect(displayWidth('👨‍👩‍👧')).toBe(2)
  })

  // Measured in pieces: Intl.Segmenter, under string-width, takes time growing with the square
  // of one long string (80,000 CJK characters: 78 s), so a long table cell hung the text writer.
  test('long text is measured in pieces whose seams split no grapheme', () => {
    expect(displayWidth('x'.repeat(100_000))).toBe(100_000)
    expect(displayWidth('東'.repeat(100_000))).toBe(200_000)
    expect(displayWidth('e\u0301'.repeat(50_000))).toBe(50_000)
    expect(displayWidth('👨‍👩‍👧'.repeat(20_000))).toBe(40_000)
    expect(displayWidth('ab👍🏽'.repeat(30_000))).toBe(120_000)
  })
})
