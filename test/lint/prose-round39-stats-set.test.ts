import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The thirty-ninth round's criteria for `uncited-statistic` (default cues,
// not the model): figures a method, a rule, a seller, an organiser or a
// setter chooses rather than finds about the world. Whose figure it is
// decides: a test's significance level, the step of a what-if, the size of
// a check still to come, a target named for what it governs, a charge or a
// grant set anew, what one thing offered costs per person, one route's
// length, the strength a product is used at, a length set by moving a
// thing, a size a rule requires in full unit words, and a competition
// named by a plural noun. Each quiet row failed on the base commit (it was
// found); each guard row keeps the opposite reading and passes before and
// after. Rows are in our own wording.

describe("a test's significance level", () => {
  test.each([
    // The level a test is read at is chosen with the method.
    ['The two sowing dates did not differ significantly at the 1% level.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a share found with no test stays.
    ['Germination reached 85% on the covered beds.', ['reached 85%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('the step of a what-if', () => {
  test.each([
    // The supposed change is chosen; what it would do stays a claim.
    ['A 1% rise in gilt yields would cut the deficit by about £3 million.', ['£3 million']],
    // Guard: a change that happened stays.
    ['A 2% rise in rents was recorded last year.', ['2%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('the size of a check still to come', () => {
  test.each([
    // A review's size, in a sentence that says it will follow, is design.
    ['A further review of 250 case files will take place next spring.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a past survey's result stays.
    ['The check found damp in 250 homes.', ['250 homes']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a target or a limit named for what it governs', () => {
  test.each([
    // A target range is set, not measured.
    ["The target range for the pond's pH is 6.5 to 7.5 all year."]
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a charge or a grant set anew, and what one thing offered costs', () => {
  test.each([
    // A tax rate cut by whoever sets it, in the past.
    ['The chancellor cut the rate of stamp duty on first homes to 2%.'],
    // A grant raised, as a noun of change.
    ['Bookings jumped after the increase in the loft insulation grant to £3,000.'],
    // What one trip costs per person, as its seller sets it.
    ['The evening boat trip costs £25 per person.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a rate that rose, with no setter, stays.
    ['The rate of inflation rose to 4.2% in May.', ['rate of inflation rose to 4.2%']],
    // Guard: an average price stays.
    ['The average meal in the town costs £40 per person.', ['£40 per person']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("one route's length, a product's strength, a length set by moving a thing", () => {
  test.each([
    // The length of one walk after a verb of covering.
    ['The guided walk covers about 6 kilometres of moorland.'],
    // A route's length before its noun.
    ['Runners tackle the usual 12 km loop around the reservoir.'],
    // The strength a solution is used at.
    ['Worktops were wiped with a bleach solution at 500 ppm.'],
    // A length set by moving a thing, in a passive.
    ['The safety barrier has been moved 2 m back from the edge.'],
    ['The exclusion zone around the crane is increased to 20 m.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a length the world moved stays.
    ['The glacier has retreated about 2 kilometres.', ['about 2 kilometres']],
    // Guard: a strength measured in the world stays.
    ['Nitrate in the well reached 60 ppm.', ['reached 60 ppm']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a size a rule requires, in full unit words, and a competition named by a plural noun', () => {
  test.each([
    // A required size, its unit written in full, as a range.
    ['Approved helmets must be between 50 and 62 centimetres round.'],
    // A competition named by a determiner, a word and a plural noun.
    ['Sign-up for the autumn doubles is on the noticeboard.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a weight found stays.
    ['The heaviest marrow weighed 12 kilograms.', ['12 kilograms']],
    // Guard: a verb of change after a noun stays.
    ['The rent doubles next year.', ['doubles']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
