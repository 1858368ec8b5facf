import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The sixty-first round's criteria for `uncited-statistic` (default cues, not
// the model), reported anew: a sum whose currency is written before it as a
// code or a common abbreviation (`LKR 600`, `UGX 9,800`, `Rs 2,500`, `KSh
// 24`), a dollar with its country's letters (`NZ$`, `J$`, `N$`) or a symbol
// other than `$ € £ ¥` (`₹`, `₦`) is read as a sum, as `£600` is, no longer as
// a bare count or not at all (statistic-rules.ts). Each found row failed on
// the base commit; each guard row keeps the reading of the base and passes
// before and after. Rows are in our own wording.

describe('a sum with its currency code or letters before it read anew', () => {
  test.each([
    ['Tea pickers were paid LKR 45 a kilo this season, down from LKR 52.', ['LKR 45 a kilo this season, down from LKR 52']],
    ['Most traders now earn about UGX 9,800 a day.', ['UGX 9,800']],
    ['The average household spends ₹2,400 a month on cooking gas.', ['₹2,400']],
    ['The council spent J$4.1 million on repairs to the jetty.', ['J$4.1 million']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: letters before a number that are no currency stay unread, or a count.
    ['guard: Delegates met again at COP 26 in Glasgow.', []],
    ['guard: The works are certified to ISO 9001.', []],
    // Guard: a sum in pounds reads as before.
    ['guard: The average household spends £240 a month on heating.', ['£240']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
