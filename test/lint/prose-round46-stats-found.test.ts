import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-sixth round's criteria for `uncited-statistic` (default cues, not
// the model) on sums that are found though they read like a price or a grant
// set: a price a sale realised, told as a thing changing hands (`changed hands
// in May for £480,000`); the grants a body made over a period (`made grants
// of £230,000 in the year`), which are a total paid out, not a grant's set
// size (`grants of up to £5,000`). What the round no longer reports is in
// prose-round46-stats-set.test.ts. Each found row failed on the base commit
// (it was not found); each guard row keeps the opposite reading and passes
// before and after. Rows are in our own wording.

describe('a price a sale realised, as a thing changing hands', () => {
  test.each([
    // `changed hands in May for`: the price a sale realised, a figure about the market.
    ['A cottage in the village changed hands in May for £480,000.', ['£480,000']],
    // The same with the time before `for` and a comment after the sum.
    ['A cottage on the green changed hands last year for £480,000, a record for the parish.', ['£480,000']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: the writer's own offer to sell is a price set, not realised.
    ['We will sell the spare hut for £9,500 to the first member who asks.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('the grants a body made over a period', () => {
  test.each([
    // `made grants of … in the year`: what the trust paid out, a total found.
    ['The trust made grants of £230,000 in the year to March.', ['£230,000']],
    // `made grants totalling`: the same total, with its own word.
    ['The foundation made grants totalling £1.2 million last year.', ['£1.2 million']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a grant's set size is not a total made.
    ['Grants of up to £5,000 are open to village halls.'],
    // Guard: `awarded grants of up to`: the most each grant may be stays set.
    ['The fund awarded grants of up to £2,000 each to the schools on its list.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})
