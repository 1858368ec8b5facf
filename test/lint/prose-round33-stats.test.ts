import {describe, expect, test} from 'vitest'
import {count, cuesAlone, statisticsFound as found} from './prose-round-helpers.js'

// The thirty-third round's criteria for `uncited-statistic`: prices and pay
// rates a body sets, ages that name a group, figures a plan, a rule or a
// recommendation sets, the size of a study the writer weighs, an event's
// results where the paragraph says they are published, and pointers to a
// drawing or a numbered report; and, found, a zero out of a counted whole, a
// multiple of length or cost, and a frequency out of a thousand. Each quiet
// or found row failed before this round; each guard row keeps the opposite
// reading.

describe('prices, pay rates and plans a body sets', () => {
  test.each([
    // A pay rate and a bonus named by their kind.
    ['Packers are paid at the hourly rate of £11.90 in their first season.'],
    ['Each crew earns a piece-rate bonus of 30p per tray above the daily quota.'],
    // A decision that a fee would change.
    ['The committee agreed that the stall fee for food traders would rise to £40 next year.'],
    // What a plan schedules and a change to come sets.
    ['A further 80,000 tonnes of silt is scheduled for removal next winter.'],
    ['Salt has been iodised since 1990, and iodine will be added at 15 micrograms per 100 grams from next year.'],
    // A contract's value its parties set.
    ['The contract with the ferry operator runs to 2031 and is valued at £14 million.'],
    // The turnout an organiser expects at its own event.
    ['The club expects around 400 riders for the spring sportive, so parking will be tight.'],
    // A limit somebody recommends, and a share named as the minimum a plan sets.
    ['Allergists recommend that creams for infants contain less than 5 ppm of cobalt.'],
    ['Auditors called at 3% of registered kitchens, the minimum the inspection plan sets.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test('guard: an average rate, a past charge, an expected loss, a deal, a finding that a bound holds, a share named by a record', () => {
    expect(found('The average hourly rate of £13.40 was paid across the region.')).toEqual(['£13.40'])
    expect(found('The stall fee for food traders rose to £40 last year.')).toEqual(['£40'])
    expect(found('The council expects around 900 job losses at the plant.')).toEqual(['around 900 job losses'])
    expect(found('The union expects around 500 people to lose their jobs.')).toEqual(['around 500 people'])
    expect(found('A further 250 posts are due to go next year.')).toEqual(['250 posts'])
    expect(found('The takeover deal is valued at £3 billion.')).toEqual(['£3 billion'])
    expect(found('Testers found that most creams contain less than 5 ppm of cobalt.')).toEqual(['less than 5 ppm'])
    expect(found('Auditors called at 3% of registered kitchens, the lowest share on record.')).toEqual(['3%'])
    expect(found('A further 80,000 tonnes of silt was removed last winter.')).toEqual(['80,000 tonnes'])
  })
})

describe('ages that name a group, a study weighed by its size, published results', () => {
  test.each([
    ['Apprenticeships for 16 to 18 year olds open in the spring.'],
    ['Coaching sessions for 10–13 year olds run on Tuesday evenings.'],
    ['The skin test in the dossier, which involved only 40 volunteers, left out people with eczema.'],
    ['Lena Brook won the relay with an average of 9.3 seconds a leg, and her best single leg was 8.71. Full results are on the club website.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test('guard: a count of people of an age, a study size with no weighing word, results with no pointer, a share in a results paragraph', () => {
    expect(found('The college taught 300 16 year olds last year.')).toEqual(['16 year olds'])
    expect(found('The trial enrolled 4,200 adults across nine countries.')).toEqual(['4,200 adults'])
    expect(found('Lena Brook won the relay with an average of 9.3 seconds a leg.')).toEqual(['an average of 9.3 seconds'])
    expect(found('Turnout at the vote was 62%. Full results are on the council website.')).toEqual(['Turnout at the vote was 62%'])
  })
})

describe('support written as a pointer to a drawing or a numbered report', () => {
  test('a drawing and a laboratory report named by their numbers', () => {
    // The cues alone, so the pointer, not the learned model (which drops a design's factor of safety), is what covers them.
    expect(count('uncited-statistic', 'The revised wall design achieves a factor of safety of 1.41 (Drawing 207).', cuesAlone)).toBe(0)
    expect(count('uncited-statistic', 'Sequencing showed that three of the five isolates matched (laboratory report 26/1193).', cuesAlone)).toBe(0)
  })

  test('guard: a bracket with no number, a bracket with no document', () => {
    expect(count('uncited-statistic', 'Sequencing showed that 60% of the isolates matched (the laboratory).')).toBe(1)
    expect(count('uncited-statistic', 'Sequencing showed that 60% of the isolates matched (26/1193).')).toBe(1)
  })
})

describe('claims found', () => {
  test.each([
    // A zero out of a counted whole.
    ['None of the 1,800 doors fitted last year has failed an inspection.', ['1,800 doors']],
    // A multiple of length or cost.
    ['Lime mortar is said to last three times longer than cement in old walls.', ['three times longer']],
    ['Hand-cut slate costs four times dearer than the pressed kind.', ['four times dearer']],
    // A frequency out of a thousand or more.
    ['A perfect deal is thought to turn up about once in every few thousand hands.', ['once in every few thousand hands']],
    ['A flood this size comes once every 500 years.', ['once every 500 years']]
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  test('guard: a routine interval, a group named with `the`', () => {
    expect(found('Pilots must practise a cable break once every 90 days.')).toEqual([])
    expect(found('We meet once every few weeks.')).toEqual([])
    expect(found('All of the 1,800 doors were painted red.')).toEqual([])
  })
})
