import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {stopWordsExpression} from '../../../src/render/csl/stop-words.js'
import {runs} from '../../fuzz.js'

// citeproc-js builds its skip-words regex with this shape (citeproc_commonjs.js,
// `makeRegExp`) and only asks whether a word matches it. It backtracks
// quadratically over a run of `?!:` or spaces that no stop word follows.
const words = stopWordsExpression.source.match(/\(\?:((?:[a-z]+\|)+[a-z]+)\)/)?.[1] ?? ''
const citeprocShape = new RegExp('(?:(?:[?!:]*\\s+|-|^)(?:' + words + ')(?=[!?:]*\\s+|-|$))', 'g')

function matches(expression: RegExp, value: string): boolean {
  return value.match(expression) !== null
}

describe('stopWordsExpression', () => {
  test('reads the same stop words as citeproc-js’s shape would', () => {
    expect(words.split('|')).toEqual(expect.arrayContaining(['a', 'of', 'the', 'de', 'van', 'von']))
  })

  test('matches exactly where citeproc-js’s shape matches', () => {
    const pieces = ['a', 'of', 'the', 'onto', 'de', 'x', 'Of', ' ', '\t', '!', '?', ':', '-', '!!', '  ']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 16}), (parts) => {
        const value = parts.join('')
        expect(matches(stopWordsExpression, value)).toBe(matches(citeprocShape, value))
      }),
      runs(2000)
    )
  })

  test('cases that separate a run start from a run middle', () => {
    // Spaces, then `!`, then spaces: the match starts at the `!`.
    expect(matches(stopWordsExpression, ' ! to')).toBe(true)
    expect(matches(stopWordsExpression, '?:  of')).toBe(true)
    expect(matches(stopWordsExpression, '!!x of')).toBe(true)
    expect(matches(stopWordsExpression, '!!!x')).toBe(false)
  })

  test('a word of 100,000 `!` or spaces is read in one pass', () => {
    // Measured with citeproc-js's shape: 20,000 took about 1 s, so 100,000
    // would take about 25 s; this shape takes under a millisecond. A hang
    // guard, not a benchmark: the test's own time limit is the assertion.
    for (const value of ['-' + '!'.repeat(100_000), ' '.repeat(100_000) + 'x', '!'.repeat(50_000) + ' '.repeat(50_000)]) {
      expect(matches(stopWordsExpression, value)).toBe(false)
    }
  }, 5000)
})
