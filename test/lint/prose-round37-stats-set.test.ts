import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The thirty-seventh round's criteria for `uncited-statistic` (default cues,
// not the model), figures a body has, sets or cannot go beyond rather than
// finds. Whose figure it is decides: a body's own count of who or what it
// had in hand (who a gathering had, the small group that did its work, the
// staff a firm took on, what an application is for, where a data set's
// items came from); a bound a term sets, a level a thing cannot work
// beyond, a condition in a `when` clause, and the bound of a counted class;
// the level a wait reached (a duration); a payout a body declares, a
// payment of a set kind handed over, and a charge a body will set anew; a
// named product's make-up; and the size a body plans for its own thing.
// Each quiet row failed before this round; each guard row keeps the
// opposite reading and passes before and after it. Rows are in our own
// wording.

describe("a body's own count of who or what it had in hand", () => {
  test.each([
    // Who a gathering had, in a small count after `with`.
    ['The residents panel sat in the village hall on 2 May, with 31 tenants chosen by ballot.'],
    ['The hillwalking weekend drew a good turnout, with 22 members on the hill.'],
    // The small group that did a body's work.
    ['The revised guide was drafted by the steering group and checked by 14 volunteer wardens.'],
    // The staff a firm took on.
    ['The bakery opened a second shop in May and has taken on 14 staff.'],
    // What an application is for.
    ['The civic society objects to application 25/00731/FUL for 36 homes on the allotment site.'],
    // Where a data set's items came from.
    ['The corpus holds 9,400 clauses from 40 writers of Glasgow English.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // A count big enough to be a tally of the world stays one.
    ['The festival drew a crowd, with 4,000 entrants over the weekend.', ['4,000 entrants']],
    // What a body did to a count of people is what happened, not who it had.
    ['Stewards turned away 41 children at the gate.', ['41 children']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('bounds that are limits rather than readings', () => {
  test.each([
    // A bound a guarantee or a benchmark sets.
    ['Each boiler carries a five-year warranty against pressure loss of more than 0.5 bar.'],
    // A level a thing cannot work beyond.
    ['The older greenhouse heaters could not cope below 5°C.'],
    // A condition in a `when` clause of advice.
    ['No render should be applied when the wall is below 5°C.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // The reading against the benchmark stays; the benchmark does not (failed before: the benchmark was found too).
    ['Operators logged 900 alarms a day, against the industry benchmark of no more than 150.', ['900 alarms']],
    // The bound of a counted class is not another statistic: the count is (failed before: the bound was found too).
    ['Scales at the pen turned away 12 lambs just over 40 kg.', ['12 lambs']],
    // A level reached or kept is measured.
    ['Temperatures rose above 35°C in the afternoon.', ['35°C']],
    ['The river stayed above 4 metres for a week.', ['4 metres']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('the level a wait reached', () => {
  test.each([['Waits on the helpline peaked at 25 minutes on Monday.'], ['The queue reached 90 minutes by noon.']])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // A count's peak and a change in a wait stay claims.
    ['Calls peaked at 4,000 on Monday.', ['peaked at 4,000']],
    ['Waiting times rose by 12 minutes.', ['rose by 12']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('payouts, payments and charges a body sets', () => {
  test.each([
    // A payout a body declares, in the present.
    ['The interim dividend rises to 12.4p.'],
    // A payment of a set kind handed over.
    ['Jurors were paid a £30 attendance allowance per day.'],
    // A charge a body will set anew.
    ['The government will cut the duty on imported sugar to 5% from 12%.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // A price that rose, a sum paid out and a share that fell are found.
    ['The share price rose to 412p.', ['share price rose to 412p']],
    ['The council paid £30,000 in compensation last year.', ['£30,000']],
    ['Sugar imports fell to 5% from 12% of supply.', ['fell to 5% from 12%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a named product's make-up and a body's plan for its own thing", () => {
  test.each([
    ['The Aria Deluxe pairs 900 pocketed springs with a latex top.'],
    ['Next season the craft fair will double in size and move to the quay.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // What a product sold is found; a forecast's change is a claim.
    ['The Aria Deluxe sold 900 units in its first month.', ['900 units']],
    ['Demand for the service will double by 2030.', ['will double']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
