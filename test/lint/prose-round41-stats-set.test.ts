import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-first round's criteria for `uncited-statistic` (default cues, not
// the model) on figures that are set, labelled or the method's own rather than
// found about the world: time written in abbreviated units, halves counted as
// parts, a code's clause, a clock time after `from`, a bound on who
// qualifies, a charge that stays at its level, a price step after a heading's
// date, the next part of a team's make-up, who a survey went out to, the
// places a method measured at, a depth a measure was taken at, a level that
// dates another event, a bound on which things a step applies to, the end
// of one thing a piece of work covered, what the writer ordered or stocks and
// a lot it prices for sale. Each quiet
// row failed on the base commit (it was found); each guard row keeps the
// opposite reading and passes before and after. Rows are in our own wording.

describe('a unit of time abbreviated', () => {
  test.each([
    // `hrs` and `mins` are hours and minutes: a running time is a duration.
    ['The matinee ran 2 hrs 51 mins with the interval.'],
    // `secs` after a number is seconds.
    ['The lift doors stayed open for 40 secs before closing.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a count of people after an abbreviation-free number stays.
    ['The matinee drew 612 people despite the snow.', ['612 people']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('halves counted as the parts of a match', () => {
  test.each([
    // A number and a measure joined to it before `halves`: the parts of a game, not a change.
    ['Each game is played over two 20-minute halves with a short break.'],
    // A plain number before `halves` counts parts too.
    ['The final is played as 2 halves of ten minutes each.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: `halves` as a verb after its subject is still a change.
    ['Demand for the service halves every winter, the operators say.', ['halves']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a code's or a law's part abbreviated with its point", () => {
  test.each([
    // `s.` with its point before a decimal number: a section of a code.
    ['The new duty to keep a written log is set out in the club code (Safeguarding Code, s. 3.6).'],
    // `cl.` with its point: a clause of a contract.
    ['The notice period is fixed by the tenancy (cl. 11.4) and cannot be shortened.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a decimal with a unit after a word ending in `s` stays a measurement.
    ['The ice on the reservoir measured 3.5 cm by Friday.', ['3.5 cm']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a clock time after `from`', () => {
  test.each([
    // `from 6 pm` is when a session starts; `lanes 1 to 4` then `from 6 pm` is no change.
    ['The youth squad trains on courts 1 to 4 from 6 pm every Tuesday.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a change from one value back to another, with no clock after it, stays.
    ['Membership fell sharply, to 48 from 75 over the winter.', ['to 48 from 75']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a bound a requirement sets on who qualifies', () => {
  test.each([
    // The age a rule requires of applicants is set, not found.
    ['Volunteers need to be at least 18 and hold a clean driving licence.'],
    // `have to be`: an eligibility bound too.
    ['Riders have to be at least 14 to enter the junior race.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a bound with no requirement before it is a finding.
    ['Ticket sales reached at least 900 by Friday.', ['at least 900']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a charge that stays at its level, and a price step after a heading', () => {
  test.each([
    // A hire charge per unit of service that stays where its seller set it.
    ['Court hire stays at £14 per person for members.'],
    // A price step announced for a date to come, after a heading and its colon.
    ['Grower prices: from 1 March the base price for washed carrots rises to 42p per kilo, with a fuel adjuster reviewed monthly.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a price that rose, with no date to come, is found.
    ['Across the county the price of a loaf rose to £1.60 in a year.', ['£1.60']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("the next part of a team's make-up", () => {
  test.each([
    // After `a team of` and its first part, the second count is the same make-up.
    ['The rescue team of six paid staff and 40 volunteers covers the whole valley.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: people helped by the team are counted, not its make-up.
    ['Last winter the rescue team helped 140 walkers off the hill.', ['140 walkers']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('who a survey went out to, and the places a method measured at', () => {
  test.each([
    // The list a survey was sent to is its design, in a sentence naming the survey.
    ['Our allotment survey came back from a mailing list of about 310 plot holders.'],
    // The fixed points a method measured at are its layout.
    ['Settlement was measured by precise levelling at 36 fixed pegs along the embankment.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a share of those who answered is what the survey found.
    ['Our allotment survey found that 64% of plot holders want a water butt.', ['64%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a depth a measure was taken at', () => {
  test.each([
    // `at 5 m depth` says where the average was taken, not a level it came to.
    ['The mean winter water temperature at 5 m depth in the quarry lake was not logged this year.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Not a guard: the level after the depth is found alone (the base also found `mean temperature at 5`).
    ['The mean temperature at 5 m depth was 4.1 °C in March.', ['4.1 °C']],
    // Guard: the level with no depth stays a measurement.
    ["The lake's mean temperature was 4.1 °C.", ['mean temperature was 4.1 °C']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a level that dates another event, and a bound on which things a step applies to', () => {
  test.each([
    // The level named after `when … first exceeded` marks when the peak came.
    ['Peak flow came when the river first exceeded 4 m at the gauge.'],
    // The bound after `for batches above` says which batches a step applies to.
    ['Parcels are weighed, not counted, for batches above 500 g.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a level the river reached, with no event it dates, stays.
    ['The river first exceeded 4 m in 1947.', ['4 m']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('the end of one thing a piece of work covered', () => {
  test.each([
    // A verb of work, then `the last` and a length of the thing worked on.
    ['The team relined the last 40 m of the culvert.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: what a storm did to a length of dune is found.
    ['Storms have eroded the last 40 m of the dune.', ['40 m']],
    // Guard: a length that collapsed, with no work before it, is found.
    ['The top 12 metres of the cliff collapsed.', ['12 metres']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('what the writer ordered or stocks, and a lot it prices for sale', () => {
  test.each([
    // The writer's own order is its stock, not a finding.
    ['We have ordered around 300 copies of the new atlas.'],
    // Where the writer's body speaks, a lot it prices for sale is its stock.
    ['New in the yard: 1,500 reclaimed Welsh roof slates from a chapel in Bethesda, priced at £1.80 each. We also have oak beams.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: what the writer sold is a result.
    ['We sold around 300 copies of the new atlas.', ['around 300 copies']],
    // Guard: a count of homes with their prices, in nobody's own voice, is found.
    ['In 2025, 2,000 homes in the town were priced at £300,000 or more.', ['2,000 homes']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
