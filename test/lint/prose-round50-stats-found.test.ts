import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fiftieth round's criteria for `uncited-statistic` (default cues, not
// the model) on figures it now reports: the writer's own count in the first
// person singular set against an earlier one (`I repaired 312 bicycles this
// year, up from 240 last year`), a measured result as `We …` already was
// (statistic-field.ts's `isComparedAfter`, read in statistic.ts over
// figure.ts's `writerCounts`); and a market's price moving (`Barley straw was
// easier at £85 a tonne`) or a price told as hearsay (`Fishermen are said to
// be getting £9 a kilo`), found in any voice (statistic-market.ts). What the round no longer reports is in
// prose-round50-stats-set.test.ts. Each found row failed on the base commit;
// each guard row keeps the opposite reading and passes before and after.
// Rows are in our own wording.

describe("the writer's own count in the first person, set against an earlier one", () => {
  test.each([
    // `I repaired 312 bicycles this year, up from 240`: a result the writer measured and compared, as with `We`.
    ['I repaired 312 bicycles this year, up from 240 last year.', ['312 bicycles']],
    // Another verb and a dated baseline.
    ['I ringed 1,150 birds at the reserve this autumn, up from 870 in 2024.', ['1,150 birds']],
    // `down from`, a fall the writer counted.
    ['I shod 96 horses over the winter, down from 130 the winter before.', ['96 horses']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: the writer's own small doing with no comparison stays quiet.
    ['I assisted on 14 claims this year.', []],
    // Guard: a plan set against this year's figure is the writer's plan, not a result.
    ['I will repair 400 bicycles next year, up from 312 this year.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a market's price moving, and a price told as hearsay", () => {
  test.each([
    // `was easier at £85 a tonne`: a market report's price, observed, not a tariff.
    ['Barley straw was easier at £85 a tonne.', ['£85']],
    // `were firmer at`: the same with another move.
    ['Oats were firmer at £170 a tonne on the week.', ['£170']],
    // `are said to be getting £9 a kilo`: a price told as hearsay is a claim.
    ['Fishermen are said to be getting £9 a kilo for brown crab at the quay.', ['£9']],
    // `are thought to be receiving £18 to £22`: the range's first end is found.
    ['Growers are thought to be receiving £18 to £22 a kilo for fresh snails.', ['£18']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a tariff in the present is set, not observed.
    ['Tickets are cheaper at £8 online.', []],
    // Guard: the same for a charge by the hour.
    ['Parking is cheaper at £2 an hour after six.', []],
    // Guard: the writer's own price, in the first person, is not hearsay.
    ['We are getting £9 a kilo for our crab this year.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
