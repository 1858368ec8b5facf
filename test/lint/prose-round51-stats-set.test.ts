import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-first round's criteria for `uncited-statistic` (default cues, not
// the model) on the writer's own prices and terms, set rather than found
// (statistic-tariff.ts unless named): a seller's mark-up on cost (`Parts are charged at
// cost plus 15%`), a share of a rate something is paid or charged at (`Late
// cancellations are charged at half the day rate`), and a rise or a cut
// payers will see from a date to come (`Trade customers will see a rise of
// 6% from March`); a small part of its own stock the writer's group renewed
// (`We replaced 14 of the 60 pushers`, statistic-narrative.ts); and a rule's
// share of a gap to a fixed number (`Handicaps are 80% of the difference
// between a player's average and 200`, statistic-scheme.ts). What the round
// reports anew is in
// prose-round51-stats-found.test.ts. Each quiet row failed on the base
// commit (it was found); each guard row keeps the opposite reading and
// passes before and after. Rows are in our own wording.

describe("a seller's mark-up on cost", () => {
  test.each([
    // `at cost plus 15%`: the seller's term, not a measured share.
    ['Parts are charged at cost plus 15%.'],
    // The same, another verb and words after.
    ['Timber is supplied at cost plus 12% on every job.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a price that rose stays a change found.
    ['guard: Timber prices rose 12% last year.', ['rose 12%']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a share of a rate something is paid or charged at', () => {
  test.each([
    // `are charged at half the day rate`: a term of the price list.
    ['Late cancellations are charged at half the day rate.'],
    // A share of a fee named after it.
    ['Missed appointments are billed at 50% of the session fee.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: what somebody was paid, in the past, stays a finding.
    ['guard: The contractor was paid at twice the usual rate.', ['twice the usual rate']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a rise or a cut payers will see from a date to come', () => {
  test.each([
    // `will see a rise of 6% from March`: a price's step announced.
    ['Trade customers will see a rise of 6% from March.'],
    // The same with a day.
    ['Members will see an increase of 4% from 1 April.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a rise with no date it takes effect from stays a claim.
    ['guard: Households will see a rise of 8% in their bills.', ['8%']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe("a small part of its own stock the writer's group renewed (statistic-narrative.ts)", () => {
  test.each([
    // `We replaced 14 of the 60 pushers`: the writer's own work on its own stock, a small count in narrative.
    ['We replaced 14 of the 60 pushers with new cabinets in March.'],
    // The writer's volunteers, another verb, `of our`.
    ['Our volunteers have repainted 9 of our 30 benches.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a part the writer found to be so is a result.
    ['guard: We found that 14 of the 60 pushers were faulty.', ['14 of the 60']],
    // Guard: the same renewal set against an earlier year is a result.
    ['guard: We replaced 14 of the 60 pushers, up from 6 last year.', ['14 of the 60']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe("a rule's share of a gap to a fixed number (statistic-scheme.ts)", () => {
  test.each([
    // `Handicaps are 80% of the difference between … and 200`: the rule's formula, not a share measured.
    ["Handicaps are 80% of the difference between a player's average and 200."],
    // Another rule, `gap`.
    ['The allowance is 75% of the gap between your best round and 72.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a share of a gap observed in the past is a finding.
    ['guard: The pay gap was 40% of the difference between the two grades.', ['40%']],
    // Guard: a share of an earlier level is a change told, not a formula.
    ['guard: Handicaps are 90% of what they were.', ['90%']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a frequency after a count is no comparison (statistic-field.ts)', () => {
  // Round 51 made a comparison after a small count a result. `twice a year` is how often the
  // writer's own work recurs, not a count set against another: the contract's scope stays quiet.
  test.each([
    ['Our servicing contract with the trust covers 37 boilers, each checked twice a year.'],
    ['Our maintenance round covers 28 lifts, each inspected twice per month.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: `twice` as a multiple of an earlier count stays a comparison (and the multiple a figure).
    ['guard: There were 52 entries in the jam class, twice the number in 2024.', ['52 entries', 'twice the number']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
