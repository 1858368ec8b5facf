import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-third round's criteria for `uncited-statistic` (default cues, not
// the model) on figures a rule or a schedule sets, no longer reported: a
// service's frequency a timetable the sentence names sets (`112 trains a day
// pass over the crossing in the current timetable`, statistic-scheme.ts) and
// a size a rule limits a thing to, in the present (`limits sole thickness to
// 20 mm`, statistic-bound.ts). What the round reports anew is in
// prose-round53-stats-found.test.ts. Each quiet row failed on the base commit
// (it was found); each guard row keeps the opposite reading and passes before
// and after. Rows are in our own wording.

describe('a service a timetable sets', () => {
  test.each([
    // `112 trains a day … in the current timetable`: the schedule's count, set, not counted.
    ['Some 64 buses a day call at the stop in the winter timetable.'],
    // `under`, an hour.
    ['Under the new timetable, 12 trains an hour stop at the station.'],
    // `timetabled`, a week.
    ['There are 30 ferry crossings a week timetabled to the island.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: the same count with no timetable named is a count of what happened.
    ['guard: Some 64 buses a day were cancelled during the strike.', ['Some 64 buses']],
    // Guard: a timetable named but no frequency: a count of events, found.
    ['guard: Under the new timetable, 340 trains were cancelled in March.', ['340 trains']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a size a rule limits a thing to', () => {
  test.each([
    // `limits sole thickness to 20 mm`: the size a rule allows.
    ['The governing body now limits blade width to 22 cm on the river.'],
    // `restricts`, `a maximum of`, a weight.
    ['The national body restricts axle weight to a maximum of 18 tonnes on the course.'],
    // `now caps`, another weight.
    ['The league now caps ball weight to 450 grams.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a past outcome that limited a quantity is a result, found.
    ['guard: The late frost limited the harvest to 40 tonnes.', ['40 tonnes']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
