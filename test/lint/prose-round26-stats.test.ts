import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The twenty-sixth round's criteria for `uncited-statistic`: a figure's role
// read more generally. Each row of the first table in a block failed before
// this round; each guard row keeps the opposite reading.

describe('a label before a verb labels no number: a change after a noun like `line`', () => {
  test.each([
    ['Returns on the packing line fell from 420 to 180 after the scanners went in.', ['fell from 420']],
    ['Faults on the sorting belt line rose to 96 in March.', ['rose to 96']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // A label right before the number still labels it.
    ['The figures are on line 310 of the ledger.'],
    ['See page 140 for the method.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a part of a total or a sample just named', () => {
  test.each([
    ['Of the 64 apprentices who joined in May, only 22 were still on the course by Christmas.', ['Of the 64 apprentices who joined in May, only 22 were']],
    ['In our sample of 150 wards, the chart was incomplete in 31.', ['In our sample of 150 wards, the chart was incomplete in 31']],
    ['Across the series of 48 repairs, a leak returned in 5 of them.', ['Across the series of 48 repairs, a leak returned in 5']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // A sample's size alone is its design, with no part of it after.
    ['In our sample of 150 wards, every chart was checked by two nurses.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a summary statistic with a long noun phrase', () => {
  test.each([
    ['Median time from referral to a first appointment was 23 working days.', ['Median time from referral to a first appointment was 23']],
    ['The average number of visits per household each month was 4.6.', ['average number of visits per household each month was 4.6']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // A time with no aggregate is a duration.
    ['The walk from the station to the hall was 20 minutes.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a count in words compared with another period', () => {
  test.each([
    ['Thirty-one clubs entered teams, compared with twelve in the previous season.', ['Thirty-one clubs']],
    ['Seventeen growers exhibited, against six at the last show.', ['Seventeen growers']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // A count in words with no comparison is narrative.
    ['Thirty-one clubs entered teams this season.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('an area spread across things is measured, not a dimension', () => {
  test.each([['The scheme restored 860 hectares across nine sites last winter.', ['860 hectares']]])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // `across` closing the clause names one thing's width.
    ['The crater is 40 m across.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a word between a number and its noun that names it: a plan or a grade', () => {
  test.each([
    ['The season ended with 23 scheduled sailings still to run.'],
    ['Members practised with 600 grit wheels at the workshop.'],
    ['The jeweller bends 18 gauge wires by hand.'],
    ['The printer runs on 300 gsm boards.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // The same count with another word between is a count.
    ['The season ended with 23 cancelled sailings.', ['23 cancelled sailings']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('answers to a body’s own call, a recommended term, a charge, an awarded contract’s value', () => {
  test.each([
    ['The panel also received 22 responses to its call for evidence.'],
    ['We therefore recommend a contribution of 40% towards the matching tiles.'],
    ['The quiz starts at eight, and entry is £4 a head.'],
    ['The trust has awarded the cleaning contract to Marlow Services from June. The estimated total value is £2.6 million.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // Answers to someone else's call, a share measured, an average charge, a valuation are findings.
    ['The regulator received 3,400 responses to the consultation.', ['3,400 responses']],
    ['Claims like this succeed in 40% of cases.', ['40%']],
    ['The average ticket is £48 a head.', ['£48']],
    ['The trust bought the archive in June. The estimated total value is £2.6 million.', ['£2.6 million']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})
