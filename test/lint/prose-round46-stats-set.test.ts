import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-sixth round's criteria for `uncited-statistic` (default cues, not
// the model) on figures that name, set or tell rather than find: a body's own
// small headcount (`The Bench had 14 magistrates`); a body's own members at
// its work, opening the sentence (`Members made 180 rota visits`); what the
// writer's own contract or round covers; the entries to a section of the
// writer's own competition; one thing's size between its article and its
// noun (`a 4 ft Flute`); a charge's new level announced for a season, year or
// term to come, and the level it steps from (`rise to £95 for the 2027
// season, from £88 this year`); a scoreline in goals and points, which holds
// a `21 to 1` that is no ratio (`lost 0-21 to 1-09`). What the round reports
// anew is in prose-round46-stats-found.test.ts. Each quiet row failed on the
// base commit (it was found); each guard row keeps the opposite reading and
// passes before and after. Rows are in our own wording.

describe("a body's own small headcount", () => {
  test.each([
    // `The Bench had`: the body's own seats, told as how it stands, not found about the world.
    ['The Bench had 14 magistrates at the end of the year, against a full complement of 20.'],
    // `The committee had … members`: the same, with a share of them that stays a claim left out.
    ['The committee had 12 members when the year began.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a membership of a hundred or more is a tally of the world.
    ['The union had 42,000 members by the spring.', ['42,000 members']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // The headcount goes quiet; a share of the members stays a claim though the headcount is the body's own.
    ['The committee had 12 members, and 40% of them were new.', ['40%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a body's own members at its work", () => {
  test.each([
    // `Members made … and sat on …`: the body's members opening the sentence, their visits and sittings its own log.
    ['Members made 180 rota visits and sat on 26 adjudications.'],
    // `Board members carried out`: the same with the body named.
    ['Board members carried out 64 unannounced visits during the year.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: members of the public are not the body's members at work.
    ['Members of the public made 3,100 complaints about noise.', ['3,100 complaints']],
    // Guard: complaints are not the body's sittings or visits.
    ['Members made 140 complaints about the food.', ['140 complaints']],
    // Guard: a count set against an earlier one is a level measured.
    ['Members made 214 rota visits in the year, up from 170.', ['214 rota visits']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("what the writer's own contract or round covers", () => {
  test.each([
    // `Our servicing contract with the county covers`: the scope of the writer's own work.
    ['Our servicing contract with the county covers 37 boilers, each checked once a year.'],
    // `Our delivery round takes in`: the same for a round.
    ['Our delivery round takes in 62 farms.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a national scheme's reach, not the writer's, and a tally besides.
    ['The national framework covers 4,000 schools.', ['4,000 schools']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("the entries to a section of the writer's own competition", () => {
  test.each([
    // `36 entries in the colour class`: the night's own entries, narrative.
    ['There were 36 entries in the colour class and 22 in the monochrome.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a national award's entries in the thousands are a tally.
    ['The national award drew 1,400 entries in the open category.', ['1,400 entries']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('one thing’s size between its article and its noun', () => {
  test.each([
    // `The standard 28 mm hole`: the size names the kind of hole.
    ['The standard 28 mm hole keeps out sparrows.'],
    // `A 4 ft Flute`: an organ stop's pitch length names the stop.
    ['A 4 ft Flute was added to the Choir in 1910.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // The size goes quiet; a share found in the same sentence stays a claim.
    ['The standard 28 mm hole keeps out sparrows, and boxes with it fledge 30% more young.', ['30%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: an average is measured, with or without an article before it.
    ['The average nest hole is 30 mm across.', ['average nest hole is 30 mm']],
    // Guard: a depth of one material without an article stays a measure.
    ['Most lofts in the county have only 100 mm of insulation.', ['100 mm']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a charge announced for a season, year or term to come', () => {
  test.each([
    // `rise to £95 for the 2027 season, from £88 this year`: the new rent and the one it steps from, set by the landlord.
    ['Allotment rents rise to £95 for the 2027 season, from £88 this year.'],
    // `go up to £420 for next season`: the same for a season named as next.
    ['Pitch fees go up to £420 for next season.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a rent that rose last season is a change found.
    ['Hut rents rose to £1,150 last season, from £1,050.', ['£1,150', '£1,050']],
    // Guard: the same in this season, in the past tense.
    ['Allotment rents rose to £95 this season, from £88 last year.', ['£95', '£88']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a scoreline in goals and points', () => {
  test.each([
    // `0-21 to 1-09`: goals and points each side, no `21 to 1` ratio.
    ['They lost 0-21 to 1-09 in the county final.'],
    ['The minors won 3-11 to 1-15 on Sunday.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a ratio of applicants to places stays a ratio.
    ['Applicants outnumbered places 21 to 1 this year.', ['21 to 1']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
