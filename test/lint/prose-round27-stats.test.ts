import {describe, expect, test} from 'vitest'
import {count, cuesAlone, statisticsFound as found} from './prose-round-helpers.js'

// The twenty-seventh round's criteria for `uncited-statistic`. Each row of
// the first table in a block failed before this round; each guard row keeps
// the opposite reading.

describe("a part of the writer's own whole is a measured result", () => {
  test.each([
    ['Scab has now appeared on 19 of our 64 pear trees.', ['19 of our 64']],
    ['The new inhaler has been taken up by 27 of our 40 patients.', ['27 of our 40']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // A small part in narrative, with no whole counted, stays quiet.
    ['Two of our volunteers drove the van to the depot.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('livestock counted by the head', () => {
  test.each([
    ['The dairy ring was busy, with 186 head forward for the morning sale.', ['186 head']],
    ['The autumn sale saw 640 head of store cattle penned.', ['640 head']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // `head` as a noun of its own, or a contest.
    ['The 12 head gardeners met in the walled garden.'],
    ['The two clubs meet head-to-head on Saturday.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a length lost, in metres written as `m`', () => {
  test.each([
    ['The January gales were severe, with 6 m lost from the dune front in two tides.', ['6 m']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // A size that names the thing it sizes, after `with`.
    ['Knit the cuff with 4 mm needles.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a sentence opening on a preposition is no instruction', () => {
  test.each([
    ['Between March and May we ringed 96 barn owls. Please keep your dog on a lead near the nest boxes.', ['96 barn owls']],
    ['Throughout the holidays the shelter took in 58 dogs. Do ring us if you can foster.', ['58 dogs']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // An instruction with its setting stays quiet.
    ['Sow 40 seeds to a tray, then water them in. Keep your trays out of the frost.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a pay rate, a charge that is set, a contract widened', () => {
  test.each([
    ['Stewards are paid £12 an hour, and tea is provided.'],
    ['The weighbridge fee rises to £6.50 per load from June.'],
    ['The county has extended the contract by a further 850 homes.']
  ])('%s', (set) => {
    expect(found(set)).toEqual([])
  })
  test.each([
    // An average pay or an average charge is measured.
    ['Seasonal staff were paid an average of £11.20 an hour last summer.', ['£11.20']],
    ['The average parking charge rises to £4.80 an hour, the survey found.', ['£4.80']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a class a threshold cuts, a grant limit, a service round, a wait', () => {
  test.each([
    ['Bullocks over 500 kg sold to a sharp trade.'],
    ['Grants of up to 50% of eligible costs are offered under the scheme.'],
    ['The book bus now serves 38 stops in the valley on a fortnightly timetable.'],
    ['The queue for a hearing has grown to 30 weeks.']
  ])('%s', (set) => {
    expect(found(set)).toEqual([])
  })
  test.each([
    // A wait that rose by an amount, a weight that is not a class, a share of a total that changed.
    ['Waits for a first appointment rose by 3 weeks over the year.', ['rose by 3']],
    ['The heaviest ewe weighed over 90 kg at the spring sale.', ['90 kg']],
    ['The probe reads above 300 ppm in the store we checked.', ['300 ppm']],
    ['Running costs rose by up to 40% of the total last year.', ['by up to 40%']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a document named again by its noun reports the cited source', () => {
  test('`the plan projects` after a cited sentence naming the plan is covered', () => {
    expect(count('uncited-statistic', 'The district flood plan leaves this bank undefended until 2090 [@dfp2019]. On that basis, the plan projects that 41 homes will be lost by 2070.')).toBe(0)
    expect(count('uncited-statistic', 'The regional housing strategy was adopted in 2021 [@rhs2021]. The strategy estimates a shortfall of 3,200 homes.')).toBe(0)
  })

  test('guard: another noun, no citation before, or the plan named only later', () => {
    // The cues alone: the learned model reads a projection of homes lost as no finding and drops it.
    expect(count('uncited-statistic', 'The district flood plan leaves this bank undefended until 2090 [@dfp2019]. On that basis, the survey projects that 41 homes will be lost by 2070.', cuesAlone)).toBe(1)
    expect(count('uncited-statistic', 'The district flood plan leaves this bank undefended until 2090. On that basis, the plan projects that 41 homes will be lost by 2070.', cuesAlone)).toBe(1)
    expect(count('uncited-statistic', 'Flooding is worsening on this bank [@dfp2019]. The plan projects that 41 homes will be lost by 2070.', cuesAlone)).toBe(1)
  })
})
