import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectStatistics} from '../../src/lint/prose/statistic.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import type {Span} from '../../src/lint/prose/span.js'

// The eighth round's criteria, each tried on sentences of registers other
// than the set it was read from (the sixth unseen set): the first list of
// each block holds what the criterion finds or spares, the second its limits.

/** The words each span covers. */
function found(detect: (text: string) => Span[], text: string): string[] {
  return detect(text).map((span) => text.slice(span.start, span.end))
}

describe('numbers that label or specify, not measure', () => {
  test.each([
    // A version after `patch`, `build` or `hotfix`.
    'The bug was fixed in build 2.17 and again in hotfix 3.1.',
    // A scale or gauge joined to the figure.
    'He models the line in 7mm scale, and his brother in 2mm-scale.',
    // What a vessel, building or product is built to carry.
    'The new minibus is designed to seat 16 passengers, and the hall has a capacity of 300.',
    // A limit.
    'The council voted to lower the weight limit to 7.5 tonnes on the bridge.',
    // A fee a body sets, and a price's change announced for a date.
    'The club has agreed a new membership fee of £45 for adults.',
    'Ticket prices at the lido will rise by 5% from 1 April.',
    // A production batch, the writer's own hiring, money to be spent, a plot, a clock time.
    'The second batch of 2,000 jars is being labelled now.',
    'We have since recruited 12 volunteers for the helpline.',
    'Nearly 80% of the grant will be spent on new roofing.',
    'The novel about four brothers won a prize; the film about two sisters did not.',
    'The stall opens at half past eight.'
  ])('not a statistic: %s', (text) => {
    expect(found(detectStatistics, text)).toEqual([])
  })

  test.each([
    // An average fee is measured, and so is a record fee paid.
    ['The average pitch fee of £31 is the highest in the county.', ['£31']],
    ['The club paid a record fee of £100m for the striker.', ['£100m']],
    // A batch that buyers took is a result.
    ['The first print run of 5,000 copies sold out in a week.', ['5,000 copies']],
    // A change with no date of effect is a forecast.
    ['Ticket prices will rise by 5% as energy costs climb.', ['by 5%']],
    // Hiring by another body than the writer is reported.
    ['The firm has since recruited 120 engineers.', ['120 engineers']]
  ])('still a statistic: %s', (text, expected) => {
    expect(found(detectStatistics, text)).toEqual(expected)
  })
})

describe('results a body reports', () => {
  test.each([
    // Takings, a staff count, a frequency in hundreds, a change with no number.
    ['On the open day the café took £3,480, a record.', ['£3,480']],
    ['By March the firm employed 212 staff.', ['212 staff']],
    ['The lifeboat now launches several hundred times a year.', ['several hundred times a year']],
    ['Bookings were up on last season at both campsites.', ['were up on last season']],
    // A share in the clause after a method is what it found; an industry average is the world's.
    ['Our inspectors checked every hive, and 14% showed signs of mites.', ['14%']],
    ['We tested each batch against the national average of about 6%.', ['average of about 6%']]
  ])('%s', (text, expected) => {
    expect(found(detectStatistics, text)).toEqual(expected)
  })

  test.each([
    // The writer's own fundraising is known to the writer; a named group is not counted.
    'We have raised £2 million from two funds.',
    'Our 40 staff will move to the new building.',
    // A method's own sizes stay design.
    'Our team surveyed 300 households in two towns.'
  ])('not a statistic: %s', (text) => {
    expect(found(detectStatistics, text)).toEqual([])
  })
})

describe('sources named by reach, hearings and addressees', () => {
  test.each([
    ['A much-quoted survey found that most riders cycle to work.', ['A much-quoted survey found']],
    ['Recent research shows that bees learn faster in groups.', ['Recent research shows']],
    ['International studies suggest that the habit spreads.', ['International studies suggest']]
  ])('%s', (text, expected) => {
    expect(found(detectVagueAttributions, text)).toEqual(expected)
  })

  test.each([
    // A hearing named is who was told.
    'The tribunal was told that the shifts had been cut.',
    // A class asked to act is addressed, not quoted.
    'Members who have not yet paid the claim should contact the treasurer.'
  ])('not vague: %s', (text) => {
    expect(found(detectVagueAttributions, text)).toEqual([])
  })

  test('we are told, with no hearing, stays vague', () => {
    expect(found(detectVagueAttributions, 'Drivers were told that the road would reopen.')).toEqual(['were told that'])
  })
})

describe('superlatives: compounds, reach, picking out, schedules', () => {
  test.each([
    ['It is the most-watched final in the history of the league.', ['the most-watched']],
    ['The appeal reached every parish in the diocese.', ['every parish']]
  ])('%s', (text, expected) => {
    expect(found(detectSuperlatives, text)).toEqual(expected)
  })

  test.each([
    'The firm lost its biggest client, Norland Foods, in May.',
    'Programmes are on sale at every performance.'
  ])('not a claim: %s', (text) => {
    expect(found(detectSuperlatives, text)).toEqual([])
  })

  test('a superlative before a noun with no name after it still claims', () => {
    expect(found(detectSuperlatives, 'The firm lost its biggest client in May.')).toEqual(['its biggest'])
  })
})
