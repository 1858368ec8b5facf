import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The eighteenth round's criteria for `uncited-statistic`: figures that are
// no finding by their kind (the other fees of a price change announced for a
// date, a capacity stated with a copula and the next item of its list, the
// standard a measure is compared with, a scheme's split of each unit of
// money, the size of the containers counted, the far end of an advised
// range, a distance a safety rule sets), and the statistics the rule missed
// (a count of events with an approximation before it, a rank by a fraction
// of a counted set). Each row of the first table pairs a figure that is no
// finding with its nearest neighbour that measures; the second pairs a
// statistic the rule missed with a quiet neighbour.

describe('announced fees, capacities, standards, splits, pack sizes, advised ranges and safe distances, and their neighbours that measure', () => {
  test.each([
    // A price change announced for a date, and the other fee in its sentence; not a price paid in the past.
    ['The allotment rent rises to £42 from April, with concessions still £21.', 'The allotment rent rose to £42 last year, with concessions at £21.', ['£42', '£21']],
    // What a place is built to hold, stated with a copula, and the next item of the list; not what it held.
    ["The new hall's capacity is 300 diners and 120 dancers.", 'The new hall served 300 diners and 120 dancers last night.', ['300 diners', '120 dancers']],
    // The standard a measure is compared with; not the measure.
    ['The river water is tested against the 50 mg/l standard.', 'The river water reached 50 mg/l in July.', ['reached 50 mg']],
    // A scheme's split of each unit of money; not a share of people.
    ['A third of every £2 entry goes to the hospice.', 'A third of the entrants never collected their prize.', ['A third of']],
    // The size of the containers counted; not a weight measured.
    ['The batch fills eight 350 g jars.', 'The batch weighed 350 g.', ['350 g']],
    // The far end of an advised range; not a length measured.
    ['The sleeve should measure 60 to 62 cm for a tall wearer.', 'The sleeves we checked measured 60 to 62 cm.', ['62 cm']],
    // A distance a safety rule sets, case by case; not distances measured.
    ['The safe distance from a small bonfire is 10 metres, and for a large one it is 25 metres.', 'The average distance from a small bonfire was 10 metres, and for a large one it was 25 metres.', ['10 metres', '25 metres']],
    // A part of one thing; not a rank among many.
    ['Paint the top half of the wall first.', 'The club finished in the top half of clubs in the league.', ['top half of clubs']]
  ])('%s', (quiet, measured, spans) => {
    expect(found(quiet)).toEqual([])
    expect(found(measured)).toEqual(spans)
  })
})

describe('statistics the rule missed, and their quiet neighbours', () => {
  test.each([
    // A count of events with an approximation before it.
    ['The recording has been played more than 3,000 times on the parish website.', 'The recording has been played on the parish website.'],
    // A rank by a fraction of a counted set.
    ['The inspection placed the school in the bottom third of schools in the county.', 'The inspection placed the school among schools in the county.']
  ])('%s', (missed, quiet) => {
    expect(found(missed).length).toBeGreaterThan(0)
    expect(found(quiet)).toEqual([])
  })
})
