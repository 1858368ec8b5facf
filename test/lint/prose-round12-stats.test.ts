import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The twelfth round's criteria for `uncited-statistic`, read from the tenth
// unseen set and tried here on sentences of other registers. Each row of the
// first table pairs a sentence whose figure sets, describes or asks (a
// setting a process runs at, a route, a gradient, a priced item, a fine, a
// bound, a reader's question, a tribunal's counterfactual, the writer's own
// fieldwork) with its nearest neighbour that measures the world; each row of
// the second pairs a statistic the rule missed with a neighbour that stays
// quiet. A criterion drawn too wide fails as surely as one that is missing.

describe('figures that set, describe or ask, and their neighbours that measure', () => {
  test.each([
    // A temperature a process runs at, and the one it replaces; not a temperature recorded.
    ['Storing the vaccine at 4 °C rather than 8 °C keeps it stable for longer.', 'Summer nights in the valley now average 19 °C.', ['19 °C']],
    // The same setting in an instruction after a colon.
    ['Towels are the exception: wash them at 90 °C once a month.', 'The sea off the point reached 19 °C in August.', ['reached 19 °C']],
    // The length of one route; not a distance ridden on average.
    ["The ride's route of 38 miles follows the old canal.", 'Cyclists on the canal path rode 38 miles on average.', ['38 miles on average']],
    // A gradient a guide gives; not a share of ramps.
    ['The guide recommends a slope of one in eight for a garden ramp.', 'In the survey, one in eight ramps was too steep.', ['one in eight']],
    // The item a price list prices and its dimensions; not a change in sales.
    ['Our catalogue price for 25 x 600 mm skirting at 2.4 m is £9.50.', 'Skirting sales rose by 600 units in the spring.', ['rose by 600 units']],
    // A size written with `x` is a product's; a power of ten written with `×` is a measurement.
    ['Our catalogue price for 25 x 600 mm skirting at 2.4 m is £9.50.', 'The mutation rate was put at 2.5 × 10⁻⁹ per base.', ['rate was put at 2.5']],
    // A penalty a rule sets; not fines paid.
    ['Drivers who park in the bus lane face penalties of up to £1,000 per breach.', 'Drivers in the bus lane paid fines of £40,000 in total last spring.', ['£40,000']],
    // A group defined by a sum; not what homes sold for.
    ['The levy is charged only on homes over £2 million.', 'Homes sold for over £2 million in the town last year.', ['£2 million']],
    // Every figure in a clause a maximum governs; not a load carried.
    ['The maximum safe load is 630 kg for the small lift and 900 kg for the large one.', 'The small lift carried 630 kg on its heaviest run.', ['630 kg']],
    // A reading in a reader's question; not readings reported.
    ['A caller wonders whether her radon reading of 210 becquerels is safe.', 'Radon readings in the village averaged 210 becquerels.', ['averaged 210 becquerels']],
    ['A listener asks why his pond never warms above 12 °C.', 'The pond never warmed above 12 °C all summer.', ['12 °C']],
    // A reader's question, not a report's: a report that asks why presupposes its figure.
    ['A listener asks why his pond never warms above 12 °C.', 'A new report asks why 4,000 graduates leave the county each year.', ['4,000 graduates']],
    // A tribunal's chance of what would have happened; not a share of tenants.
    ['The panel found a 30% chance that the tenant would have left anyway.', 'The panel found that 30% of tenants left within a year.', ['30%']],
    // A paid service's price: `paid` as an adjective does not make it an aggregate; an average price does.
    ['The parking permit is a paid extra costing £30 a year.', 'The average parking permit now costs £30 a year.', ['£30']],
    // A threshold with its noun between the figure and `or lower`; not a reading.
    ['Our oats leave the mill at 12% moisture or lower.', 'The oats came in at 12% moisture after the wet harvest.', ['12%']],
    // The writer's own fieldwork; not land lost, nor an achievement in the perfect.
    ['In two weeks we completed 28 soil cores across the marsh.', 'In two weeks the marsh lost 28 hectares to the tide.', ['28 hectares']],
    ['In two weeks we completed 28 soil cores across the marsh.', 'Since May we have completed 300 home repairs.', ['300 home repairs']],
    // A survey's own coverage; not what it found.
    ['The survey covered 230 farms in the upland parishes.', 'The survey found 230 farms in the upland parishes had no broadband.', ['230 farms']]
  ])('%s', (quiet, flagged, spans) => {
    expect(found(quiet)).toEqual([])
    expect(found(flagged)).toEqual(spans)
  })
})

describe('statistics the rule missed, and their quiet neighbours', () => {
  test.each([
    // A forecast others make of a will-clause; a body's own plan stays a design.
    ['Engineers project the coast will retreat 40 metres by 2100.', ['40 metres'], 'The council will move the footpath 40 metres inland.'],
    // A count in words compared with another year; the same count as scene-setting is narrative.
    ['Twenty-six choirs entered the festival, compared with nineteen the year before.', ['Twenty-six choirs'], 'Twenty-six choirs entered the festival on a wet Saturday.'],
    // Events counted after a phrasal verb.
    ['The crew was called out 52 times last winter.', ['called out 52 times'], 'The crew was called out twice last winter.'],
    // `dozens of`, like `thousands of`, counts a vague multitude inside a sentence; a crowd opening one sets a scene.
    ['The new crossing has already prevented dozens of collisions.', ['dozens of collisions'], 'Dozens of walkers gathered at the gate.'],
    // An estimate of what a living thing can carry; an exact capacity describes a vehicle.
    ['A mature oak can carry over 10,000 acorns in a good year.', ['10,000 acorns'], 'The minibus can carry 16 passengers.']
  ])('%s', (flagged, spans, quiet) => {
    expect(found(flagged)).toEqual(spans)
    expect(found(quiet)).toEqual([])
  })
})
