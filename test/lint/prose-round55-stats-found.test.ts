import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-fifth round's criteria for `uncited-statistic` (default cues, not
// the model) on a count in words set against an earlier count, reported anew:
// a count in words over ten opening its noun phrase (`Thirty-four clubs`) was
// read only when a named last period followed its baseline (`against 19 last
// year`, statistic-count.ts); it is now read when the baseline is dated by a
// span of years back (`against nine four years ago`) or a year (`against 24 in
// 2019`), or when a rise or fall from a count in digits ends its clause (`up
// from 18,`), the period being the clause's own (`this season`, `now`).
// Nothing is reported no longer. Each found row failed on the base commit (it
// was not found); each guard row keeps the opposite reading and passes before
// and after. Rows are in our own wording.

describe('a count in words set against an earlier count', () => {
  test.each([
    // `up from 18,`: a rise from a count, ending its clause.
    ['Thirty-four clubs signed up this winter, up from 21, so the fixtures run to April.', ['Thirty-four clubs']],
    // `down from`, at the sentence's end.
    ['Seventeen branches remain open, down from 26.', ['Seventeen branches']],
    // `against nine four years ago`: the baseline dated by a span of years back.
    ['Nineteen villages now hold a summer fete, against nine four years ago.', ['Nineteen villages']],
    // `against 24 in 2019`: the baseline dated by a year.
    ['Forty-one choirs sang at the festival, against 24 in 2019.', ['Forty-one choirs']],
    // A second row of `up from`, with a full stop.
    ['Sixty-five stalls traded at the fair, up from 48.', ['Sixty-five stalls']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a rise from a measurement is not a count's baseline.
    ['guard: Twenty-two players ran the course.', []],
    // Guard: `against` that names no count.
    ['guard: Fourteen volunteers turned out, against the advice of the warden.', []],
    // Guard: a baseline with its period already read (`last year`).
    ['guard: Thirty-one clubs took part, against 24 last year.', ['Thirty-one clubs']],
    // Guard: a count in words of ten or under stays unread.
    ['guard: Nine teams entered, up from 6.', []],
    // Guard: a time noun is not a count.
    ['guard: Twenty minutes passed, up from 12.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

// `once in` a number of three digits or grouped ones, with no `every` or `a`
// between them: a frequency out of many, measured (statistic-count.ts).
describe('a frequency once in many', () => {
  test.each([
    // Grouped digits.
    ['A royal flush turns up once in 649,740 hands.', ['once in 649,740 hands']],
    // Three digits, after `about`.
    ['Twins arrive about once in 250 births.', ['once in 250 births']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a year after `once in` is a date.
    ['guard: The club won the cup once in 2019 and again in 2022.', []],
    // Guard: two digits make an interval, not a frequency out of many.
    ['guard: The comet returns once in 76 years.', []],
    // Guard: `once every`, already read.
    ['guard: A fault shows up once every 10,000 launches.', ['once every 10,000 launches']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

// A market's price that held or stood at a level, a place or a product after
// `prices` (`Prices at Billingsgate held at £6.20 a kilo`): measured in the
// market, not a tariff the writer sets (statistic-market.ts).
describe('a market price that held at a level', () => {
  test.each([
    // A place after `prices`.
    ['Prices at Smithfield held at £5.60 a kilo for prime lamb through March.', ['£5.60']],
    // Bare `Prices held at` before a price per unit of goods.
    ['Prices held at £4.20 a kilo for grade one oysters, among the best paid on the coast.', ['£4.20']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a product after `prices`, found already.
    ['guard: Prices for store lambs held at £88 a head through the autumn.', ['£88']],
    // Guard: a product's price that `stood at` a level was found already.
    ['guard: Prices for baled hay stood at £95 a tonne all winter.', ['£95']],
    // Guard: a price a body keeps, in the passive.
    ['guard: Gate prices were held at £6 for adults this year.', []],
    // Guard: the writer's own prices.
    ['guard: Our ticket prices held at £12 for the third year.', []],
    // Guard: bare `Prices held at` before a fee for a group is a body's charge.
    ['guard: Prices held at £12 for members this year.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
