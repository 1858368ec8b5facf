import {describe, expect, test} from 'vitest'
import {lintFor, places} from './lint-helpers.js'

describe('unsupported-superlative', () => {
  test('hedged, cited, quoted and look-alike words pass', () => {
    const document = [
      'The Cairo conference was one of the largest meetings of the decade.',
      'Consultations are not always open, and almost never binding.',
      'Chapter X remains the only global blueprint [@un1994icpd].',
      'The minister called it "the worst deal ever signed".',
      'The latest figures, the rest of the report and the interest rates follow.'
    ].join('\n\n')
    expect(lintFor('unsupported-superlative', document)).toEqual([])
  })

  test('superlatives and absolutes are reported at their words', () => {
    const messages = lintFor('unsupported-superlative', 'Germany has the largest foreign-born population.\n\nGovernments always put control first.')
    expect(places(messages)).toEqual(['1:13', '3:13'])
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected unsupported superlative `the largest`, expected a citation or footnote in its paragraph',
      'Unexpected unsupported absolute `always`, expected a citation or footnote in its paragraph'
    ])
  })

  test('in the strict preset only', () => {
    const document = 'This is the largest study ever conducted.'
    expect(lintFor('unsupported-superlative', document, {preset: 'recommended'})).toEqual([])
    expect(lintFor('unsupported-superlative', document, {preset: 'strict'})).toHaveLength(1)
  })
})
