import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-fifth round's criteria for `uncited-statistic` (default cues, not
// the model) on figures that are the writer's own narrative rather than found
// about the world: a small number of things the writer's group, or a body's
// own officers, did or had in hand, right after the verb of doing (`we
// filled`, `we have secured`, `Officers carried out`); a club's own members turning
// out to an occasion, with or without their guests; the figures of a paragraph
// that announces the writer's own price list (`Our winter price list takes
// effect on …`), in sentences that do not report (what the round finds anew
// is in prose-round45-stats-found.test.ts). Each quiet row failed on the base
// commit (it was found); each guard row keeps the opposite reading and passes
// before and after. Rows are in our own wording.

describe("a small count of the writer's group's own doings", () => {
  test.each([
    // `we planted`: the writer's group at work, a small count told as what happened.
    ['On Saturday we planted 35 hedging whips along the lane.'],
    // `We have secured`: the writer's own stock taken in, not a measure of the trade.
    ["We have secured 24 boxes of the new season's honey for regular customers."],
    // `Between us we cleared`: the group's own afternoon's work.
    ['Between us we cleared 18 bags of bramble from the pond edge.'],
    // `Officers carried out`: a body's own officers' checks, the narrative of its own work.
    ['Officers carried out 12 unannounced checks at the depot.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: what the writer recorded is a result, however small.
    ['We recorded 23 species of moth on the night.', ['23 species']],
    // Guard: a count of a hundred or more is a tally, not a small narrative count.
    ['Together we cleared 420 bags of litter this year.', ['420 bags']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a club's own members turning out", () => {
  test.each([
    // `turned out`: the members at one occasion, narrative.
    ['Despite the rain, 31 members turned out for the opening roll-up.'],
    // Members and their guests coming to a meeting.
    ['40 members and six guests came to the AGM.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a membership that rose is a level measured.
    ['Membership rose to 64 members this year, from 41.', ['rose to 64 members']],
    // Guard: a tally of a hundred or more attending is a figure about the world.
    ['Nationally, 2,300 members attended branch meetings last year.', ['2,300 members']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("the writer's own price list", () => {
  test.each([
    // `Our spring price list takes effect`: the paragraph announces the writer's terms; the rise is one of them.
    ['Our spring price list takes effect on 1 March. Knitting needles go up by 8% because of higher freight costs.'],
    // `Our price list … is attached`: a trade threshold in the list is set, not measured.
    ['Our price list for the summer term is attached. Trade buyers ordering over £200 a month keep their discount, and the 250 g skeins stay at the old price.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a sentence that reports a market's rise over a past year stays a finding, list or not.
    ['Our new price list takes effect on 1 March. Wool prices at the mills rose by 14% last year.', ['rose by 14%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
