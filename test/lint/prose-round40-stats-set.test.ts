import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fortieth round's criteria for `uncited-statistic` (default cues, not
// the model): figures a setup, a rule, an organiser, a requester or the
// writer's own group fixes rather than finds about the world. Whose figure
// it is decides: a time written to the hundredth, a programme's own traps,
// a test's conditions, a penalty's most, who a rule binds, a race's trip,
// where a setup fixes a thing, a value named by its setter, the writers'
// own share of a body, works still to come, a change asked for, a typical
// customer's case, a device's rating and the level a thing should be at.
// Each quiet row failed on the base commit (it was found); each guard row
// keeps the opposite reading and passes before and after. Rows are in our
// own wording.

describe('a duration written with a decimal', () => {
  test.each([
    // A winning time is a length of time, however precisely it is written.
    ['The relay team finished in 41.87 seconds on a damp track.'],
    // Hours with a decimal are a duration too.
    ['The crossing took 3.5 hours in the fog.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a decimal with a unit of mass stays.
    ['The average parcel weighed 2.6 kg last winter.', ['2.6 kg']],
    // Guard: a time's worth of a stock is a quantity, not a duration.
    ["Reserves of the vaccine dropped to 2.4 days' supply by Friday.", ['2.4']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a programme's own setup and a test's conditions", () => {
  test.each([
    // The traps a monitoring programme ran are its design.
    ['Over the summer the programme operated 38 light traps along the estuary.'],
    // The conditions tests were carried out at are the method's.
    ['Tests were carried out in the water flume at a flow of 0.6 m/s, giving a Froude number of 0.35 at the weir.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a share the tests found, in a clause after the method, stays.
    ['Tests were carried out in the loft, and 15% of the samples had mould.', ['15%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a penalty's most and who a rule binds", () => {
  test.each([
    // The most a penalty can reach, with three words between its noun and the modal.
    ['Penalties for persistent non-disclosure can reach £8,000.'],
    // A threshold that says who a rule binds, before its `must`.
    ['From April, every farm keeping more than 400 pigs must register with the council.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: the same threshold with no rule after it counts farms in the world.
    ['Every farm keeping more than 400 pigs reported a loss last year.', ['more than 400 pigs']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a race's trip and where a setup fixes a thing", () => {
  test.each([
    // The distance a race is run over is the organiser's.
    ['The open sprint final over 520 metres went to the favourite.'],
    // Where the setup fixes a thing is its setting.
    ['The pressure tap was fixed with epoxy at 30% span on the upper surface.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a length found after a race, not its trip, stays.
    ['The winner pulled clear by 12 metres in the last furlong.', ['12 metres']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a value named by its setter, and the writers' own share of a body", () => {
  test.each([
    // A target average is set with the mix, not measured.
    ['The slab was poured with a target mean strength of 45 N/mm².'],
    // The writers counting themselves among a panel.
    ['We, being three of the five trustees, sign this resolution.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a measured average with no setter stays.
    ['The cores gave a mean strength of 39 N/mm².', ['mean strength of 39']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('works still to come and a change asked for', () => {
  test.each([
    // An amount that is the subject of works to come is a plan.
    ['A further 250 metres of sewer will be relined in the spring.'],
    // A change somebody asks for is a decision to come.
    ['The steward has asked for the buffer zone to be doubled.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a forecast's loss stays a claim.
    ['Some 2,000 jobs will be lost when the plant closes.', ['Some 2,000 jobs']],
    // Guard: a change that happened stays.
    ['The buffer zone around the nest has doubled since 2019.', ['doubled']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a typical customer's case, a device's rating and the level a thing should be at", () => {
  test.each([
    // The figures of a made-up typical case are the writer's illustration.
    ['A client who orders a cake for about forty guests will usually want a second tier.'],
    // A rating and its unit before a noun name a kind of device.
    ['We tried the 5.8 GHz transmitters at the spring meeting.'],
    // The level a material should be at is a specification.
    ['Sawn larch should arrive at 16 to 18 per cent for cladding.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a told case in the past keeps its figure.
    ['Last week a client ordered a cake for 140 guests.', ['140 guests']],
    // Guard: a reading of the material stays.
    ['Nine of the boards read above 21 per cent on arrival.', ['21 per cent']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
