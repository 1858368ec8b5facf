import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-fourth round's criteria for `uncited-statistic` (default cues, not
// the model) on figures that are set rather than found about the world: a
// standard's part and edition year; a price's rise with its date between the
// verb and the sum, and the step's size in apposition after it; a level a
// rule requires a thing to stay within; a party's commission on a sum; the
// level the writer sets their own machine at, or a process step is done on a
// machine at; a survey's conditions stated as met; a class of things counted,
// bounded by a size; the writer's own working limit; a level the law sets;
// what a thing's class permits it to be used at (what the round finds anew is
// in prose-round44-stats-found.test.ts). Each quiet row failed on the base
// commit (it was found); each guard row keeps the opposite reading and passes
// before and after. Rows are in our own wording.

describe("a standard's part and the year of its edition", () => {
  test.each([
    // `1176-1:2017`: the part and the edition's year after a standard's letters and number, not a ratio.
    ['The handrails were checked on site against EN 1176-1:2017 by the inspector.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a ratio of two counts stays a finding.
    ['Applications outnumbered places 4:1 this year.', ['4:1']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a price rising on a date to a sum, and the size of that step', () => {
  test.each([
    // The date sits between the verb and the new price: a tariff set from that date.
    ['Allotment rents rise on 1 April to £48 a plot.'],
    // The step's size in apposition takes the price's reading: set, too.
    ['Parking permits go up on 6 April to £95 a year, an increase of 12% on the current charge.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a market level that rose, and its step, are both measured.
    ['Average rents rose to £1,240 a month, an increase of 9% on last year.', ['£1,240', '9%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a level a rule requires a thing to stay within', () => {
  test.each([
    // `must remain under`: the rule sets the level.
    ['Cider sold as low-alcohol must remain under 1.2% ABV.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a level a thing has stayed at, with no modal, is measured.
    ['Average cider strength has stayed below 5.5% ABV for a decade.', ['5.5%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a party's commission on a sum", () => {
  test.each([
    // `of which 15% goes to the market as its fee`: the market's terms set the share; the takings stay a finding.
    ['The stall took £840, of which 15% goes to the market as its fee.', ['£840']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: where a sum came from is found.
    ['The appeal raised £9,000, of which 40% came from local firms.', ['£9,000', '40%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("the level the writer's machine is set or run at", () => {
  test.each([
    // The writer runs their own kiln at a temperature: a method's setting.
    ['We run the kiln at 1,260 °C for stoneware.'],
    // A process step done on a named machine at a speed: the workshop's setting.
    ['Polishing is done on the buffing wheel at 1,500 rpm.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a machine's speed measured by somebody else is found.
    ['The inspector clocked the old grinder at 2,900 rpm.', ['2,900 rpm']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a survey's conditions stated as met", () => {
  test.each([
    // `Weather conditions were suitable …, with`: the conditions the method needs.
    ['Weather conditions were suitable on both nights, with dusk temperatures above 12 °C.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: the same reading reported as what the weather was stays a finding.
    ['Wind speeds on the ridge were below 12 km/h on all three nights.', ['12 km']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a class of things counted, bounded by a size', () => {
  test.each([
    // `trees over 20 m tall`: the class the count is of; the count itself stays a finding.
    ['The survey recorded 310 oaks, most of them trees over 20 m tall.', ['310 oaks']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("the writer's own working limit", () => {
  test.each([
    // `the 0.015 in tolerance I work to`: the writer's rule; the bore's reading stays a finding.
    ['The bore measured 0.014 in at the muzzle, below the 0.015 in tolerance I work to.', ['0.014']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a level the law sets', () => {
  test.each([
    // A maximum level with the regulations that set it named after it; the sample's reading stays a finding.
    ['Nitrate was found at 38 mg/L, against the maximum level of 50 mg/L set in the Drinking Water Regulations.', ['38 mg']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a maximum reached, with no law named, is measured.
    ["The river's maximum level of 3.2 m was recorded on Sunday.", ['level of 3.2']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("what a thing's class permits it to be used at", () => {
  test.each([
    // A class named, then `may legally be towed at up to`: the rating the class sets.
    ['Being category 2, the trailer may legally be towed at up to 60 mph on dual carriageways.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: with no class, `can be driven at up to` claims a capability.
    ['The car can be driven at up to 120 mph.', ['up to 120 mph']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
