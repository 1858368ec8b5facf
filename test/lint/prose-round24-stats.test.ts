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
