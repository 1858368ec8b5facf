import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-fifth round's criteria for `uncited-statistic` (default cues, not
// the model) on a floor a rule or a term sets, no longer reported: a figure
// right after `a minimum of`, or opening on it (`contributions stay at a
// minimum of 8% of earnings`, statistic-bound.ts), not a minimum reached
// (`fell to a minimum of 4 °C`, `recorded a minimum of`). What the round
// reports anew is in prose-round55-stats-found.test.ts. Each quiet row failed
// on the base commit (it was found); each guard row keeps the opposite reading
// and passes before and after. Rows are in our own wording.

describe('a floor named as a minimum', () => {
  test.each([
    // `stay at a minimum of 8%`: the floor the scheme keeps.
    ['Pension payments remain at a minimum of 9% of salary.'],
    // A measurement a term sets.
    ['Fence posts go in at a minimum of 60 cm below ground level on the estate.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a minimum reached is a reading.
    ['guard: Night temperatures fell to a minimum of 4 °C on 12 May.', ['4 °C']],
    // Guard: `recorded`, a reading.
    ['guard: The gauge recorded a minimum of 3.2 mm of rain.', ['3.2 mm']],
    // Guard: a share a party sets (`is set at`) was quiet already.
    ['guard: The deposit is set at a minimum of 25% of the hire charge.', []],
    // Guard: a share with no minimum named stays found.
    ['guard: Pension payments rose to 9% of salary.', ['rose to 9%']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
