import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The seventeenth round's criteria for `uncited-statistic`: figures that are
// no finding by their kind (a stretch of time, a limit a refusal sets, a
// schedule of a routine, a survey's own sample, a speed that names the limit
// it sets, the size of a set just named in apposition), and the proportions
// the rule missed (a noun phrase inside `one … in four`, a whole past ten).
// Each row of the first table pairs a figure that is no finding with its
// nearest neighbour that measures; the second pairs a statistic the rule
// missed with a quiet neighbour.

describe('durations, limits, schedules, samples and named sets, and their neighbours that measure', () => {
  test.each([
    // A stretch of time; not a share of things.
    ['For half the year the towpath is under water.', 'Half the towpaths in the county are under water.', ['Half the towpaths']],
    ['The hut is shut for half the winter.', 'Half the huts on the ridge are shut.', ['Half the huts']],
    // A limit a refusal sets; not a count of what arrived.
    ['Sadly we cannot accept sofas of more than 40 kg at the depot.', 'The depot took in more than 40 sofas last month.', ['more than 40 sofas']],
    // A schedule: how often a routine is done to a thing; not how often something happens.
    ['The fire doors are inspected by a warden at least four times a year.', 'The fire doors jammed at least four times a year.', ['at least four times a year']],
    // A survey's own sample; not a count of people who did something.
    ['Our street-corner poll last month asked 260 commuters about the new timetable.', 'Last month 260 commuters complained about the new timetable.', ['260 commuters']],
    // A speed that names the limit it sets; not a speed measured.
    ['Residents want the new 30 mph limits kept on the estate roads.', 'Drivers averaged 30 mph on the estate roads.', ['averaged 30 mph']],
    // The size of a set just named, in apposition; not a share of a set.
    ['She has bound every pamphlet in the archive, all 85 of them, by hand.', 'She has bound 85 of them by hand, and the rest wait.', ['85 of them']]
  ])('%s', (quiet, measured, spans) => {
    expect(found(quiet)).toEqual([])
    expect(found(measured)).toEqual(spans)
  })
})

describe('statistics the rule missed, and their quiet neighbours', () => {
  test.each([
    // A proportion with its noun phrase inside it.
    ['In our ledgers, roughly one Monday delivery in four arrives late.', 'In our ledgers, the Monday delivery arrives late.'],
    // A proportion of a whole past ten.
    ['By spring one in twelve members had paid twice.', 'By spring one member had paid twice.']
  ])('%s', (missed, quiet) => {
    expect(found(missed).length).toBeGreaterThan(0)
    expect(found(quiet)).toEqual([])
  })
})
