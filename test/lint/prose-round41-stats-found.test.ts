import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-first round's criteria for `uncited-statistic` (default cues, not
// the model) on quantities found about the world that the base missed: a
// count set against a count of another period with `against`, and energy in
// megawatt- and gigawatt-hours.
// Each found row failed on the base commit (it was missed); each guard row
// keeps the opposite reading and passes before and after. Rows are in our
// own wording.

describe('a count set against the count of another period', () => {
  test.each([
    // Two counts, each with its own period, joined by `against`.
    ['The wardens logged 37 fly-tipping reports in March against 12 in February.', ['37 fly-tipping reports in March against 12']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: `against` a side, with no count of a period after it, is no comparison.
    ['We play 3 matches in May against teams from the next county.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('energy in megawatt- and gigawatt-hours', () => {
  test.each([
    // Gigawatt-hours exported are a measured quantity.
    ['The solar farm exported 61 GWh to the grid last year.', ['61 GWh']],
    // Megawatt-hours too.
    ['The school roof generated 212 MWh over its first summer.', ['212 MWh']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
