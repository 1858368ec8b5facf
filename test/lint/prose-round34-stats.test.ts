import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The thirty-fourth round's criteria for `uncited-statistic` (default cues,
// not the model): figures that are set rather than found. A design's own
// figure, a setting a trial to come will try, what a budget was drawn up for,
// a figure named as what somebody chose, a threshold a body requires, what a
// licence authorises, the bound of a fee band, what the writer's group tries
// to do, the state a structure was put in for the work reported, the
// writer's own product's make, the design of a study a reviewer weighs, and
// an age written after `aged`; and, found, what the writer received in a
// predicate joined to its need, prices seen where the writer went, and a sum
// held against a budget or an estimate, and how often a thing happened
// counted with an approximation (`more than forty times`). Each quiet or found row failed before this round; each
// guard row keeps the opposite reading and passes before and after it.

describe('figures a design, a plan, a permission, a band or an aim sets', () => {
  test.each([
    // A design's own figure.
    ['Pump power stayed inside the design margin of 8% all winter.'],
    // A setting a trial to come will try.
    ['The kitchen will trial a 15% rye blend for a month before choosing.'],
    // What a budget was drawn up for.
    ['The museum had budgeted staff time for a quarter of those visitors.'],
    // A figure named after it as what somebody chose.
    ['Bottles are filled at 40% alcohol, the strength the first owners chose.'],
    // A threshold a body requires.
    ['The bid fell short of the 5,000 the assembly requires for a hearing.'],
    // What a permit authorises.
    ['The firm holds a waste carrier permit allowing 30 skips on site.'],
    // The bound of a band a rule is set by.
    ['Shops with a floor area under 280 square metres may open all day on Sunday.'],
    // What the writer's group tries to do.
    ['We try to run a parents evening at least once a month.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test('guard: a measured share beside a design, a planned change, a multiple of a budget, a strength others use, a count with no threshold, a count beside a permit, a share of a band, a share beside an aim', () => {
    expect(found('Parasitic load came to 9% of output, inside the design margin.')).toEqual(['9%'])
    expect(found('The kitchen will cut waste by 15% in the trial.')).toEqual(['by 15%'])
    expect(found('Visitors came to four times the number the museum had budgeted for.')).toEqual(['four times the'])
    expect(found('Bottles are filled at 40% alcohol, the strength most rivals use.')).toEqual(['40%'])
    expect(found('The petition closed with 5,000 names, the assembly says.')).toEqual(['5,000 names'])
    expect(found('Inspectors found 30 skips on a site whose permit allows far fewer.')).toEqual(['30 skips'])
    expect(found('Shops under 280 square metres made up 40% of sales.')).toEqual(['280 square metres', '40%'])
    expect(found('We try to take every patrol on a hike, and 80% of them went twice.')).toEqual(['80%'])
  })
})

describe('conditions of the work, the writer\u2019s own make, a reviewed design, an age after `aged`', () => {
  test.each([
    // The state a structure was put in for the work reported.
    ['The lock gates were repaired with the canal lowered to 1.4 m below normal.'],
    // The writer's own product's make.
    ['Our house stout is brewed to 4.8% strength, lighter than most.'],
    // The design of a study a reviewer weighs.
    ['The paper describes a cluster trial of tutoring in 52 schools.'],
    // An age after `aged` is whom the sentence is about, whatever word follows it.
    ['The effect among boys aged 9 to 12 shows a clear gradient.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test('guard: a level that fell, another maker\u2019s strength, a share of a group of an age, a count of people of an age', () => {
    expect(found('The canal fell to 1.4 m below normal during the drought.')).toEqual(['fell to 1.4 m'])
    expect(found('Most supermarket stouts are brewed to 4.1% strength.')).toEqual(['4.1%'])
    expect(found('Of the girls aged 11 to 13, 42% showed an effect.')).toEqual(['42%'])
    expect(found('The college taught 300 pupils aged 16 last year.')).toEqual(['300 pupils'])
  })
})

describe('claims found: what the writer received, prices seen where the writer went, an outturn against a budget, a count of times', () => {
  test.each([
    // A predicate joined after the writer's need reports what came in.
    ['We want £9,000 for the new mast and have already received gifts from 640 members.', ['640 members']],
    // The writer's clause ends at the comma; the prices are the market's.
    ['At the two shows we attended, a boxed set usually fetched £90 to £120, down from £150 last spring.', ['£90 to £120, down from £150']],
    // A sum held against an estimate or a budget is the outturn, measured.
    ['The repair bill came in at £8,400, against an estimate of £9,500.', ['£8,400']],
    // How often a thing happened, counted with an approximation, twenty or more.
    ['Walkers say they have seen the grey lady on the bridge more than forty times since the war.', ['more than forty times']]
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  test('guard: a plan that governs both predicates, an offer and a payment, the writer\u2019s own visits, a sum as budgeted, a multiple, a rate', () => {
    expect(found('We will plant 300 trees and raise £5,000.')).toEqual([])
    expect(found('We offer £21.40 an hour and pay £50 for each referral.')).toEqual([])
    expect(found('At the fair we visited 40 stalls.')).toEqual([])
    expect(found('The repair bill came to £8,400, as budgeted.')).toEqual([])
    // A multiple and a rate keep their own spans.
    expect(found('The new pump is about twenty times faster.')).toEqual(['twenty times faster'])
    expect(found('The alarm went off about 30 times a day.')).toEqual(['about 30 times a day'])
  })
})
