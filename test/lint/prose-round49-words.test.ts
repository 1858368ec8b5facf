import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 49 of the prose rules, superlatives and vague sources.
// Superlatives, reported anew: a superlative with its noun and a class of
// two words before the plural, inside a crowd's belief (`Builders generally
// agree that flat roofs are the most serious weakness in older terraced
// houses`); a first made so by a deed, `making ours the first club in the
// county to …`; a ranking with no superlative word, nothing else matching
// a thing (`Nothing else on the shelf matches a cast-iron pan`). No longer
// reported: `every` in the writer's own wish (`We
// would like to see first aid taught to every pupil`), `never` in a rule
// with its modal before a comma (`should be tied with paper string, never
// nylon cord`), one of the writer's own crew's jobs picked out (`Our trail
// crew put in 900 hours. The biggest job was …`), and `every` in a scheme's
// own round with its calendar (`ballots are held in every primary school in
// the town each spring`). Vague sources, reported anew: a class with an adverb before
// `advise`, or `advise against` (`Farriers generally advise against`), a
// class reporting in the perfect progressive (`Critics have been warning
// that`), and a class tipping a contender (`Pundits have been tipping the
// club for promotion`); no longer: a class of the writer's own staff coming
// upon a thing in its round of work (`Wardens inspected 40 permits and found
// two`), and offenders `reported for prosecution`, a step taken. Each case
// is in our own wording; every row fails on the code before this round but
// the guards, which keep the opposite reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('a superlative with its noun and a class of two words, inside a crowd\'s belief', () => {
  test('`the most serious weakness in older terraced houses`', () => {
    // The noun, `in`, two words and the plural: a ranking across the class, claimed whoever agrees.
    expect(superlatives('Builders generally agree that flat roofs are the most serious weakness in older terraced houses.')).toEqual(['the most serious'])
  })

  test('`the most common failure in cheap electric bikes`', () => {
    // The same with another pair of words before the plural.
    expect(superlatives('Mechanics broadly agree that loose cabling is the most common failure in cheap electric bikes.')).toEqual(['the most common'])
  })

  test('guard: a superlative with no class inside the belief', () => {
    // No class after the noun: the belief is the crowd's, which vague-attribution reports.
    expect(superlatives('Builders generally agree that flat roofs are the most serious weakness.')).toEqual([])
  })
})

describe('a first made so by a deed, with its class after it', () => {
  test('`made ours the first club in the county to`', () => {
    // The grant made the club first within the county: a ranking claimed.
    expect(superlatives('The grant made ours the first club in the county to open a women’s section.')).toEqual(['made ours the first'])
  })

  test('`making her the first trawler in the harbour to`', () => {
    // The participle in an aside claims the same.
    expect(superlatives('The refit, making her the first trawler in the harbour to run on electric power, took a year.')).toEqual(['making her the first'])
  })

  test('guard: `the first` after `making` with no class', () => {
    // Making the first cut is a step, not a ranking.
    expect(superlatives('Making the first cut takes a steady hand.')).toEqual([])
  })
})

describe('a ranking with no superlative word: nothing else matching a thing', () => {
  test('`Nothing else on the shelf matches a cast-iron pan`', () => {
    // None of the rest equal to it: the pan is claimed the best.
    expect(superlatives('Nothing else on the shelf matches a cast-iron pan for searing steak.')).toEqual(['Nothing else on the shelf matches'])
  })

  test('`Nothing else in the range rivals`', () => {
    // The same with `rivals`.
    expect(superlatives('Nothing else in the range rivals the older model for battery life.')).toEqual(['Nothing else in the range rivals'])
  })

  test('guard: `nothing matches` with no `else`', () => {
    // A search that found nothing, no ranking.
    expect(superlatives('We searched the register, but nothing matches the description.')).toEqual([])
  })
})

describe("`every` in the writer's own wish", () => {
  test('`We would like to see … taught to every pupil`', () => {
    // A wish for each one, not a claim that all are so.
    expect(superlatives('We would like to see first aid taught to every pupil in the county.')).toEqual([])
  })

  test('`We would love to see cycling taught to every child`', () => {
    // The same with `love`.
    expect(superlatives('We would love to see cycling taught to every child in the city.')).toEqual([])
  })

  test('guard: `every` in a claim after the wish', () => {
    // The claim stands in a sentence of its own.
    expect(superlatives('We would like to see more first aid classes. Every pupil in the county already knows how to call for help.')).toEqual(['Every pupil'])
  })
})

describe('`never` in a rule with its modal before a comma', () => {
  test('`should be tied with paper string, never nylon cord`', () => {
    // What the rule forbids, after the comma: an instruction, not a claim.
    expect(superlatives('Fleeces should be rolled and tied with paper string, never nylon cord.')).toEqual([])
  })

  test('`must be stacked on pallets, never on the floor`', () => {
    // The same with `must` and a place.
    expect(superlatives('Crates must be stacked on pallets, never on the floor.')).toEqual([])
  })

  test('guard: `never` with no modal rule before it', () => {
    // A claim about the river's history.
    expect(superlatives('The river has never flooded the village in living memory.')).toEqual(['never'])
  })
})

