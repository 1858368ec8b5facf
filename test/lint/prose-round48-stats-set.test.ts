import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-eighth round's criteria for `uncited-statistic` (default cues,
// not the model) on counts that are an event's or the writer's own field and
// stock rather than findings: the small field an event opened, set off or was
// contested with (`The county rally drew 28 crews`, `The regatta opened with
// 31 boats`), and the small number of suppliers the writer's own shop stocks
// from (`We stock cheese from 12 farms`). What the round reports anew is in
// prose-round48-stats-found.test.ts. Each quiet row failed on the base commit
// (it was found); each guard row keeps the opposite reading and passes before
// and after. Rows are in our own wording.

describe("an event's own field", () => {
  test.each([
    // `drew 28 crews`: the entry an event was contested by, its own make-up, told in narrative.
    ['The county rowing rally drew 28 crews across four classes.'],
    // `opened with 48 floats`: what the event put on show, like a budget of its own materials.
    ['The harvest carnival opened on Saturday with 48 floats.'],
    // `set off … with 19 bikes`: the field a run started with.
    ['The sponsored ride set off from the village green with 19 vintage motorcycles.'],
    // `featured 31 boats`: the same with another verb.
    ['This year the regatta featured 31 boats in the main race.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: an event's audience is a tally of the world, not its field.
    ['The carnival drew 1,400 visitors over the weekend.', ['1,400 visitors']],
    // Guard: a field compared with an earlier year is a result.
    ['The rally drew 28 crews, up from 17 last year.', ['28 crews']],
    // Guard: a count the event drew that is not its field is found.
    ['The regatta drew 45 complaints about parking.', ['45 complaints']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("the suppliers the writer's own shop stocks from", () => {
  test.each([
    // `We stock cheese from 12 farms`: the writer's own shop's stock, not a measurement.
    ['We stock cheese from 12 farms in the valley.'],
    // `we now stock jams from 11 makers`: the same with `now` and other goods.
    ['We now stock jams from 11 makers in the parish.'],
    // `We source our vegetables from 17 growers`: the same with another verb.
    ['We source our vegetables from 17 growers within five miles.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a body that is not the writer's, stocking from a count of places, is found.
    ['Supermarkets now stock fruit from 48 countries.', ['48 countries']],
    // Guard: the writer's stock compared with before is a result.
    ['We stock cheese from 12 farms, up from 5 in 2022.', ['12 farms']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
