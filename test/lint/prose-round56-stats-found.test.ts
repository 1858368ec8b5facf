import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-sixth round's criteria for `uncited-statistic` (default cues, not
// the model), reported anew: a sentence that opens on a noun dated by its
// period and a stated verb (`Attendance this week was 95.8%`) was read as an
// instruction (`Attendance` taken for an imperative, `this week` for its
// object) and its figures dropped; it is now a report (figure-instruction.ts).
// An event's round or heat with its number, then a verb of its running
// (`Round 3 came to the track`, `Heat 2 ran on Saturday`), is a subject, not
// an imperative (`Take 2 tablets`). An entry's count and the classes it spreads
// over (`212 riders entered across 24 age classes`) are one statistic
// (statistic-join.ts), where the classes were read alone. Nothing is reported
// no longer. Each found row failed on the base commit; each guard row keeps
// the reading of the base and passes before and after. Rows are in our own
// wording.

describe('a subject dated by its period, then a stated verb', () => {
  test.each([
    // `this week was`: a week's attendance, reported.
    ['Attendance this week was 94.2%, the best of the term.', ['94.2%']],
    // `this weekend was`, a count.
    ['Footfall this weekend was 3,400 over the two days.', ['3,400']],
    // `this term has been`, a share.
    ['Punctuality this term has been 97.5% across the school.', ['97.5%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: `last year` was never an imperative's object, and stays read.
    ['guard: Turnout last year stood at 61%, below the county average.', ['Turnout last year stood at 61%']],
    // Guard: an imperative with a period after it stays an instruction.
    ['guard: Book this week to save 20% on the summer camp.', []],
    // Guard: an imperative with its object and a number.
    ['guard: Take 2 tablets every four hours.', []],
    // Guard: an imperative whose object is `this`, with no stated verb after the period.
    ['guard: Keep this month free for the 12 training sessions.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe("an event's round or heat as a subject, and the classes an entry spreads over", () => {
  test.each([
    // `Round 4 came`: the round is the subject, its entry a count.
    ['Round 4 came to Millbrook on Saturday, with 186 riders on the start list.', ['186 riders']],
    // `Heat 2 ran`.
    ['Heat 2 ran in a stiff breeze with 48 boats on the line.', ['48 boats']],
    // `across 17 classes`: the entry and its classes are one statistic.
    ['The spring show drew 240 exhibits across 17 classes, and the hall was full by noon.', ['240 exhibits across 17 classes']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a change across places is not an entry spread over classes.
    ['guard: Prices rose 4% across 12 regions.', ['rose 4%', '12 regions']],
    // Guard: a round's number with no verb of its running stays an instruction's.
    ['guard: Add 3 eggs to the batter.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
