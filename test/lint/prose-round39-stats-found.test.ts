import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The thirty-ninth round's criteria for `uncited-statistic` (default cues,
// not the model) that find what was missed: the reading a measurement of the
// writer's own gives, and a price in pence or cents per unit. Each found row
// failed on the base commit; each guard row keeps the opposite reading and
// passes before and after. Rows are in our own wording.

describe("the reading the writer's own measurement gives", () => {
  test.each([
    // A level after `we measured … at` is the method's result.
    ['We measured the hum at the desk output at -70 dBu.', ['70 dBu']],
    ['We measured the stream at the weir at about 4 litres per second.', ['about 4 litres per second']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: the sites a measurement was made at are its method.
    ['We measured depth at 12 points across the pool.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a price in pence or cents per unit', () => {
  test.each([
    // A market price per unit of a commodity.
    ['Heating oil ended the week at 58p a litre.', ['58p a litre']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
