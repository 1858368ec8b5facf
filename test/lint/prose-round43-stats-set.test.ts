import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-third round's criteria for `uncited-statistic` (default cues, not
// the model) on figures that are set rather than found about the world, or
// the writer's or a party's own: a price's rise announced for a date to come,
// whatever its unit or with the date opening the sentence; a fine stated as
// what it is for an offence; a figure a rule named after it requires; a
// test's criterion; the writer's body's own rule or cap; a payment a party
// offers; a pair of numbered paragraphs; a particular of one thing by its
// rating noun and the parts it is spread across; a kind's standard size; a
// figure in a conjunct whose verb is left out; a margin of half a unit of
// time; the length a tolerance is stated over; a sprint named by its start;
// a budget's split; a party's share of a thing's cost; a dozen alone (what the round finds anew is in
// prose-round43-stats-found.test.ts). Each quiet row failed on the base
// commit (it was found); each guard row keeps the opposite reading and passes
// before and after. Rows are in our own wording.

describe('a price announced for a date to come', () => {
  test.each([
    // A unit of sale between the sum and the date: a price set from a date.
    ['Diesel at the depot pump goes up to £1.48 a litre from 1 May.'],
    // The date to come opens the sentence, and `up to` is the verb's, not a cap.
    ['From Tuesday 3 March a sliced loaf goes up to £1.95 on the van.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a price that rose, in the past, with no date to come, stays a finding.
    ['The wholesale price of cocoa rose to £7,900 a tonne in the spring.', ['£7,900']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a fine stated as what it is for an offence', () => {
  test.each([
    // `the fine for … is up to`: the rule sets the sum.
    ['Under the new byelaw the fine for a second offence is up to £250.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: fines a court imposed in total are measured.
    ['Fines imposed by the magistrates totalled £48,000 last year.', ['£48,000']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a figure a rule named after it requires, and a test criterion', () => {
  test.each([
    // `as the code requires` after the figure: the code is its source.
    ['Every stable has a window of at least 0.9 square metres as the licence conditions require.'],
    // A validity criterion named before `no more than`: set by the test guideline.
    ['Mortality in the blank stayed inside the acceptance criterion of no more than 10%.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a share measured against nothing set stays a finding.
    ['Mortality in the wild population was more than 10% over the winter.', ['more than 10%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("the writer's body's own rule or cap", () => {
  test.each([
    // `our rule that no more than`: the body's own rule sets the figure.
    ['Please keep to our rule that no more than six swimmers share a lane.'],
    // `we can issue up to`: the most the body itself gives is its rule.
    ['Stallholders bring their own gazebos, and we can issue up to three permits each season.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a count of what the writer's body did is still found.
    ['We lent more than 900 tools last year.', ['more than 900 tools']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a payment a party offers', () => {
  test.each([
    // `offering … bonuses of up to`: the offer is the offering party's term.
    ['Hauliers are offering retention bonuses of up to £3,000 to experienced drivers.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: bonuses that averaged a sum are measured.
    ['Retention bonuses averaged £2,400 across the sector last year.', ['£2,400']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a pair of numbered paragraphs of a code', () => {
  test.each([
    // The second number of `paragraphs 2.3 and 5.1` is a paragraph's label too.
    ['The panel considered whether the member had breached paragraphs 2.3 and 5.1 of the code.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a particular of one thing, and the parts it is spread across', () => {
  test.each([
    // `a payload of`: a rating of the writer's own product.
    ['Our new flatbeds come with drop sides and a payload of 3 tonnes.'],
    // `a sail area of … across`: a vessel's particulars, the count of its sails with them.
    ['The schooner is 32 metres long, with a sail area of 640 square metres across 14 sails.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: an average payload is an aggregate measured.
    ['The average payload of the fleet was 9.4 tonnes last quarter.', ['average payload of the fleet was 9.4 tonnes']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a kind's standard size, and a figure in a conjunct whose verb is left out", () => {
  test.each([
    // `A firkin holds roughly`: a definition of a cask, not a finding; the second cask takes its reading.
    ['A firkin holds roughly 41 litres and a kilderkin about 82, give or take a pint.'],
    // `2 mm for … and 3 mm for`: the second size of a requirement shares its verb.
    ['Expansion gaps should be a minimum of 5 mm for indoor floors and 8 mm for conservatories.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a clause with its own verb after `and` is read on its own.
    ['Entry is £4 and the club took £1,260 on the day.', ['£1,260']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a margin of half a unit of time', () => {
  test.each([
    // `by half a second`: a duration, not a change by half.
    ['Our four finished behind the home crew by half a second.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a change by half is still found.
    ['Waiting lists at the clinic fell by half over the year.', ['fell by half']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('the length a tolerance is stated over, and a sprint named by its start', () => {
  test.each([
    // `to within 2 mm over 3 metres`: the length is the requirement's.
    ['Large tiles need a floor that is flat to within 2 mm over 3 metres.'],
    // `His flying 500 m`: the distance names the sprint ridden.
    ['His flying 500 m in the opening session was the quickest of the night.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a distance covered, not named by its start, is measured.
    ['The riders covered 42 km in the points race.', ['42 km']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a budget's split", () => {
  test.each([
    // `budget is …, of which 70%`: how the budget is split is set with it.
    ["The trust's annual budget is £420,000, of which 70% goes on wages."]
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a share of spending found by an audit stays a finding.
    ['Auditors found that 70% of the grant went on consultants.', ['70%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a party's share of a thing's cost, and a dozen alone", () => {
  test.each([
    // `met half the cost`: who paid which share is agreed, not found.
    ['The parish council met half the cost of the new bus shelter.'],
    // `A dozen families`: twelve in words, a small count in narrative.
    ['A dozen walkers joined us for the dawn chorus walk.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: `half the cost of` another thing is a multiple claimed.
    ['Solar now costs half the cost of coal in most markets.', ['half the cost']],
    // Guard: `two dozen` is still a count.
    ['Some two dozen families toured the farm.', ['two dozen families']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
