import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The thirty-eighth round's criteria for `uncited-statistic` (default cues,
// not the model): figures somebody sets, specifies, orders, plans or holds
// rather than finds about the world. Whose figure it is decides: a maker's
// size of its own product; a limit, tolerance, rating or set point named, and
// the standard a figure names; the term left on a lease; the field a rank is
// placed in; a sum a tribunal orders paid; a place's height in a guide; the scope of a test; a condition attached to a
// decision, a line a warning names and a goal's limit; a cap the writer's
// operation keeps; the level the writer's own apparatus held; a count's own
// setup; a body's step in its own staffing; a charge's step from a date; and
// what the named people of a profile did. Each quiet row failed on the base
// commit (it was found); each guard row keeps the opposite reading and
// passes before and after. Rows are in our own wording.

describe("a maker's size of its own product", () => {
  test.each([
    // A weight opening its sentence with `At`, before the thing's subject.
    ['At 640 g the stove packs into a side pocket.'],
    // A size right before the writer's product noun, its unit going on after the span.
    ['Our 200 g/m² fleece tops dry overnight.'],
    // The sizes a product fits.
    ['The harness fits waist sizes from 70 to 110 cm.'],
    // What a new version of a product sheds.
    ['The latest model sheds 60 g per boot.'],
    // A second rating in a design's clause: the comma inside `20,000` no longer closes the clause.
    ['The shell uses a membrane rated to 20,000 mm hydrostatic head and 15,000 g/m²/24h breathability, tested to ISO 811.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: `At` and a share is a level found, not a product's size.
    ['At 3.2%, unemployment is at its lowest since 1975.', ['3.2%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a limit, tolerance, rating or set point named, and the standard a figure names', () => {
  test.each([
    // A limit as the subject of `remains`, its minus sign before the span.
    ['The temperature limit for chilled goods in transit remains −2 °C.'],
    // A limit and a tolerance in one sentence.
    ['Drivers are reminded that the limit for frozen loads remains −18 °C, with a tolerance of 3 °C at delivery.'],
    // A product's rating.
    ['The quilt has a comfort rating of −4 °C.'],
    // A set point.
    ['Compressor set points stayed at 6.5 bar throughout the trial.'],
    // The years left on a lease.
    ['The flat is held on a lease with 64.5 years unexpired.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // The standard a figure names is set; the reading against it stays (failed before: the standard was found too).
    ['Just 52% of patients were seen within four hours, against the 76% standard.', ['52%']],
    // Guard: a share found against a limit stays.
    ['Cold-chain audits found 14% of deliveries above the limit.', ['14%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a field, an order, a class or a place named by its figure', () => {
  test.each([
    // The size of the field a rank is placed in.
    ['Our quiz team came sixth of 30 teams in the city league.'],
    // A sum a tribunal orders paid.
    ['The panel struck her off and ordered her to pay costs of £12,400.'],
    // A place's height in brackets, in a guide.
    ['Day 3: Lukla to Phakding (2,610 m).']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a small result in brackets after a name is no place's height.
    ['Longest leek, 2nd A. Lowe (1.2 m).', ['1.2']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a scope, a condition, a warning line or a goal', () => {
  test.each([
    // The scope of a test a plan sets.
    ['The repaired joints will be re-tested with 100% UT before handover.'],
    // A condition a body attaches to a decision.
    ['Highways raised no objection subject to a visibility splay of 2.4 by 90 metres.'],
    // A line a warning says something could be pushed past.
    ['Managers warn that a cold snap could push bed occupancy above 95%.'],
    // A goal named as a gerund's limit.
    ['The window for keeping warming below 2 °C is narrowing.'],
    // A cap the writer's own operation keeps for each of its members.
    ['Every guide on our tours leads no more than 8 walkers.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a share with no test after it stays.
    ['The ward has 98% occupancy.', ['98%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("what the writer's body holds, sets up or decides for itself", () => {
  test.each([
    // The level the writer's own apparatus held.
    ['Our smoker held 110 °C for nine hours.'],
    // A count's own setup.
    ['The census took place on the night of 3 March, with 48 volunteers in 12 teams.'],
    // A body's step in its own staffing.
    ['Staffing will rise by 14 full-time equivalents from April.'],
    ["The helpline's headcount is to grow by 12 posts next year."],
    // A charge's step after a date to come that opens the sentence.
    ['From 1 March, the listing fee for crafts falls from 10% to 8%.'],
    // What the named people of a profile did.
    ['Amir and Jess Cole had viewed 11 flats before they found this one.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a staffing change that happened stays a change found.
    ['Staffing rose by 14 full-time equivalents last year.', ['rose by 14 full-time equivalents']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
