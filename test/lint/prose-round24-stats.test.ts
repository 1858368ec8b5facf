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
