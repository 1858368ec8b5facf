import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-fourth round's criteria for `uncited-statistic` (default cues, not
// the model) on figures found about the world that the base missed: a count
// as the subject of a verb of saying, finding or an outcome; a rate in words
// per unit of time, approximated or bounded; a side's run of results; a count
// stressed as small after a verb of drawing or receiving, and a dozen bounded
// as an estimate; a past level dated after `from`; the other end of a
// comparison between groups; a difference in time between groups; the size
// of an event's field beside a pointer to its full results (the
// round's set figures are in prose-round44-stats-set.test.ts). Each found row
// failed on the base commit (it was missed); each guard row keeps the
// opposite reading and passes before and after. Rows are in our own wording.

describe('a count as the subject of a verb of saying, finding or an outcome', () => {
  test.each([
    // `, 22 said`: how many of those asked said so is what was found.
    ['Of the 60 tenants on the estate, 22 said the heating had failed at least once.', ['22 said']],
    // `, 23 failed the safety test`: the limit crossed is the count's, not a limit set.
    ["In last winter's checks on eighty boilers, 23 failed the safety test.", ['23 failed the safety']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a rate in words per unit of time, approximated or bounded', () => {
  test.each([
    // An approximation before a rate in words: an estimate of what happens.
    ['The roof leaked at roughly five drips a minute.', ['roughly five drips a minute']],
    // A tolerance per unit of time: how well a thing keeps to it, measured.
    ['The quartz movement keeps time to within a second or two a month.', ['within a second or two a month']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: time spent per day is a duration.
    ['The garden takes about twenty minutes a day.'],
    // Guard: a cap on bookings per day is set.
    ['Members may book up to two courts a day.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe("a side's run of results", () => {
  test.each([
    // `unbeaten in eleven games`: a record counted.
    ['The under-14s are now unbeaten in eleven games.', ['unbeaten in eleven games']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a small count stressed after a verb of receiving, and a bounded dozen', () => {
  test.each([
    // `received just six applications`: the count is the point of the sentence.
    ['The open mic night received just six applications.', ['received just six applications']],
    // `fewer than a dozen`: an estimate of how many there are.
    ['There are fewer than a dozen thatchers left in the county.', ['fewer than a dozen thatchers']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a dozen alone in narrative stays a small count.
    ['A dozen families toured the farm.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a past level dated after `from`', () => {
  test.each([
    // `from about 60 in the 1980s`: the baseline of a fall, with its decade.
    ['The choir has shrunk to 25 singers, from about 60 in the 1980s.', ['25 singers', 'from about 60 in the 1980s']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('the other end of a comparison between groups', () => {
  test.each([
    // `against 9 for women`: the second group's rate, as much a finding as the first.
    ['Men reported 14 injuries per 100 players, against 9 for women.', ['14 injuries per 100 players', 'against 9 for women']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a difference in time between groups', () => {
  test.each([
    // `three years earlier than non-smokers`: a comparison between groups.
    ['Smokers in the cohort needed hip replacements three years earlier than non-smokers.', ['three years earlier than']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a date against last year is a date's difference, not a finding.
    ['The harvest began ten days later than last year.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe("the size of an event's field, beside a pointer to its results", () => {
  test.each([
    // `412 swimmers entered`: how many entered is a count of the world, not a placing the results give.
    ['The spring gala was held on 3 May, with 412 swimmers entered across the programme. Full results are on the club website.', ['412 swimmers']],
    // `took part`: the same, with another verb of entering.
    ['At the spring gala 230 swimmers took part. Full results are on the club website.', ['230 swimmers']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: the programme's size and what the results record stay read from the results.
    ['The spring gala ran to 96 events, with 58 personal bests. Full results are on the club website.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})
