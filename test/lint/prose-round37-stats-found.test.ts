import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The thirty-seventh round's criteria for `uncited-statistic` (default cues,
// not the model), figures found that were read as set: a market report's
// move after a dateline (`LONDON, Dec 2 –` opens no instruction), a
// period's total after its dates (`for Mar 1-4 at` is no test's setting), a
// sum that held at a level (no setting a machine is kept at), a price quoted
// after its market's prices moved, and what a body has done in a clause
// after a recommendation; and three forms not read before: a market's move
// at the close in pence or points, a change from one length of time to
// another, and a figure compared with another thing after a verb of
// capacity (`sleeps up to 2°C cooler than`). Each found row failed before this round; each
// guard row keeps the opposite reading and passes before and after it.
// Rows are in our own wording.

describe('market reports and results read as set', () => {
  test.each([
    ['LONDON, Dec 2 – Copper in London fell 2.3% on Tuesday.', ['fell 2.3%']],
    ['A cargo surveyor put shipments for Mar 1-4 at 21,300 tonnes.', ['21,300 tonnes']],
    ['Average payouts under the scheme have held at about £2,400.', ['£2,400']],
    ['Lamb prices firmed through October, with heavy hoggets at £2.95 a kilo.', ['£2.95']],
    ['The college recommends that every pupil is screened, and our nurse has now screened 310 of them.', ['310 of them']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // A price a body charges, a setting kept, advice, an instruction and a price held stay quiet.
    ['Tickets are £12 a head.'],
    ['The boiler is kept at 60°C.'],
    ['The guideline recommends that every patient is offered 6 sessions.'],
    ['Fill the tank at 3 bar.'],
    ['Prices held at £12 for members this year.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a close in pence, a wait that changed and a comparison after a verb of capacity', () => {
  test.each([
    ['The shares closed up 5p at 318p.', ['closed up 5p at 318p']],
    ['Response times rose from about nine minutes to 15.', ['rose from about nine minutes to 15']],
    ['The new pillow sleeps up to 2°C cooler than a feather one.', ['up to 2°C']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // A close with no figure, a capacity and the length a wait grew to stay quiet.
    ['The shares closed at a premium.'],
    ['The cottage sleeps up to 6 guests.'],
    ['Waiting lists have grown to 14 weeks.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})
