import {describe, expect, test} from 'vitest'
import {count, statisticsFound as found} from './prose-round-helpers.js'

// The thirty-fifth round's criteria for `uncited-statistic` (default cues,
// not the model), figures set rather than found: a price announced for a
// date to come, where a price list starts, a charge per unit of service, a
// standard allowance, what each member of a scheme is paid, the price of a
// thing bought or given, what a plan commits a body to or a remit asks of
// it; the conditions of a test, a model or an instruction (the point of a
// test or a condition a sentence opens on, a value a model assumed, a limit
// an instruction sets, a prediction a measurement is held against); and
// numbers that name or rank one thing (an ordinal in grouped digits, a
// number in a sequence, a rank band, a model's size before its code). Each
// quiet row failed before this round; each guard row keeps the opposite
// reading and passes before and after it. Also a setting a standard
// followed prescribes, and a pointer to a chapter of the document's own
// report as support for the sentence that goes on with it (`It also found`).

describe('prices, payments and commitments a body sets', () => {
  test.each([
    // A price announced for a date to come, whatever is priced.
    ['A book of first-class stamps rises to £9.40 from March.'],
    ['The bus fare rises to 95p from May.'],
    // Where a price list starts.
    ['Day rates start at £45 per person, with tea and coffee.'],
    // A charge per unit of service.
    ['The cost is £6 a session, which pays for the hall.'],
    // A standard allowance.
    ['Meal allowance is the standard 25,000 naira per inspector.'],
    // What each member of a scheme is paid per period.
    ['Local shops, each paid £300 a year, open their toilets to walkers.'],
    // The price of a thing given.
    ['The defibrillator was donated by the Rotary club at a cost of £1,650.'],
    // What a plan commits a body to, or a remit asks of it.
    ['The accord commits the government to spending 0.7% of national income on aid.'],
    ['The new brief asks the board to reach three-quarters of homes by 2030.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test('guard: a price that rose, a sum paid on average, a cost found, a change pledged', () => {
    expect(found('A book of stamps rose to £9.40 last year.')).toEqual(['£9.40'])
    expect(found('Drivers were paid an average of £250 a year.')).toEqual(['£250'])
    expect(found('The flood repairs cost the parish £1,650.')).toEqual(['£1,650'])
    expect(found('The accord has cut spending on aid by 0.7%.')).toEqual(['by 0.7%'])
  })
})

describe('conditions of a test, a model or an instruction', () => {
  test.each([
    // The point of a test a sentence opens on.
    ['After 2,500 charge cycles the cell holds most of its capacity.'],
    // A condition a sentence opens on.
    ['At a gearbox temperature of 70°C the oil thins noticeably.'],
    // A value a model assumed.
    ['The forecast assumed a dry summer and a river flow of 40 litres a second.'],
    // A limit an instruction sets.
    ['The crane must not be loaded above 60% of its rated lift until it is inspected.'],
    // A prediction a measurement is held against.
    ['The bridge deflected less than engineers feared, against a modelled 14 mm.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test('guard: a count of what happened after, a measured temperature, a measured share, the measurement itself', () => {
    expect(found('After 2,500 complaints the council changed the route.')).toEqual(['2,500 complaints'])
    expect(found('The gearbox reached 70°C within an hour.')).toEqual(['reached 70°C'])
    expect(found('The crane was loaded to 60% of its rated lift on most days.')).toEqual(['60%'])
    expect(found('The bridge deflected 11 mm under the test load.')).toEqual(['11 mm'])
  })
})

describe('numbers that name or rank one thing', () => {
  test.each([
    // An ordinal written in grouped digits.
    ['Her club now sits 1,204th in the national table.'],
    // A number in a sequence after its noun.
    ['The rover drove to the crater rim on sol 1,407.'],
    // The size of a rank band.
    ['Only three players in the top 50k picked him this week.'],
    // A model's size before its code.
    ['The 2.0 TDI pulls well from low revs.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test('guard: a count after a verb, a share of the top, a decimal with its unit', () => {
    expect(found('The petition should pass 1,400 by Friday.')).toEqual(['1,400'])
    expect(found('The top 1% hold 20% of the wealth.')).toEqual(['1%', '20%'])
    expect(found('The engine\u2019s output rose by 1.5 kW.')).toEqual(['rose by 1.5 kW'])
  })
})

describe('a setting a followed standard prescribes; a chapter of the document as support', () => {
  test('a setting a followed standard prescribes', () => {
    expect(found('The exercise part follows the ACPICR standards, with circuits at 50\u201365% of heart rate reserve.')).toEqual([])
  })

  test('a pointer to a chapter supports the sentence and the one that goes on with it', () => {
    expect(count('uncited-statistic', 'The board\u2019s own census of 920 landlords found few evictions (Chapter 4). It also found that 37% of landlords had raised rents twice.')).toBe(0)
  })

  test('guard: a share the standard does not set, a finding with no pointer', () => {
    expect(found('The unit follows the national guidelines, with 85% of patients seen within four hours.')).toEqual(['85%'])
    expect(count('uncited-statistic', 'The board\u2019s own census of 920 landlords found few evictions. It also found that 37% of landlords had raised rents twice.')).toBe(1)
  })
})
