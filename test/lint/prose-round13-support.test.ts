import {describe, expect, test} from 'vitest'
import {count, found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'

// Round 13 of the prose rules (superlatives, quotations and their speakers,
// vague attributions). Each case is paired with a twin on the other side, in
// our own wording.

describe('superlatives and absolutes that rank nothing of the world', () => {
  test.each([
    // A word that only ends in `-est` with a prefix; the same word ranked with `most`.
    ['The court must decide whether the agent was dishonest.', 'He is the most dishonest agent in the trade.', 'the most dishonest'],
    // A length set by an organiser, within its programme; ranked against a region of the world.
    ['The coastal stage, the longest stage on the calendar at 230 km, starts at dawn.', 'The coastal stage is the longest stage in Europe.', 'the longest'],
    // One of the set just named, picked out by name; with a comparison class it ranks again.
    [
      'We run six courses in the park. The most popular, Riverside Loop, draws families.',
      'We run six courses in the park. The most popular in the county, Riverside Loop, draws families.',
      'The most popular'
    ],
    // An instruction opening on a verb and its particle; an adjective before a noun opens no instruction.
    ['Pat dry with a soft cloth, never a paper towel.', 'Cold dry air in the attic never harms old paper.', 'never'],
    ['Wipe down the shelves in every room.', 'Damp has spread into every room.', 'every room']
  ])('%s', (picked, claim, words) => {
    expect(found(detectSuperlatives, picked)).toEqual([])
    expect(found(detectSuperlatives, claim)).toEqual([words])
  })

  test('a ranking measured in a programme stays a claim', () => {
    expect(found(detectSuperlatives, 'Saturday is the busiest day on the calendar for shops.')).toEqual(['the busiest'])
  })
})

describe('rankings without `the … -est` before a noun', () => {
  test.each([
    // A superlative adverb after its verb; hedged.
    ['Rust spreads fastest where paint is chipped.', 'spreads fastest', 'Rust probably spreads fastest where paint is chipped.'],
    // `every` as the object of a verb of fitting or opening; a time, or the writer's own trials.
    ['The new key opens every door in the building.', 'every door in', 'The café opens every morning at eight.'],
    ['The new key opens every door in the building.', 'every door in', 'It fits every lock we tried.'],
    // `the most` closing a clause after a verb; someone's own wish.
    ['Farmers in the north earned the most, at about twice the average.', 'the most', 'The choir is what she missed the most.']
  ])('%s', (claim, words, other) => {
    expect(found(detectSuperlatives, claim)).toEqual([words])
    expect(found(detectSuperlatives, other)).toEqual([])
  })
})

describe('sources that are the writer’s own or no source at all', () => {
  test.each([
    // A counted group telling the writer; a bare or a vaguely quantified class.
    ['Three readers have told us of refunds refused.', 'Readers have told us of refunds refused.', 'Readers have told'],
    ['Three readers have told us of refunds refused.', 'Several readers have told us of refunds refused.', 'Several readers have told'],
    // A decision taken; a view held.
    ['Committee members agreed to meet in March.', 'Committee members agreed that the fee was too high.', 'Committee members agreed']
  ])('%s', (own, vague, words) => {
    expect(found(detectVagueAttributions, own)).toEqual([])
    expect(found(detectVagueAttributions, vague)).toEqual([words])
  })
})

describe('who says the words in quotation marks', () => {
  test('the subject of a passive of telling heard them; an agent after it said them', () => {
    const told = 'Buyers are often told that "a new boiler pays for itself within three winters," but that is rarely so.'
    const byAgent = 'Buyers are often told by Ofgem that "a new boiler pays for itself within three winters," but that is rarely so.'
    expect([count('quotation-without-citation', told), count('unattributed-quotation', told)]).toEqual([0, 1])
    expect([count('quotation-without-citation', byAgent), count('unattributed-quotation', byAgent)]).toEqual([1, 0])
  })

  test.each([
    // A literary tag named after the quotation; the speaker's own line.
    ['The coach said the season had been "the winter of our discontent", an echo of Shakespeare.', 'The coach said the season had been "a winter we would all rather forget", a line he repeated twice.'],
    // A private instrument's words under construction; a verdict on the instrument in quotation marks.
    [
      'The tenancy agreement binds the landlord to "repair howsoever caused and of whatever nature", words that tribunals read narrowly.',
      'The council said the tenancy agreement was "a fair bargain for both sides and no trap".'
    ]
  ])('%s', (borrowed, words) => {
    expect(count('unattributed-quotation', borrowed) + count('quotation-without-citation', borrowed)).toBe(0)
    expect(count('quotation-without-citation', words)).toBe(1)
  })
})
