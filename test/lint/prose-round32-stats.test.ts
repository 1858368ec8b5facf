import {describe, expect, test} from 'vitest'
import {count, statisticsFound as found} from './prose-round-helpers.js'

// The thirty-second round's criteria for `uncited-statistic`: figures whose
// source the paragraph points to, figures a document, a permission, a method
// or a word's sense sets, figures inside anybody's quoted words, and claims in
// words and records that are statistics. Each quiet or found row failed
// before this round; each guard row keeps the opposite reading.

describe('support the paragraph points to', () => {
  test('a sentence that says its figure is in the same table as the cited one', () => {
    expect(count('uncited-statistic', 'Egg counts on the north plot were 14 per square metre (Table 3). Counts on the south plot, reported in the same table, were higher at 22 per square metre.')).toBe(0)
    expect(count('uncited-statistic', 'Pass rates at the first school were 71% (Annex D). Rates at the second school, listed in the same annex, were lower at 64%.')).toBe(0)
  })

  test('a body named back as the subject of its finding', () => {
    expect(count('uncited-statistic', 'Bats in the valley were counted by the county wildlife trust last summer (Appendix B). The trust found roosts in 48% of the barns it checked.')).toBe(0)
  })

  test('a reporter the next, cited sentence goes on with by `also`', () => {
    expect(count('uncited-statistic', 'The festival team reported 8,400 ticket sales, 12% more than last year. They also said that day tickets sold out for the first time [@festreview2025].')).toBe(0)
  })

  test('guard: another table, a body not named before, a next sentence with no `also`, a sentence with no reporter', () => {
    expect(count('uncited-statistic', 'Egg counts on the north plot were 14 per square metre (Table 3). Counts on the south plot were 22 per square metre.')).toBe(1)
    expect(count('uncited-statistic', 'Bats in the valley were counted last summer (Appendix B). The trust found roosts in 48% of the barns it checked.')).toBe(1)
    expect(count('uncited-statistic', 'The festival team reported 8,400 ticket sales. Day tickets sold out for the first time [@festreview2025].')).toBe(1)
    expect(count('uncited-statistic', 'Ticket sales reached 8,400. They also said that day tickets sold out for the first time [@festreview2025].')).toBe(1)
  })
})

describe('a figure a document, a permission or a method sets', () => {
  test.each([
    // What a permission allows at most.
    ['The quarry permit allows a maximum annual extraction of 90,000 tonnes.'],
    // A figure the plan is named as setting.
    ['Hedges were planted along 30% of the field edges as set out in the stewardship plan.'],
    // What a business case assumed would happen.
    ['The bid assumed that the new line would lift passenger numbers by 25%.'],
    // A method's steps after its colon.
    ['The cold-process method is simple: warm to 40°C, add the lye slowly, and stir until the mix cools to 30°C.'],
    // The writer's aim.
    ['Our aim is for a third of all stalls to go to new traders.'],
    // A word's sense.
    ['The word furlong once meant the length of a furrow, about 220 yards.'],
    // A band of temperature a storage or a process is named at.
    ['Cracked glaze usually comes from firing too fast or from storage below 5°C.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // What was extracted, measured, cut or reached is found.
    ['The quarry extracted 96,000 tonnes last year.', ['96,000 tonnes']],
    // A rule that governs the verb, not the figure; a plan's aims met, not the writer's aim.
    ['Only 64% of drivers renewed the permit as required by the council.', ['64%']],
    ['The aims of the scheme were met in 70% of the parishes.', ['70%']],
    ['Passenger numbers on the new line rose by 25%.', ['rose by 25%']],
    ['The bid assumed growth, but passenger numbers fell by 25%.', ['fell by 25%']],
    ['The model assumed that fares would hold, but they rose by 15%.', ['rose by 15%']],
    // A colon after no method or advice.
    ['The result was clear: sales fell to 40% of the old level.', ['fell to 40%']],
    // A word that means something today, no history or `the word`.
    ['Inflation means prices rose by 9% last year.', ['rose by 9%']],
    // A temperature reached, not a band a storage is named at.
    ['Kiln temperatures rose above 1,200°C in the last firing.', ['1,200°C']],
    // One thing's price is set; its cost over a whole life is an estimate summed.
    ['A trained hearing dog costs more than £40,000 over its working life.', ['£40,000']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a figure inside anybody’s quoted words', () => {
  test('an unnamed speaker’s quotation holds its own figure', () => {
    expect(found('A driver in Leeds told us, "Most mornings nearly half the buses are late."')).toEqual([])
  })
  test('guard: the writer’s figure outside the quotation is found', () => {
    expect(found('A driver in Leeds told us, "The buses are always late," though 30% of them ran on time.')).toEqual(['30%'])
  })
})

describe('claims in words and records that are statistics', () => {
  test.each([
    // A change stated from the new value back to the old one.
    ['Applications from overseas climbed, to 312 from 240 the year before.', ['to 312 from 240']],
    // A multiple of a usual rate after a comma.
    ['Call-outs rose to 90 a week, twice the rate of a quiet winter.', ['rose to 90', 'twice the rate']],
    // A record over a run.
    ['She has won 7 of her last 9 races on grass.', ['7 of her last 9 races']],
    // A rate of people in words.
    ['Three children a day are admitted to hospital with burns.', ['Three children a day']],
    // A qualified fraction as the subject of a copula.
    ['The clinic saw 2,100 patients. Just under half were over 70.', ['2,100 patients', 'Just under half were']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // Years, not a change; an instruction's count; a fraction of time; a bare `half`.
    ['The festival moved to 2026 from 2025.'],
    ['Take two tablets a day with food.'],
    ['Half were asleep by the time the bus arrived.']
  ])('guard: %s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})
