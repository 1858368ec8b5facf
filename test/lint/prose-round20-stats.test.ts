import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The twentieth round's criteria for `uncited-statistic`: figures a maker, a
// seller or a party sets rather than measures (a minimum or maximum that is a
// term of a deal, a size a maker works a part to, a spec sheet's line, a
// humidity a thing is kept at, the other amount of an advised limit, where a
// method placed an instrument, a limit named as a sentence's subject, a
// condition's threshold, a price change announced for the date that opens
// the sentence, a thing's measurements listed after a heading), and the
// statistics the rule missed (an estimated age gap, a share after a verb of
// reporting and `that`). Each quiet row failed before this round; each guard
// row keeps the opposite reading.

describe('figures set rather than measured', () => {
  test.each([
    // A minimum or maximum that is a term of a deal or an offer.
    ['The buyer asked for a loading window of three days and a minimum of 2,000 crates.'],
    ['Guided walks leave at noon, with a maximum of 30 walkers per guide.'],
    ['The bakery sells rolls by the tray, with a minimum order of 60 rolls.'],
    // A size a maker works a part to, and the other sizes of its clause.
    ['The soundboard is cedar, planed to 3.1 mm at the bridge and 2.7 mm at the rim.'],
    // A spec sheet's line: a bare noun and a dimension noun, then `is`.
    ['Blade length is 210 mm, with a walnut handle.'],
    // A humidity a thing is kept at.
    ['A violin stored at 40–60% relative humidity rarely warps.'],
    // The other amount of an advised limit.
    ['Entrants should bring at least 30 g of seed or 5 g of spores.'],
    // Where a method placed an instrument.
    ['The anemometer was mounted 2.5 m above the roof, at least 4.5 m from the chimney.'],
    // A limit named as its sentence's subject.
    ['The daytime limit written into the venue licence is 65 dB at the fence.'],
    // A condition's threshold.
    ['Residents tend to object where the music exceeds the street noise by 8 dB or more.'],
    // A price change announced for the date that opens the sentence, its product named with a code.
    ['From 1 March, the price of our 16/40 garden hose rises to £27.50 per reel.'],
    // A thing's measurements listed after a heading.
    ['Dimensions taken flat: chest 52 cm, sleeve 61 cm, length 70 cm.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('guard rows: figures measured, next to those set', () => {
  test.each([
    // Guard: a maximum reached is measured, with `with` before it.
    ['The heatwave peaked with a maximum of 43°C in the valley.', ['43°C']],
    // Guard: a maximum recorded is measured.
    ['Hotels asked for rooms, and a maximum of 900 guests was recorded in June.', ['900 guests']],
    // Guard: a dimension that is an average is measured.
    ['Average length is 210 mm in the wild population.', ['Average length is 210 mm']],
    // Guard: a rise of prices in the past, after a year, is measured.
    ['From 2015, the average price of a flat rose to £240,000.', ['£240,000']],
    // Guard: a heading of measurements with a mean is measured.
    ['Measurements: the mean was 52 cm across the herd.', ['mean was 52 cm']],
    // Guard: a share that rose by an amount or more, with no condition, is measured.
    ['Rents rose by 9% or more in most districts.', ['rose by 9%']],
    // Guard: a difference in age between two people is a small narrative count.
    ['Her sister is two years older than her.', []],
    // Guard: `that half of` as a demonstrative is a part of one thing.
    ['Keep that half of the loaf for tomorrow.', []]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('statistics the rule missed', () => {
  test.each([
    // An estimated age gap is a measured comparison, not a span of time.
    ['Bones from the lower pit dated roughly 300 years older than the pottery above them.', ['roughly 300']],
    // A share after a verb of reporting and `that`.
    ['Surveyors found that half of all the footpaths were blocked.', ['half of']]
  ])('%s', (missed, spans) => {
    expect(found(missed)).toEqual(spans)
  })
})
