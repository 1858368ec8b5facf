import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The thirty-fifth round's criteria for `uncited-statistic` (default cues,
// not the model), the claims found: quantities written in forms no pattern
// read (a fall by two-fifths, a multiple of last year's total, a range of two
// fractions, a fuel economy in mpg or a voltage in kV, a headcount of the
// writer's company, a size written onto `-strong`), and claims an excuse hid
// (an average the writer's own test measured, a large tally of events the
// writer's body staged, a count in a paragraph whose only `you` is a
// thank-you, a split compared with what the writer expected). Each found row
// failed before this round; each guard row keeps the opposite reading and
// passes before and after it.

describe('quantities in forms no pattern read', () => {
  test.each([
    // A fall by a fraction of more than one part.
    ['Shipyard jobs on the Clyde fell by three-fifths during the slump.', ['fell by three-fifths']],
    // A multiple of last year's total.
    ['The harvest supper brought in double last year\u2019s figure for the roof fund.', ['double last year\u2019s figure']],
    // A range whose two ends are fractions in words.
    ['Losses of a third to a half are usual for heat pumps in a hard frost.', ['a third to a half']],
    // Fuel economy and a voltage, units written onto or after the number.
    ['The estate returned 47mpg on the motorway run.', ['47mpg']],
    ['The insulation test gave 36 kV before it tracked.', ['36 kV']],
    // The writer's company counted, ten or more.
    ['The quiz night was a squeeze, with 58 of us round five tables.', ['58 of us']],
    // A gathering's size written onto `-strong`.
    ['The picket line was 250-strong by noon.', ['250-strong']]
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  test('guard: a clock time, a small company, a fraction of one thing, a named minimum', () => {
    expect(found('The bus leaves at a quarter to two.')).toEqual([])
    expect(found('Three of us went along.')).toEqual([])
    expect(found('Cut the loaf in half and toast it.')).toEqual([])
    expect(found('Each cable is rated to the 40 kV minimum.')).toEqual([])
  })
})

describe('claims an excuse hid', () => {
  test.each([
    // An average the writer's own test measured is its result.
    ['The van we borrowed averaged only 31mpg around town.', ['averaged only 31mpg']],
    // A large tally of events the writer's body staged is a record claimed.
    ['In 2025 we hosted more than 600 weddings, a record for the hall.', ['more than 600 weddings']],
    // A thank-you does not make the paragraph advise the reader.
    [
      'A big thank-you to Joan, who retires this month. Joan founded the choir with six singers, and by her own reckoning she has baked more than 900 cakes for our fetes.',
      ['more than 900 cakes']
    ],
    // A split compared with what the writer expected is a finding, not a plan.
    ['The valves were bench-tested and 6 of the 20 leaked, more than we would expect.', ['6 of the 20']]
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  test('guard: a plan to stage events, the writer\u2019s sample, an expectation planned', () => {
    expect(found('Next year we will host more than 600 weddings.')).toEqual([])
    expect(found('We interviewed more than 400 tenants in the spring.')).toEqual([])
    expect(found('We expect to recruit 2,400 households.')).toEqual([])
  })
})
