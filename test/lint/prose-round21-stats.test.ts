import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The twenty-first round's criteria for `uncited-statistic`: figures a party
// sets, the writer spends or a plan builds (a cap set on a number, the most a
// penalty can come to, what a thing cost the writer, a sum set against a
// budget, an advised budget, the reading that calls for an action, a
// threshold that scopes a requirement, the sizes of a thing a plan will
// provide, the headcount of the writer's own body), and the statistic the
// rule missed (what a thing adds to the cost of something). Each quiet row
// failed before this round; each guard row keeps the opposite reading.

describe('figures set, spent or planned rather than measured', () => {
  test.each([
    // A cap set on a number.
    ['The ferry caps bookings at 90 cars on summer weekends.'],
    // The most a penalty can come to.
    ['Penalties for dumping can reach £20,000.'],
    // What a thing cost the writer.
    ['Parking at the airport cost us £64 for the week.'],
    // A sum set against a budget.
    ['The school paid £2,400 for the kiln, well within our budget.'],
    // An advised budget opening its sentence.
    ['Budget about £15 a guest for the meal.'],
    // The reading that calls for an action.
    ['The pump switches off when the tank reads above 90 litres.'],
    // A threshold that scopes a requirement.
    ['Loads on trailers over 3.5 tonnes need a plated vehicle.'],
    // The sizes of a thing a plan will provide.
    ['A store of 6 metres by 4 metres will be built behind the hall.'],
    // The headcount of the writer's own body.
    ['Our allotment society now has 140 plot holders.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('guard rows: the same words still measured', () => {
  test.each([
    // A penalty total reached, not the most one can come to.
    ['Fines handed out last year reached £2 million in total.', ['£2 million']],
    // What a thing cost another party is a cost borne.
    ['The strike cost the airline £40 million.', ['£40 million']],
    // A sum paid set against a valuation, not a budget.
    ['The council paid £2.4 million for the depot, double the valuation.', ['£2.4 million']],
    // A reading outside any condition is a measurement.
    ['The meter reads above 200 ppm in most homes we visited.', ['200 ppm']],
    // A threshold with no requirement after it.
    ['Towers over 40 storeys are now common in the city.', ['40 storeys']],
    // Sizes measured, not planned.
    ['The old store measured 6 metres by 4 metres.', ['6 metres', '4 metres']],
    // A place the writer lives in is not the writer's body.
    ['Our town now has 4,000 empty homes.', ['4,000 empty homes']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('statistics the rule missed', () => {
  test.each([
    // What a thing adds to the cost of something is an effect on a cost.
    ['A second survey adds £1,200 to the cost of selling a house.', ['£1,200']]
  ])('%s', (missed, spans) => {
    expect(found(missed)).toEqual(spans)
  })
})

describe('guard rows: a set surcharge stays quiet', () => {
  test.each([['Delivery adds £5 to the order.']])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})
