import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fourteenth round's criteria for `uncited-statistic`: the role a
// sentence plays, read from its grammar (a rule listed after a colon, a
// recommendation, an instruction after a `you` condition, a passive of a
// process with its manner, `X is a … with a … of`) and the frame that sets,
// locates or bounds a figure. Each row of the first table pairs a sentence
// whose figure is no finding with its nearest neighbour that measures; the
// second pairs a statistic the rule missed with a quiet neighbour.

describe('figures a sentence sets, applies, locates or describes, and their neighbours that measure', () => {
  test.each([
    // A rule listed after a colon; not lengths measured.
    ['Kite rules for the autumn league stay the same: a maximum of 30 metres of line, flying from 10am.', 'Kites in the autumn league flew 30 metres higher than in spring.', ['30 metres']],
    // A bound a class is defined by; not a volume sold.
    ['The kettle falls within the heading as its capacity is not exceeding 2 litres.', 'Shoppers bought 2 litres of milk a week on average.', ['2 litres']],
    // A process in the passive with its manner; not a depth measured in a trench.
    ['The cores were crushed to 4 mm and weighed on a balance.', 'Topsoil in the trench had thinned by 4 mm on average.', ['4 mm on average']],
    // A correction applied in the passive; not a ratio found.
    ['The counts have been scaled using a weighting factor of 0.92 for each ward.', 'Turnout in the ward was a factor of 0.92 below the city rate.', ['factor of 0.92']],
    // A method's precision; not a reading reported.
    ['Uncertainty on the lead reading is ±0.2 mg per litre.', 'Lead in the well water reached 0.2 mg per litre in May.', ['reached 0.2 mg per litre']],
    // A threshold a rule of thumb reads; not a reading.
    ['Soil phosphate below 16 mg per litre means the grass will need feeding.', 'Soil phosphate fell to 16 mg per litre across the farm.', ['fell to 16 mg per litre']],
    // The writer's sampling per unit; not a count of finds.
    ['We took 12 swabs per ward in a fixed order.', 'Nurses found 12 swabs per ward had been mislabelled.', ['12 swabs per ward']],
    // A thing described with its parts; not a growth measured.
    ['The bell is a bronze casting with a mouth width of 900 mm at 40 cm from the crown.', 'The coastline retreated 900 mm in one storm.', ['900 mm']],
    // A length that locates a fault; not a distance lost.
    ['The camera found a cracked pipe 4.5 metres from the manhole.', 'The river bank slipped 4.5 metres in the flood.', ['4.5 metres']],
    // A length with its dimension named; not a growth.
    ['A hole in the trunk was probed to a depth of 220 mm.', 'The trunk thickened 220 mm over the decade.', ['220 mm']],
    // A recommendation; not a depth reached.
    ['A pass with the mole plough at 45 cm is recommended once the ground dries.', 'Frost reached 45 cm into the ground last winter.', ['reached 45 cm']],
    // An instruction after a `you` condition; not a load measured.
    ['If you load the trailer yourself, use strong crates and keep each one under 15 kg.', 'The crates we weighed held 15 kg more than their labels said.', ['15 kg']],
    // A limit advised; not a share spent.
    ['Flowers and cake together should take no more than a third of the budget.', 'Flowers and cake took more than a third of the budget last year.', ['more than a third of']],
    // An offer's limit; not an amount claimed.
    ['Cover for bicycles is included up to £2,500; above that we need a receipt.', 'Bicycle theft claims averaged £2,500 last year.', ['£2,500']],
    // A winner's weight in a match report; not a weight measured across a catch.
    ['Our secretary won with 9lb 4oz of bream from the far bank.', 'Bream caught on the canal averaged 9lb 4oz this season.', ['averaged 9lb', '4oz']]
  ])('%s', (quiet, measured, spans) => {
    expect(found(quiet)).toEqual([])
    expect(found(measured)).toEqual(spans)
  })
})

describe('statistics the rule missed, and their quiet neighbours', () => {
  test.each([
    // A share in words as the subject of a verb of answering.
    ['Almost half said they had stopped cycling to work.', 'A third party said it would sue.'],
    // A multiple set against `those`.
    ['Nitrate levels in the ditches were twice those in the river.', 'The ditches were cleared twice in the year.'],
    // A vague multiple.
    ['Agency nurses can cost many times as much as staff on the payroll.', 'Agency nurses were thanked many times in the year.']
  ])('%s', (missed, quiet) => {
    expect(found(missed).length).toBeGreaterThan(0)
    expect(found(quiet)).toEqual([])
  })
})
