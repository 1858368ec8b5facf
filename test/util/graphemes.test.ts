import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {graphemes} from '../../src/util/graphemes.js'
import {runs} from '../fuzz.js'

// What Intl.Segmenter gives reading the whole text at once (quadratic in V8
// for long texts, so argmark reads it a piece at a time).
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'})
const whole = (text: string) => Array.from(segmenter.segment(text), (segment) => segment.segment)

// Code points whose clusters reach across pieces: marks, joiners, regional
// indicators, Hangul jamo, an Indic conjunct, CR LF and lone surrogates.
const unit = fc.constantFrom('a', ' ', '\r', '\n', '\u0301', '\u200D', '\uFE0F', '\u{1F469}', '\u{1F1EC}', '\u{1F1E7}', '\u1100', '\u1161', '\u11A8', '\u0915', '\u094D', '\uD800', '\uDC00')

describe('graphemes', () => {
  test('the clusters Intl.Segmenter finds in the whole text, across the pieces it is read in', () => {
    fc.assert(
      fc.property(fc.array(unit, {minLength: 300, maxLength: 1500, size: 'max'}), (units) => {
        const text = units.join('')
        expect(graphemes(text)).toEqual(whole(text))
      }),
      runs(300)
    )
  })

  test('sequences longer than a piece: emoji, regional indicator pairs, one letter with 2,000 accents, CR LF', () => {
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'
    for (const text of [family.repeat(100), '\u{1F1EC}\u{1F1E7}'.repeat(301) + '\u{1F1EC}', 'x' + '\u0301'.repeat(2000) + 'y', 'a\r\n'.repeat(400), '']) {
      expect(graphemes(text)).toEqual(whole(text))
    }
    expect(graphemes(family.repeat(100))).toHaveLength(100)
    expect(graphemes('x' + '\u0301'.repeat(2000) + 'y')).toHaveLength(2)
  })
})
