import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The thirty-eighth round's criteria for `uncited-statistic` (default cues,
// not the model) that find what was missed: a multiple stated as a factor,
// a hedged bare verb of multiple and a multiple of last period's rate; a sum
// something can add to a value; a change the writer saw in their own
// figures; and a hardness reading. Each found row failed on the base commit
// (nothing was found); each guard row keeps the opposite reading and passes
// before and after. Rows are in our own wording.

describe('multiples with no figure of their own', () => {
  test.each([
    // A multiple stated as a factor, in words.
    ['Demand for rooms will outstrip supply by a factor of four.', ['by a factor of four']],
    // A hedged bare verb of multiple.
    ['Shops that cut prices saw footfall nearly double.', ['nearly double']],
    // A multiple of last period's rate.
    ["Calls to the helpline are running at double last year's rate.", ["double last year's rate"]]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a sum added to a value, and a change in the writer's own figures", () => {
  test.each([
    // What something can add to a value is an estimate measured in a market, not a price set.
    ['A solar lease can add £200 to £400 an acre to rental value.', ['£200 to £400']],
    // A change the writer saw in their own bills is a result they measured.
    ['I moved to a heat pump and my bills fell from about £150 a month to under £60.', ['£150', '£60']],
    // A hardness reading in Vickers units.
    ['The weld test gave a maximum of 362 HV10 near the fusion line.', ['362 HV10']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: the writer's own outlay, with no change, stays their own doing.
    ['I spent £40 on the new tyres.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})
