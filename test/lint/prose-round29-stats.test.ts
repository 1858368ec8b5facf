import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The twenty-ninth round's criteria for `uncited-statistic`. Each row of the
// first table in a block failed before this round; each guard row keeps the
// opposite reading.

describe('the size of the inquiry the text reports on is its method, not a finding', () => {
  test.each([
    ['Inspectors visited 27 takeaways in the town centre to check allergen labelling.'],
    ['The household survey interviewed 2,310 adults in nine regions over the winter.'],
    ['Over the summer, officers supervised water sampling at 36 bathing sites along the coast.'],
    ['During the audit the team inspected 31 of the 900 meters on the estate.'],
    ['The heritage project recorded 73 interviews with retired dockers in 2023.'],
    ['In all, 2,906 photographs were taken across four flights over the estuary.'],
    ['Our own cooking trials in 24 homes were run over a fortnight.']
  ])('%s', (method) => {
    expect(found(method)).toEqual([])
  })
  test.each([
    // What the inquiry found stays a finding, in its own clause or after a word of finding.
    ['Inspectors visited 27 takeaways and found that 11 had no allergen labels.', ['11 had']],
    ['The household survey found 2,310 adults had no savings at all.', ['2,310 adults']],
    ['Our own cooking trials found a saving of 18%.', ['18%']]
  ])('%s', (finding, spans) => {
    expect(found(finding)).toEqual(spans)
  })
})

describe('a figure a standard, a permission, a target or a provision sets', () => {
  test.each([
    ['Airborne noise readings came in below the required 43 dB.'],
    ['Settlement stayed within the client’s tolerance of 8 mm throughout.'],
    ['The consent sets a noise limit of 55 dB for 90% of working hours.'],
    ['Savers can withdraw up to 30% of the pot in the first year.'],
    ['The mill has applied for a licence to abstract 400 tonnes of gravel from the river.'],
    ['The felling target agreed with the forestry board was 240 trees.'],
    ['The maintenance plan approved last year provides for 62 km of hedges to be trimmed.'],
    ['The scheme opens in May, with grants of up to £6,000 available.'],
    ['The surveyor noted that the wall between flats 7 and 8 had been rebuilt.']
  ])('%s', (set) => {
    expect(found(set)).toEqual([])
  })
  test.each([
    // Measured against a standard, a reading is still a finding; a count a note reports is not a numbered place.
    ['Readings came in at 49 dB, against the required 43 dB.', ['49 dB']],
    ['The surveyor noted that 8 had been rebuilt.', ['8 had']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a sum saved or passed on, a multiple of a mean, a change sized by its digits and a deviation measured', () => {
  test.each([
    ['Switching suppliers has saved £48,500 against last year’s budget.', ['£48,500']],
    ['After the hall hire and the raffle prizes, £3,250 went to the lifeboat appeal.', ['£3,250']],
    ['Catches this spring ran at double the ten-year mean.', ['double the ten-year mean']],
    ['Several resorts reported double-digit falls in bookings.', ['double-digit falls']],
    ['Door alignment was measured at ±7 mm, against an allowed ±3 mm.', ['7 mm']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // A price is still a term, and `double` with no measure after it multiplies nothing.
    ['Tickets are £12 at the door.'],
    ['The probe is accurate to ±0.2 mm.'],
    ['The room has a double bed and a single-digit code on the door.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('in a paragraph where the writer’s body speaks, a change over time is no setting changed', () => {
  test.each([
    ['Our volunteers ran the drop-in every Tuesday. Funding for the centre has been cut by 40% since 2015.', ['by 40%']]
  ])('%s', (trend, spans) => {
    expect(found(trend)).toEqual(spans)
  })
  test.each([
    // A setting the writer's body changed stays its own.
    ['Our volunteers ran the drop-in every Tuesday. The session has been extended from 90 to 120 minutes.']
  ])('%s', (setting) => {
    expect(found(setting)).toEqual([])
  })
})