describe("one of the writer's own crew's jobs picked out, after the crew is named", () => {
  test('`Our trail crew put in 900 hours. The biggest job was`', () => {
    // The crew's own work, its largest job picked out: not a ranking of the world.
    expect(superlatives('Our trail crew put in 900 hours this year. The biggest job was the new bridge over the burn.')).toEqual([])
  })

  test('`Our volunteers … The biggest repair was`', () => {
    // The same with another noun of work.
    expect(superlatives('Our volunteers cleared two miles of path in the spring. The biggest repair was the footbridge deck.')).toEqual([])
  })

  test('guard: the biggest job with no crew of the writer named', () => {
    // Councils are not the writer's crew: a ranking claimed.
    expect(superlatives('Councils spent £4m on roads. The biggest job was the bypass.')).toEqual(['The biggest'])
  })

  test('guard: a superlative that is not a job', () => {
    // The crowd at the final is ranked, not the crew's work.
    expect(superlatives('Our team won the cup. The biggest crowd was at the final.')).toEqual(['The biggest'])
  })
})

describe("a scheme's own round held in each of its places, with its calendar", () => {
  test('`ballots are held in every primary school in the town each spring`', () => {
    // The scheme's own arrangement, repeated each spring: not a claim that all schools are so.
    expect(superlatives('Members serve one-year terms, and ballots are held in every primary school in the town each spring.')).toEqual([])
  })

  test('`Heats are run at every club in the league every season`', () => {
    // The same with `run at` and `every season`.
    expect(superlatives('Heats are run at every club in the league every season.')).toEqual([])
  })

  test('guard: `every` after `held in` with no calendar', () => {
    // A claim about the county's towns.
    expect(superlatives('Markets are held in every town in the county.')).toEqual(['every town'])
  })
})

describe('a class with an adverb before `advise`, or `advise against`', () => {
  test('`Farriers generally advise against`', () => {
    // The adverb of the common view and the class: a standing counsel lent to it.
    expect(vague('Farriers generally advise against shoeing foals before their first birthday.')).toEqual(['Farriers generally advise'])
  })

  test('`Dentists usually advise`', () => {
    // The adverb before the verb, no `against`.
    expect(vague('Dentists usually advise brushing for two minutes twice a day.')).toEqual(['Dentists usually advise'])
  })

  test('`Physiotherapists advise against`', () => {
    // `against` after the verb carries the counsel.
    expect(vague('Physiotherapists advise against running on a sprained ankle.')).toEqual(['Physiotherapists advise'])
  })

  test('guard: advice given to the reader', () => {
    // An instruction to the reader, not a view lent to a class.
    expect(vague('We advise you to book early for the summer courses.')).toEqual([])
  })

  test('guard: a service giving advice on a subject', () => {
    // Staff advise customers on a thing: a service described.
    expect(vague('Staff advise customers on tariffs and payment plans.')).toEqual([])
  })
})

describe('a class reporting in the perfect progressive, or tipping a contender', () => {
  test('`Critics have been warning that`', () => {
    // Reports coming in over time from a class.
    expect(vague('Critics have been warning that the footbridge is unsafe.')).toEqual(['Critics have been warning'])
  })

  test('`Pundits have been tipping the club for promotion`', () => {
    // A class's forecast of a contender's outcome.
    expect(vague('Pundits have been tipping the club for promotion since August.')).toEqual(['Pundits have been tipping'])
  })

  test('`Tipsters were tipping the colt to take the Derby`', () => {
    // The past progressive and `to` with the outcome.
    expect(vague('Tipsters were tipping the colt to take the Derby.')).toEqual(['Tipsters were tipping'])
  })

  test('guard: rubbish tipped, no contender', () => {
    // Fly-tipping is a deed, not a forecast.
    expect(vague('Locals have been tipping rubbish in the lay-by for years.')).toEqual([])
  })
})

describe("a class of the writer's own staff coming upon a thing in its round of work", () => {
  test('`Wardens inspected 40 permits and found two`', () => {
    // The staff's own checks and what they came upon: a narrative of work, no finding lent.
    expect(vague('Wardens inspected 40 permits and found two that had expired.')).toEqual([])
  })

  test('`Inspectors visited 12 kitchens and found a broken fridge`', () => {
    // The same with a thing after an article.
    expect(vague('Inspectors visited 12 kitchens and found a broken fridge in one of them.')).toEqual([])
  })

  test('guard: researchers finding a result', () => {
    // A finding lent to unnamed researchers stays vague.
    expect(vague('Researchers tested 40 samples and found that most were mislabelled.')).toEqual(['Researchers tested 40 samples and found'])
  })
})

describe('offenders reported for prosecution', () => {
  test('`have been reported for prosecution`', () => {
    // A step taken against offenders, not hearsay.
    expect(vague('Three drivers have been reported for prosecution.')).toEqual([])
  })

  test('guard: an agentless report of a fault', () => {
    // Hearsay with no source.
    expect(vague('Similar faults have been reported on older vans.')).toEqual(['have been reported'])
  })
})
