import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-second round's criteria for `uncited-statistic` (default cues, not
// the model) on figures that are the writer's or their body's own, or set
// rather than found about the world: a rate a sensor samples or logs at, a
// design value of any kind, an address, a range's second end, what the
// writer's place or product can hold and a rating that classes the things
// counted, the writer's body's commitments and works in progress, a change
// that ought to be made, the cost of a thing still to be bought, the size of
// the site a document is about, a size in a `with` clause of a requirement and
// the least a party must hold, an item of a work's scope, the most a person
// says their body allows and a price's step at a release to come (what the
// round finds anew is in prose-round42-stats-found.test.ts). Each quiet
// row failed on the base commit (it was found); each guard row keeps the
// opposite reading and passes before and after. Rows are in our own wording.

describe('a rate a sensor samples or logs at', () => {
  test.each([
    // `sampling at` in the present participle: the instrument's setting.
    ["The buoy's thermistor chain keeps sampling at 2 Hz through the winter."],
    // `logging at`: the same setting, said of a logger.
    ['The logger on the culvert is logging at 10 Hz until the spring.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a frequency measured, with no verb of sampling, stays.
    ['The hum from the substation peaked at 100 Hz in the survey.', ['peaked at 100 Hz']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a design's own value", () => {
  test.each([
    // `design temperature of`: a value the designer chose.
    ['The heating loop was sized with a design temperature of 70 °C.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a temperature reached, not a design's, stays.
    ['The kiln reached 1,280 °C on its final firing.', ['reached 1,280 °C']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('an address', () => {
  test.each([
    // A range of house numbers before a street's name is an address.
    ['The old bakery at 21–25 Quay Street was converted into flats last year.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a count of things on a street, with no street name after the number, stays.
    ['Thieves broke into 25 cars on the street last month.', ['25 cars']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a range's second end", () => {
  test.each([
    // The first end of `6.8–7.4` is a setting the tanks are kept at; the second end is the same range.
    ['The tanks will be kept at 26 °C with the pH at 6.8–7.4 all week.'],
    // The same with `held at`.
    ['The tanks will be held at 26 °C and pH at 6.8–7.4 throughout.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a range that is a change found stays, both ends together.
    ['The tide rose 40–60 cm above the forecast on Tuesday.', ['rose 40–60 cm']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("what the writer's place or product can hold, and a rating that classes things", () => {
  test.each([
    // `We can fit`: the capacity of the writer's own hall.
    ['We can fit 90 stalls in the main hall when the stage is cleared.'],
    // `lets us … up to`: what the writer's own code can handle.
    ['The new physics code lets us simulate up to 500 ragdolls at once.'],
    // A power written with its unit's symbol before the plural noun: the kind of post, not how many.
    ['The depot opened with eight 22 kW posts and two 350 kW bays.'],
    // A current's symbol before `sockets`: a rating.
    ['The workshop has six 13 A sockets along the bench.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: what the writer sold is a result, not a capacity.
    ['We sold 90 stalls in the main hall last year.', ['90 stalls']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("the writer's body's commitments and works in progress", () => {
  test.each([
    // `We have committed to`: the body's own programme.
    ['We have committed to planting 400 street trees by next autumn.'],
    // `We are now upgrading … at`: works the body is doing to its own things.
    ['We are now upgrading the lighting at 35 stations on the branch line.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: what happened to a place, in the writer's telling, stays.
    ['The site has flooded 14 times since the wall was built.', ['flooded 14 times']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a change that ought to be made', () => {
  test.each([
    // `should be halved by`: a target somebody states.
    ['Residents argue that bus fares should be halved by 2030.'],
    // `must be cut by a third`: the same with `must`.
    ['The union says the waiting list must be cut by a third.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a change that happened stays.
    ['Bus fares have halved since the subsidy began.', ['halved']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('the cost of a thing still to be bought or built', () => {
  test.each([
    // `The new … will cost about`: a budget.
    ['The new clubhouse roof will cost about £42,000, of which half is raised.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: what an old thing cost to repair, in the past, stays.
    ['The old clubhouse roof cost the club £42,000 to repair after the storm.', ['£42,000']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('the size of the site a document is about', () => {
  test.each([
    // `The site extends to`: the applicant's own site.
    ['The site extends to 1.4 hectares and slopes gently to the south.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: an area lost, with no site as the subject of its size, stays.
    ['Flooding destroyed 1.4 hectares of wheat on the farm.', ['1.4 hectares']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a requirement's `with` clause and the least a party must hold", () => {
  test.each([
    // A `with` clause is read with the requirement before it.
    ['Skirting must be fixed to the wall plate, with gaps of 1–2 mm at each joint.'],
    // `must hold … of at least`: the least a party must hold.
    ['Each exhibitor must hold a first aid certificate and liability cover of at least £2 million.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a sum found in a clause after the requirement's stays.
    ["Each exhibitor must hold liability cover, and last year's claims came to at least £2 million.", ['£2 million']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("an item of a work's scope", () => {
  test.each([
    // `The scope covered … and 18 metres of`: what the job built.
    ['The scope covered two new counters and 18 metres of slatwall.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a length measured, with no scope listing it, stays.
    ['Inspectors found 18 metres of shelving had pulled away from the wall.', ['18 metres']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('the most a person says their body allows', () => {
  test.each([
    // `stops her from walking more than`: a stated limit.
    ['The claimant says her knee stops her from walking more than 200 m.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a distance walked stays.
    ['The claimant walked more than 200 metres to the shop on Monday.', ['more than 200 metres']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a price's step at a release to come", () => {
  test.each([
    // `is going up from … to … at the official opening`: a price announced for a moment to come.
    ['The ticket price is going up from £8 to £10 at the official opening.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: prices going up with no moment to come stay a change found.
    ['Prices in the town are going up from £8 to £10.', ['£8 to £10']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
