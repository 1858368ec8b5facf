import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The twenty-fourth round's criteria for `uncited-statistic`: figures that
// are not statistics about the world. Each quiet row failed before this
// round; each guard row keeps the opposite reading.

describe('a length of time counted in weekends or seasons', () => {
  test.each([
    ['The crew rebuilt the wall over three weekends last spring.'],
    ['Volunteers cleared the pond over 12 weekends.'],
    ['They dug the trench over four summers.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    ['Over 40% of homes had damp.', ['40%']],
    ['Nurses worked over 12 weekends a year without a break.', ['12 weekends']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a place given as a distance and a compass direction', () => {
  test.each([
    ['The closest sighting was 4 km to the west.'],
    ['There is a hamlet 6 miles north of the quarry.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // A distance moved is measured, with or without a direction.
    ['The glacier retreated 3 km.', ['3 km']],
    ['The ice front retreated 3 km to the north over a decade.', ['3 km']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a thing sized as a dimension pair', () => {
  test.each([
    ['The hutch is 1.5 m by 80 cm.'],
    ['The run is 2.5 m by 1 m, with a perch at each end.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    ['Sea level rose 20 cm by 2020.', ['rose 20 cm']],
    // A pair measured in the past is found.
    ['The old hut measured 5 metres by 3 metres.', ['5 metres', '3 metres']],
    ['The pier sank 30 cm by 1990.', ['30 cm']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('the spacing a method works at', () => {
  test.each([
    ['Forty posts were sunk along the bank at 12 m intervals.'],
    ['Tiles were put down at 15 m intervals across the slope.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // A count of things found along the line stays a count.
    ['Walkers reported 340 sightings along the ride last summer.', ['340 sightings']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a value named as recommended, permitted or statutory', () => {
  test.each([
    ['The advised dose for adults is 500 mg.'],
    ['The permitted level for lead in tap water is 10 µg/L.'],
    ['The recommended rate for feed wheat on heavy soils is 190 kg N/ha.'],
    ['We therefore suggest the herd grazes a paddock of at least 1.5 ha.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // The same shape without the word that sets it is measured.
    ['The average rate for barley on light soils is 160 kg N/ha.', ['160 kg']],
    ['Growers applied 190 kg N/ha to wheat.', ['190 kg']],
    // A recommendation's reason is a finding.
    ['We recommend action because 40 mm of rain fell in an hour.', ['40 mm']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a piece of writing describing what it holds', () => {
  test.each([
    ['This volume collects 64 stories from the valley.'],
    ['This guide covers 40 walks.'],
    ['Each issue carries 14 recipes.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    ['The council report found 300 homes empty.', ['300 homes']],
    ['This guide covers 40 walks, and 12,000 people used it last year.', ['12,000 people']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a change a rule sets from a date', () => {
  test.each([
    ['From 1 March, the minimum break for drivers rises to 45 minutes.'],
    ['From next April, the levy will rise to 4%.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    ['Since January, sales rose to 12,000.', ['rose to 12,000']],
    ['From January to March, sales rose to 12,000.', ['rose to 12,000']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a threshold that says who or what a benefit or a rule is for', () => {
  test.each([
    ['Free meals are offered to pupils living more than three miles from the nearest school.'],
    ['Grants are open to households earning under £18,000 a year.'],
    ['The new rules apply to any extension of more than a third of the floor area.'],
    ['The new rules apply to new sheds and to any extension of more than a third of the floor area.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    ['More than two miles of road flooded.', ['More than two miles']],
    ['The study found 30% of pupils walked to school.', ['30%']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})
