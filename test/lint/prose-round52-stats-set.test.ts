import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-second round's criteria for `uncited-statistic` (default cues, not
// the model) on figures set or sized by the writer's own method or schedule,
// no longer reported: a count joined by `and` alone to a count the readings
// dropped takes its reading (`Interviews with 18 pupils and 12 mentors were
// carried out`: one list of a method's sample, statistic-conjunct.ts), and a
// show schedule's count to an exhibit (`with 25 nuts to a plate`,
// statistic-scheme.ts). What the round reports anew is in
// prose-round52-stats-found.test.ts. Each quiet row failed on the base
// commit (it was found); each guard row keeps the opposite reading and
// passes before and after. Rows are in our own wording.

describe("a count listed after a count the readings dropped (statistic-conjunct.ts)", () => {
  test.each([
    // `Interviews with 18 pupils and 12 mentors`: the method's sample, both counts one list.
    ['Interviews with 15 carers and 10 volunteers took place in the spring.'],
    // Another sample, another verb.
    ['Interviews with 24 residents and 16 wardens were held over the summer.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: two counts found stay found, each.
    ['guard: The storm damaged 240 homes and 35 schools across the county.', ['240 homes', '35 schools']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe("a show schedule's count to an exhibit (statistic-scheme.ts)", () => {
  test.each([
    // `with 25 nuts to a plate`: the schedule's rule for an entry, set.
    ['The autumn show will have classes for dessert and cooking apples, with 12 apples to a plate.'],
    // Another exhibit, `each`.
    ['Dahlias are shown in three classes, 15 blooms to each vase.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a count of exhibits the show drew, with a comparison, stays a result.
    ['guard: The show drew 340 entries, up from 260 last year.', ['340 entries']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
