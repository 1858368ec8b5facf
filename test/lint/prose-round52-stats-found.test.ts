import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-second round's criteria for `uncited-statistic` (default cues, not
// the model) on figures it now reports, results told as narrative of a season
// or a contest (new statistic-level.ts, read among the patterns of
// statistic-rules.ts): a level that held (`held steady at 14`), a peak or a
// highest count (`a peak count of 96`), a split of a counted whole the
// sentence opens on (`Of the 62 couples we counselled, 45 rated …`), a
// change between two durations (`fell from 9 days to 4 days`) and a change of
// rank or grade by a number (`has risen by three kyu`). Each was no figure at
// all before: the number was small and bare, a duration, or a grade. And a
// result of a class named by a label and its number (`Heat 3 boats reached
// 31 knots`), no longer read as an instruction opening on `Heat` (figure-instruction.ts). Nothing
// is reported no longer this round (prose-round52-stats-set.test.ts holds the
// guards of the readings kept). Each found row failed on the base commit;
// each guard row keeps the opposite reading and passes before and after. Rows
// are in our own wording.

describe('a level that held', () => {
  test.each([
    // `held steady at 14`: a count the season's survey came to, told as a level kept.
    ['Breeding pairs of lapwing held steady at 14 across the reserve.', ['held steady at 14']],
    // Another verb and qualifier, a bigger number.
    ['Membership stayed level at 212 for the third year running.', ['stayed level at 212']],
    // `levelled off at`: a level reached and kept.
    ['The weekly count of visitors levelled off at 380 by late June.', ['levelled off at 380']],
    // `remained stable at about`: an approximation between.
    ['Otter sightings remained stable at about 30 a month.', ['remained stable at about 30']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a sample kept at a temperature is a method's setting, with no qualifier of a level.
    ['guard: Samples were held at 4°C overnight before testing.', []],
    // Guard: a year after `held steady at` is no level.
    ['guard: The fee has been held at 2019 prices.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a peak or a highest count', () => {
  test.each([
    // `a peak count of 96`: a season's highest count, a result.
    ['Small Blue did well this season, with a peak count of 96 in mid-June.', ['a peak count of 96']],
    // `The highest daily total was`: the same, told with a copula.
    ['The highest daily total was 340 at the end of September.', ['The highest daily total was 340']],
    // `a peak of`: the noun alone.
    ['Visits to the food bank came to a peak of 75 in the week before Christmas.', ['a peak of 75']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a peak named by a time, not a value, is no figure.
    ['guard: The peak of the season came in late July.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a split of a counted whole the sentence opens on', () => {
  test.each([
    // The writer's own clients, `we saw last year`: the writer's result is a claim too.
    ['Of the 62 couples we counselled last year, 45 rated the sessions as helpful.', ['45']],
    // The part after `only`.
    ['Of the 30 tenants we wrote to, only 11 replied.', ['11']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a small whole in words is narrative and stays quiet.
    ['guard: Of the four wardens on duty, one stayed by the gate.', []],
    // Guard: a part of the writer's own proposal is design, not a result.
    ['guard: Of the 40 allotments we propose for the new site, 28 face south.', []],
    // Guard: a small part in words of the writer's own whole is narrative too.
    ['guard: Of the 16 benches we checked in May, three needed new slats.', []],
    // Guard: a part that did something, found before as a count of its own, keeps its span.
    ['guard: Of the 54 pupils who sat the test in June, 41 went on to the next level.', ['Of the 54 pupils who sat the test in June, 41 went']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a change between two durations', () => {
  test.each([
    // `come down from 30 weeks in May to 12 weeks`: a wait measured twice, the change a result.
    ['Average turnaround has come down from 30 weeks in May to 12 weeks.', ['come down from 30 weeks in May to 12 weeks']],
    // Days, `fell from … to`.
    ['The backlog fell from 9 days to 4 days after the new rota.', ['fell from 9 days to 4 days']],
    // Hours, `has risen from`.
    ['The average repair time has risen from 6 hours to 10 hours this winter.', ['risen from 6 hours to 10 hours']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: one duration alone is no statistic.
    ['guard: The course lasts 12 weeks from January.', []],
    // Guard: a span of time moved, not a duration changed, stays quiet.
    ['guard: The course moved from 6 weeks in spring to the autumn term.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a change of rank or grade by a number', () => {
  test.each([
    // `has risen by three kyu`: a grade gained, a result measured on a rating list.
    ["The club's average grade has risen by three kyu since 2023.", ['risen by three kyu']],
    // Places in a league table.
    ['The first team climbed by four places in the table this season.', ['climbed by four places']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a grade a player holds is no change.
    ['guard: She now plays at three kyu.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('a result of a class named by a label and its number (figure-instruction.ts)', () => {
  test.each([
    // `Heat 3 boats reached 31 knots`: a subject named by a label and its number, then a verb of what it came to, is a report, not an instruction.
    ['Heat 3 boats reached 31 knots off the point.', ['reached 31 knots']],
    // `averaged`, another label that is also a verb.
    ['Group 2 walkers averaged 14 km a day over the week.', ['averaged 14 km']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: an instruction that opens on its verb stays quiet.
    ['guard: Use 3 scoops of feed per horse and reach for the bucket.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
