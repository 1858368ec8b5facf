import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-seventh round's criteria for `uncited-statistic` (default cues, not
// the model), reported anew: a fraction or one in n after `account for`
// (`accounted for just over half`, `account for two in five lots`) is a share
// of the whole just named, read with or without `of` (statistic-share.ts);
// before, a share with no `of` after it was not read. `accounts for most of`
// and `a growing share` give no figure and stay unread. Nothing is reported
// no longer. Each found row failed on the base commit; each guard row keeps
// the reading of the base and passes before and after. Rows are in our own
// wording.

describe('a share after `account for`', () => {
  test.each([
    // A qualified fraction ending the clause, no `of`.
    ['Fly-tipping on farmland accounted for just over half.', ['accounted for just over half']],
    // A bare fraction before a comma.
    ['Sheep accounted for a third, cattle for the rest.', ['accounted for a third']],
    // Half, ending the sentence.
    ['Online bookings now account for half.', ['account for half']],
    // Two thirds before a clause.
    ['Repeat callers account for two thirds and the rest are new.', ['account for two thirds']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: `most of` gives no figure.
    ['guard: Day trippers accounted for most of the rise in footfall.', []],
    // Guard: a growing share gives no figure.
    ['guard: Electric vans account for a growing share of deliveries.', []],
    // Guard: `account for` as explain, with no share after it.
    ['guard: Nobody could account for the missing keys.', []],
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })

  test.each([
    // Guard: a share with `of` was read before and still is, as one statistic (its span may now start at `account`).
    ['guard: Dogs accounted for about a quarter of the calls.'],
    // Guard: one in n with its noun was read before and still is, once.
    ['guard: Heifers accounted for three in ten sales at the spring market.']
  ])('%s', (text) => {
    expect(found(text.replace(/^guard: /u, ''))).toHaveLength(1)
  })
})
