import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {splitSentences} from '../../src/extract/sentences.js'
import {runs} from '../fuzz.js'

const split = (text: string) => splitSentences(text).map((range) => text.slice(range.start, range.end))

describe('splitSentences', () => {
  test('splits at full stops, question and exclamation marks', () => {
    expect(split('Migration grew. Did policy follow? It did not!  Nobody asked.')).toEqual([
      'Migration grew.',
      'Did policy follow?',
      'It did not!',
      'Nobody asked.'
    ])
  })

  test('abbreviations, initials and numbers do not end a sentence', () => {
    expect(split('See p. 185 and pp. 33-35 in Vol. 2. Dr. Smith, e.g. in the U.S. Congress, et al. agreed. J. Doe wrote 3.5 pages.')).toEqual([
      'See p. 185 and pp. 33-35 in Vol. 2.',
      'Dr. Smith, e.g. in the U.S. Congress, et al. agreed.',
      'J. Doe wrote 3.5 pages.'
    ])
  })

  test('a page abbreviation, a month, a time or etc. followed by a capital does end one', () => {
    expect(split('It is on the last p. The next part begins.')).toEqual(['It is on the last p.', 'The next part begins.'])
    expect(split('It happened at 10 a.m. The office closed.')).toEqual(['It happened at 10 a.m.', 'The office closed.'])
    expect(split('Prices fell in Feb. Then they stopped, on Feb. 3 and Mar. 4.')).toEqual(['Prices fell in Feb.', 'Then they stopped, on Feb. 3 and Mar. 4.'])
    expect(split('Pens, paper etc. All gone.')).toEqual(['Pens, paper etc.', 'All gone.'])
  })

  test('a lower-case word after the stop continues the sentence', () => {
    expect(split('Costs rose (approx. two thirds) etc. and more.')).toEqual(['Costs rose (approx. two thirds) etc. and more.'])
  })

  test('closing quotes and atoms after the stop belong to the sentence they end', () => {
    expect(split('He said "Stop." Then he left.\uFFFC Next came.')).toEqual(['He said "Stop."', 'Then he left.\uFFFC', 'Next came.'])
    expect(split('"Why?" she asked. “Because.” Fine.')).toEqual(['"Why?" she asked.', '“Because.”', 'Fine.'])
  })

  test('ellipses and runs of marks stay together', () => {
    expect(split('Wait... What?! Yes.')).toEqual(['Wait...', 'What?!', 'Yes.'])
  })

  test('text without a final stop is one sentence; white space alone is none', () => {
    expect(split('  a heading without a stop  ')).toEqual(['a heading without a stop'])
    expect(split(' \n ')).toEqual([])
  })

  test('sentences are in order, do not overlap, and never start or end with white space', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', 'B', ' ', '.', '?', '"', '3', 'e.g.', 'p.', '\n', '\uFFFC')}), (text) => {
        let last = 0
        for (const {start, end} of splitSentences(text)) {
          expect(start).toBeGreaterThanOrEqual(last)
          expect(end).toBeGreaterThan(start)
          expect(text.slice(start, end)).toBe(text.slice(start, end).trim())
          last = end
        }
        // Nothing but white space is left outside the sentences.
        const outside = splitSentences(text).reduceRight((rest, {start, end}) => rest.slice(0, start) + rest.slice(end), text)
        expect(outside.trim()).toBe('')
      }),
      runs(300)
    )
  })
})
