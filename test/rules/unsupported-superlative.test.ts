import {describe, expect, test} from 'vitest'
import {lintFor, places} from './lint-helpers.js'

describe('unsupported-superlative', () => {
  test('hedged, cited, quoted and look-alike words pass', () => {
    const document = [
      'The Cairo conference was one of the largest meetings of the decade.',
      'Consultations are not always open, and almost never binding.',
      'Chapter X remains the only global blueprint [@un1994icpd].',
      'The minister called it "the worst deal ever signed".',
      'The latest figures, the rest of the report and the interest rates follow.',
      'Plastic was found in the deepest part of the ocean.',
      'But nobody I know takes the bus, and we will never know why.',
      'This is, to our knowledge, the first iron catalyst of its kind.'
    ].join('\n\n')
    expect(lintFor('unsupported-superlative', document)).toEqual([])
  })

  test('superlatives and absolutes are reported at their words', () => {
    const messages = lintFor('unsupported-superlative', 'Germany has the largest foreign-born population.\n\nGovernments always put control first.')
    expect(places(messages)).toEqual(['1:13', '3:13'])
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected superlative `the largest` without a citation in its sentence, expected a citation such as `[@key, p. N]` after it, or a hedge',
      'Unexpected absolute `always` without a citation in its sentence, expected a citation such as `[@key, p. N]` after it, or a hedge'
    ])
  })

  test('superlatives without `the`, `no other`, `than any`, `the first ever`, `every`', () => {
    const document = [
      'Towns were hit hardest.',
      'The gap is widest for Afghans.',
      'No other drug works as well.',
      'It grew faster than any other form of migration.',
      'It was the first ever vaccine of its kind.',
      'Resistance is rising in every region.'
    ].join('\n\n')
    expect(lintFor('unsupported-superlative', document).map((message) => message.reason.split('`')[1])).toEqual([
      'hit hardest',
      'is widest',
      'No other',
      'faster than any other',
      'the first ever',
      'every region'
    ])
  })

  test('in the strict preset only', () => {
    const document = 'This is the largest study ever conducted.'
    expect(lintFor('unsupported-superlative', document, {preset: 'recommended'})).toEqual([])
    expect(lintFor('unsupported-superlative', document, {preset: 'strict'})).toHaveLength(1)
  })
})
