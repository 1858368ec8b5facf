import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-seventh round's criteria for `uncited-statistic` (default cues,
// not the model) on figures that a rule, a price list or a rubric sets: a
// limit advised with `at or below` (`should stay at or below 8% of the batch
// weight`), read as `no more than` already was; the size of what a price buys
// in a price list (`£5 for a sack of about 0.4 cubic metres`, `£90 for a 1.2
// cubic metre crate`); the weight a rubric or an exam gives a part of its
// score (`worth 35% of each team's score`). What the round reports anew is in
// prose-round47-stats-found.test.ts. Each quiet row failed on the base commit
// (it was found); each guard row keeps the opposite reading and passes before
// and after. Rows are in our own wording.

describe('a limit advised with `at or below`', () => {
  test.each([
    // `should stay at or below`: a limit a guide advises, like `no more than`.
    ['Wax load should stay at or below 8% of the batch weight.'],
    // `must be kept at or under`: the same, a rule's limit.
    ['Salt must be kept at or under 2% of the flour weight.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a level that stayed within a bound, with no advice, is measured.
    ['Inflation stayed at or below 2% for most of the decade.', ['2%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('the size of what a price buys', () => {
  test.each([
    // `£5 for a sack of about 0.4 cubic metres` and `£90 for a 1.2 cubic metre crate`: the seller's measure of its goods.
    ['Kindling costs £5 for a sack of about 0.4 cubic metres and £90 for a 1.2 cubic metre crate.'],
    // `£18 for a tray of 40 litres`: the same, a tray sold by the volume of compost it holds.
    ['Plug plants are £18 for a tray of 40 litres of compost.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a size reported against an earlier one, with no price before it, is measured.
    ['A builder’s bag now holds about 0.6 cubic metres, down from 0.8 in 2020.', ['about 0.6 cubic metres, down from 0.8']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a part's weight in a rubric's score", () => {
  test.each([
    // `worth 35% of each team's score`: the weight a contest's rubric gives a round.
    ["The cooking round is worth 35% of each team's score."],
    // `counts for 25% of the score`: the same with another verb.
    ['Presentation counts for 25% of the judges’ score.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a share of pay is measured, not a rubric's weight.
    ['Tips are worth 12% of staff pay.', ['12%']],
    // Guard: a share of pupils who reached a mark is a result.
    ['About 30% of pupils reached the top grade.', ['About 30%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
