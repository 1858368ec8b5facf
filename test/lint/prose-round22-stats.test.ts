import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The twenty-second round's criteria for `uncited-statistic`: figures a
// requirement or a method sets (a physical size a rule requires, the scale a
// drawing is made at, the strength of a medium a method step uses, figures
// the sentence calls specified, the share one charge or return is set at),
// and the statistic the rule missed (the attendance an event drew).
// Each quiet row failed before this round; each guard row keeps the opposite
// reading.

describe('figures a requirement or a method sets rather than measures', () => {
  test.each([
    // A physical size a rule requires, the requirement before it.
    ['Our insurers now require a 2.4 m gap between the stove pipe and the roof timbers.'],
    // A size a standard sets as its most.
    ['The new standard sets a maximum U-value of 1.6 W/m²K for roof lights in extensions.'],
    // A size in the subject, the requirement right after it.
    ['Crates over 90 kg should never be moved without a forklift.'],
    ['Cartons over 20 kg must carry a heavy-load label.'],
    // A size the writer's own rule names.
    ['Our own rule is a two-person carry for anything over 25 kg.'],
    // The scale a drawing is made at.
    ['Each parcel is plotted at 1:500 on the estate sheets.'],
    // The strength of a medium a method step uses.
    ['Cuttings were dipped and then kept in 5% sugar solution.'],
    // Settings the sentence calls specified.
    ['The gallery is kept at 50% relative humidity and 18 °C, as specified by the lender.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('guard rows: the same words still measured', () => {
  test.each([
    // A requirement in another clause does not set a size found.
    ['Engineers found the bridge had sagged by 120 mm, while the rules require regular checks.', ['120 mm']],
    ['The wettest site recorded 340 mm of rain in a week, and the council must act.', ['340 mm']],
    // A verb of finding or change between the requirement and the size: the size is found.
    ['The board must explain why the wall was found to lean 40 mm.', ['40 mm']],
    ['The owners must now repair a crack that measured 40 mm across the arch.', ['40 mm']],
    // A share of a group is found, whatever the sentence says after it.
    ['The buildings survey found 38% of homes were damp, as required by the grant.', ['38%']],
    // A share of a substance is not its strength.
    ['Tests showed 30% of the ethanol had evaporated.', ['30%']],
    // A ratio a vote comes to is not a scale.
    ['The committee voted by a 3:1 margin to keep the fee.', ['3:1']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('the share one charge or return is set at', () => {
  test.each([
    // A share named by its charge's noun after it.
    ['Students living in halls can claim a 10% rent discount.'],
    // A charge's share and its later step.
    ['A flat left empty pays a surcharge of 50% on top of the usual rent, rising to 150% after three years.'],
    // A return named by its noun before it.
    ["This year's dividend is 1.8% on junior accounts."]
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('guard rows: charges measured across a market, and changes named like charges', () => {
  test.each([
    // Many charges, not one set.
    ['Discounts of 40% were common in the January sales.', ['40%']],
    // An average of charges is measured.
    ['The average discount is now 20%.', ['20%']],
    // A reduction in something is a change.
    ['The scheme brought a 30% reduction in burglaries.', ['30%']],
    // A premium over a price is a change's size.
    ['Buyers paid a 15% premium over the asking price.', ['15%']],
    // A later step of a change, not of a charge.
    ['Rents in the town rose by 12%, rising to 20% in the centre.', ['rose by 12%', 'rising to 20%']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('statistics the rule missed', () => {
  test.each([
    // The attendance an event drew is a count of the world, however small.
    ["Last season's derby drew a crowd of 900.", ['drew a crowd of 900']]
  ])('%s', (missed, spans) => {
    expect(found(missed)).toEqual(spans)
  })
})

describe('guard rows: room for a crowd stays quiet', () => {
  test.each([['The hall can hold a crowd of 900.']])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})
