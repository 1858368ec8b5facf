import {describe, expect, test} from 'vitest'
import {count, statisticsFound as found} from './prose-round-helpers.js'

// The twenty-eighth round's criteria for `uncited-statistic`. Each row of
// the first table in a block failed before this round; each guard row keeps
// the opposite reading.

describe('a price a market closed or traded at is measured', () => {
  test.each([
    ['Copper closed the session at $9,870 a tonne.', ['$9,870']],
    ['Brent ended the day at $81.40, while gas was flat.', ['$81.40']],
    ['Cocoa was trading at $7,200 by the afternoon.', ['$7,200']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // A price a seller sets, and a sum two parties agree.
    ['Tickets for the dinner cost £42.'],
    ['The two neighbours settled at £300 after an hour.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a multiple or a share in words against a stated other quantity', () => {
  test.each([
    ['Ferry fares are now double what they were before the strike.', ['double what they']],
    ['The new pump lifts twice what the old one did.', ['twice what the']],
    ['Wool is selling at barely half its 1990 price.', ['half its 1990 price']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // `twice` telling how often, not a multiple.
    ['They rang the bell twice while the ferry loaded.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a mark awarded, a count of a named kind and a tally of hours given', () => {
  test.each([
    ['Tom achieved 74 overall in the piano exam.', ['achieved 74 overall']],
    ['The candidate scored 61 out of 80 on the written paper.', ['scored 61 out of 80']],
    ['This year 318 Welsh Black heifers were entered in the herd book.', ['318 Welsh Black heifers']],
    ['The friends of the park put in 520 hours of weeding last summer.', ['520 hours']],
    ['Our stewards put in 410 hours at the festival.', ['410 hours']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // A short span of time one person spends, and an address.
    ['We spent 3 hours at the museum.'],
    ['The office moved to 10 Downing Street last spring.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe("a group's joint total and the money it raised", () => {
  test.each([
    ['Together we completed 4,200 lengths of the pool and raised £1,180 for the hospice.', ['4,200 lengths', '£1,180']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // The writer's own fieldwork stays method.
    ['In June we completed 28 soil cores on the north slope.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a threshold named, a limit advised after a colon and a party’s proposal are set', () => {
  test.each([
    ['The threshold for a review meeting is an absence rate of 15% or more.'],
    ['Our guidance to members is simple: keep no more than 5% of the flock as replacements.'],
    ['The developer proposes 1,450, well below the council’s figure.']
  ])('%s', (set) => {
    expect(found(set)).toEqual([])
  })
  test.each([
    // A reading against the threshold is measured.
    ['Absence in the spring term was 19%.', ['19%']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a document’s setting, a budget term, a setting switched to and a rate’s condition', () => {
  test.each([
    ['The council’s standard sets a minimum planting density of 1,100 stems per hectare.'],
    ['The quote is £18,000 with a contingency of 12%.'],
    ['Last week we switched the kiln to a cooler firing temperature of 1,180°C.'],
    ['The van uses about 9 litres per 100 km at 50 mph on the motorway.']
  ])('%s', (set) => {
    expect(found(set).filter((words) => /1,100|12%|1,180|50 mph/u.test(words))).toEqual([])
  })
  test.each([
    // A temperature reached is measured; so is a speed a boat made.
    ['The kiln reached 1,240°C during the glaze firing.', ['reached 1,240°C']],
    ['The yacht averaged 7 knots across the bay.', ['averaged 7 knots']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe("what the writer's group made, material its work used, a pack size and a sale's description", () => {
  test.each([
    ['We built 12 benches for the churchyard this winter.'],
    ['The paths were regravelled in March, using 40 tonnes of hoggin.'],
    ['Offered in 13 cm pots or as bare-root whips.'],
    ['The cottage sleeps five in two bedrooms.'],
    ['The application seeks to fell 1.4 hectares of larch.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // A large count of what the writer's group made is a result; `fell` as the past of `fall` is a change.
    ['This year we built 2,300 nest boxes across the county.', ['2,300 nest boxes']],
    ['Output fell 3.2% in the second quarter.', ['fell 3.2%']],
    ['One in three residents uses the library.', ['One in three']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a source named with a date in brackets is support', () => {
  test('(Source, day Month) covers its sentence', () => {
    expect(count('uncited-statistic', 'Wheat futures closed the week at $6.12 a bushel, almost double their level of 2019 (CBOT, 14 March).')).toBe(0)
    expect(count('uncited-statistic', 'Wheat futures closed the week at $6.12 a bushel, almost double their level of 2019 (Monday, 14 March).')).toBeGreaterThan(0)
  })
})
