import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-third round's criteria for `uncited-statistic` (default cues, not
// the model) on figures it now reports: a change told in two steps, with
// `again` or `further` between its verb and its new level and `just` or
// `only` before the level (`fell again, to just 11`); a change between two
// levels in digits whose new level is a small bare number, no longer misread
// as a clock time (`fell from 23 to 7`: the whole phrase is now one
// statistic, statistic-change.ts); and a count set against nothing before it
// (`9 territories, up from none`). What the round reports no longer is in
// prose-round53-stats-set.test.ts. Each found row failed on the base commit;
// each guard row keeps the opposite reading and passes before and after. Rows
// are in our own wording.

describe('a change told with `again` and a qualified new level', () => {
  test.each([
    // `fell again, to just 11`: the second fall of a count, its new level after `to just`.
    ['Sightings at the lower weir fell again, to just 14.', ['fell again, to just 14']],
    // Another verb, `only`, no comma.
    ['Bookings for the spring course dropped again to only 38.', ['dropped again to only 38']],
    // `further`, a bigger number, no qualifier.
    ['The waiting list grew further, to 460.', ['grew further, to 460']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a change with no `again` reads as before.
    ['guard: Bookings for the spring course dropped to 38.', ['dropped to 38']],
    // Guard: `again` with no number after it is no figure.
    ['guard: The river fell again overnight, and the ford reopened.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a change between two levels, the new one a small bare number', () => {
  test.each([
    // `fell from 23 to 7`: not `23 minutes to seven`; the whole change is one statistic.
    ['Call-outs to the farm fell from 19 to 6 over the year.', ['fell from 19 to 6']],
    // Another verb, the change upward.
    ['Nesting pairs on the island rose from 4 to 9 after the rats were cleared.', ['rose from 4 to 9']],
    // Another verb and a bigger first count, the new level still one a clock could name.
    ['Break-ins on the estate dropped from 260 to 11 after the lights went up.', ['dropped from 260 to 11']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a clock time after `from … to` with no verb of change stays no figure.
    ['guard: The hall is open from 10 to 4 on Saturdays.', []],
    // Guard: years at both ends are no change of level.
    ['guard: The survey ran from 2019 to 2024 on the same plots.', []],
    // Guard: a clock time after the second number.
    ['guard: The clinic moved from 9 to 11 am on Thursdays.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a count set against nothing before it', () => {
  test.each([
    // `9 territories, up from none`: a count that rose from nothing is a change, small as it is.
    ['Sand martins dug 7 new burrows, up from none.', ['7 new burrows, up from none']],
    // `zero`, a bigger count, no comma.
    ['The hedgehog tunnels recorded 26 visits up from zero in 2024.', ['26 visits up from zero']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a small count with no earlier level stays a small count in narrative.
    ['guard: Sand martins dug 7 new burrows.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
