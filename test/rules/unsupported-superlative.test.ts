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

  test('a hedge earlier in the sentence, the writer\'s own experience, or a superlative that picks out passes', () => {
    const document = [
      'To the best of our knowledge, this is the only bakery in the valley that mills its own flour.',
      'I have always preferred the slow rise, and this was longer than any hike I have done.',
      'Doctors now offer the scan to the poorest households first.',
      'Leaks were found in 9 of the 60 pipes. The largest leak, 3 litres a minute, was in pipe 14.',
      'Trekkers cross the Tarn Pass on day four. A cairn marks the highest point of the pass.',
      'She won the society\'s prize for the best first novel. Its cheapest model sells for £20.',
      'Never leave a candle unattended. Always keep the lid closed.'
    ].join('\n\n')
    expect(lintFor('unsupported-superlative', document)).toEqual([])
  })

  test('rankings, firsts within a named class, `no … yet`, absolute adjectives and `every` after a preposition', () => {
    const document = [
      'The hospital was ranked first in the region for patient safety.',
      'The ferry was the first on the coast to run on batteries.',
      'No vaccine has yet been licensed for it.',
      'Her control of the ball is unmatched in the league.',
      'The charger works with every car sold since 2019.',
      'Symptoms are worst in the morning, and he scored 30 goals, a club record.',
      'The club paid a record £80 million for him.'
    ].join('\n\n')
    expect(lintFor('unsupported-superlative', document).map((message) => message.reason.split('`')[1])).toEqual([
      'ranked first',
      'was the first',
      'No vaccine has yet',
      'unmatched',
      'every car',
      'are worst',
      'a club record',
      'a record £80'
    ])
  })

  test('a superlative ranked within a class the sentence names is a claim even about the draft\'s own matter', () => {
    expect(lintFor('unsupported-superlative', 'The canal opened in 1790. It was the longest canal in the county.')).toHaveLength(1)
    expect(lintFor('unsupported-superlative', 'The deepest part of the lake lies near the dam.')).toHaveLength(1)
  })

  test('in the strict preset only', () => {
    const document = 'This is the largest study ever conducted.'
    expect(lintFor('unsupported-superlative', document, {preset: 'recommended'})).toEqual([])
    expect(lintFor('unsupported-superlative', document, {preset: 'strict'})).toHaveLength(1)
  })
  test('`than ever` is an absolute comparison', () => {
    expect(lintFor('unsupported-superlative', 'Families are borrowing more than ever.')).toHaveLength(1)
  })
})
