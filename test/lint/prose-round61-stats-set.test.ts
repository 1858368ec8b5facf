import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The sixty-first round's criteria for `uncited-statistic` (default cues, not
// the model), no longer reported: the lines of a price list a body announces
// after the colon of the clause that opens it (statistic-pricelist.ts), where
// the opening says the charges are set or follow (`Rates for the 2028 season are
// set as follows: hay at 9 euros per bale, …`) or step on a date to come (`Licence fees
// will increase from 6 April: a claim over £500 will cost £95 …`). The body setting its
// own charges is the source. Each row failed on the base commit; each guard
// row keeps the reading of the base and passes before and after. Rows are in
// our own wording.

describe('a price list announced after its opening clause', () => {
  test.each([
    ['Rates for the 2028 season are set as follows: hay at 9 euros per bale and straw at 6 euros per bale.', []],
    ['Our prices for next year will be as follows: wool at 12 dollars per kilo and fleeces at 30 dollars per fleece.', []],
    ['Licence fees will increase from 6 April: a claim over £500 will cost £95 and a renewal will cost £60.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a list after a colon whose opening reports a change that happened is market news.
    ['guard: Seed prices have gone up again: a sack now costs £52, against £34 two years ago.', ['£52, against £34']],
    // Guard: the colon opens no price list; the share after it is a finding.
    ['guard: The results are as follows: 64% of members voted in favour.', ['64%']],
    // Guard: a price step that happened, before a colon, is read as before.
    ['guard: Fees rose sharply last year: the average member paid £410, up from £350.', ['£410, up from £350']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
