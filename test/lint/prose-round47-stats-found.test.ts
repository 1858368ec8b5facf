import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-seventh round's criteria for `uncited-statistic` (default cues,
// not the model) on figures that are found though they read like a price, a
// rating, a denominator or the writer's method: money an event took on top of
// a sum (`took a further £310`); what customers spent per head (`spend per
// customer came to £6.40`); a cost a costing or a body puts on a piece of work
// (`puts the real cost of a home visit at £42.50`); a top speed someone
// recorded or clocked (`clocked a top speed of 61 mph`); a rate in words
// (`about one for every 3,000 climbs`); a count whose noun carries an en-dash
// compound (`340 rosy–footman moths`); a count told before somebody's quoted
// words that open on `We` (`… its treasurer told us. 'We used to …'`), which
// are the speaker's, not the writer's method. What the round no longer
// reports is in prose-round47-stats-set.test.ts. Each found row failed on the
// base commit (it was not found); each guard row keeps the opposite reading
// and passes before and after. Rows are in our own wording.

describe('money an event took on top of a sum', () => {
  test.each([
    // `took a further`: takings added to a sum already raised, a result like `took £640`.
    ['The collection buckets at the gate took a further £310.', ['£310']],
    // `took another`: the same.
    ['The cake stall took another £85 on the Sunday.', ['£85']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a further span of time taken is a duration, not takings.
    ['The crossing took a further 20 minutes in the fog.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('what customers spent per head', () => {
  test.each([
    // `spend per customer came to`: customers' spending measured, not a charge.
    ['Food spend per customer came to £6.40 in the café.', ['£6.40']],
    // `Bar spend per head was`: the same without an average named.
    ['Bar spend per head was £7.35 on match days.', ['£7.35']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a charge held at a level is set by the body that charges it.
    ['Entry fees are held at £12 for the coming season.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a cost a costing puts on a piece of work', () => {
  test.each([
    // `puts the real cost of a home visit at`: an estimate of a cost borne, not a price asked.
    ['Our own costing puts the real cost of a home visit at £42.50 once travel is counted.', ['£42.50']],
    // `estimates the cost of each repair at`: the same with another verb.
    ['The workshop estimates the cost of each bike repair at £31.', ['£31']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a price the writer puts on a ticket is set.
    ['We put the ticket price at £5 for the season.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a top speed someone recorded', () => {
  test.each([
    // `clocked a top speed of`: a speed reached and measured, not a rating.
    ['The rider clocked a top speed of 61 mph on the flat.', ['61 mph']],
    // `recorded a top speed of`: the same with a logger.
    ['The board recorded a top speed of 34 knots on the second run.', ['34 knots']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a vehicle's top speed is its rating, a particular of one thing.
    ['The van has a top speed of 70 mph.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a rate in words', () => {
  test.each([
    // `one for every 3,000 climbs`: a rate counted, not a denominator a rule sets.
    ['Our records show about one fall for every 3,000 climbs.', ['3,000 climbs']],
    // `one injury for every`: the same with the thing counted named.
    ['The park logged one injury for every 2,500 jumps last year.', ['2,500 jumps']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a denominator a scheme pays by stays set.
    ['The scheme pays £2 for every 100 bottles returned.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a count whose noun carries an en-dash compound', () => {
  test.each([
    // `340 rosy–footman moths`: the en dash joins the noun's modifier as a hyphen would.
    ['The light trap caught 340 rosy–footman moths this month, against 52 last year.', ['340 rosy–footman moths']],
    ['Wardens logged 1,200 north–south crossings on the causeway.', ['1,200 north–south crossings']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a count before somebody's quoted words that open on `We`", () => {
  test.each([
    // `'We used to …'`: the chair's `we`, not the writer's method; the count before it is found.
    [
      "The Ramblers Club counted 2,310 members in March, up from 1,600 a year before, its treasurer told us. 'We used to be a handful of walkers,' said the chair.",
      ['2,310 members in March, up from 1,600']
    ]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: the writer's own method, unquoted, still sets its sizes.
    ['We surveyed 2,310 members in March.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})
