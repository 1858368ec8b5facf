import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The sixty-second round's criteria for `uncited-statistic` (the word cues,
// not the model), no longer reported:
// - the strength of one drink, a percentage after `a`, `an` or `at` with the
//   drink or `ABV` right after it (`a 5.4% golden ale`, `at 4.1% the lightest
//   cider on the bar`, `a 43% ABV rye whisky`; statistic-strength.ts): the maker
//   sets it, as a size describes one thing;
// - how many things a body's own inspectorate, trust, programme or round of
//   checks tested, checked, surveyed or covered (`the Inspectorate tested 2,210
//   meters`, `our sampling programme checked 410 loaves`, `the spring inspection
//   round covered 17 kitchens`; statistic-inquiry.ts): the size of the inquiry
//   the text reports on, not what it found.
// Found anew: a body's own members or volunteers after `we now have` (`We now
// have 41 member bakeries`, `we currently have 95 trained volunteers`;
// description.ts), a count the body made of itself, where its staff or stock
// (`we now have 34 people`) stays a description.
// Each row failed on the base commit; each guard row keeps the reading of the
// base and passes before and after. Rows are in our own wording.

describe('the strength of one drink', () => {
  test.each([
    ['The judges gave the cup to Millstone Porter, a 5.4% golden ale from Hebden.', []],
    ['Second place went to Orchard Gold, at 4.1% the lightest cider on the bar.', []],
    ['The distillery released a 43% ABV rye whisky in May.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a change in what drinkers buy is a finding.
    ['guard: Cider sales fell 7.5% in the year to June.', ['fell 7.5%']],
    // Guard: a share of a drink's duty is no strength.
    ['guard: The Treasury set out a 9% beer duty rise last spring.', ['9%']],
    // Guard: a share before `alcohol-related` counts people.
    ['guard: About 14% of admissions were alcohol-related.', ['About 14%']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('the size of a body’s own round of checks', () => {
  test.each([
    ['Last year the Inspectorate tested 2,210 gas meters in shops across the district.', []],
    ['Our sampling programme checked 410 loaves for salt content.', []],
    ['The spring inspection round covered 17 kitchens in Leeds.', []],
    ['In June the Trust surveyed 26 ponds on the common.', []],
    // The share of what was checked stays a finding; the size checked no longer reads.
    ['The Inspectorate tested 900 scales, and 8% failed.', ['8%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: what the check found in the same sentence makes the size part of the finding.
    ['guard: Council officers checked 80 scooters at the depot and found 31 unsafe to ride.', ['80 scooters']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a body’s own members and volunteers', () => {
  test.each([
    ['The guild grew again this year. We now have 41 member bakeries across the county.', ['41 member bakeries']],
    ['We currently have 95 trained volunteers and need more for the winter shifts.', ['95 trained volunteers']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: members set against an earlier count were found before.
    ['guard: We now have 160 individual members, up from 120.', ['160 individual members']],
    // Guard: the body's own staff is what it has.
    ['guard: We now have 34 people across sales and support.', []],
    // Guard: the body's own stock is what it has.
    ['guard: We currently have 23 used tractors in stock at the depot.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
