import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 42 of the prose rules. Vague sources: a cause in the impersonal
// passive of blame with an adverb of habit, a class's standing grievance
// (`have long complained about`), a vague source whose sentence's support
// backs a later clause's own study, a class whose later clause quotes a
// speaker named in apposition; not `worry` with an object (a thing causing
// a feeling). Superlatives: a first of a plural kind in a named place, a
// superlative beside a later clause's own cited study, a ranked noun of
// several words with a part of a land after it, a noun named before only as
// a word of its own; not one of a body's own things after a verb of renewal,
// a body's largest customer, `every` in a programme's procedure or the
// writer's own practice. Each case is in our own wording; every row fails on
// the code before this round but the guards.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('a cause in the impersonal passive of blame with an adverb of habit', () => {
  test('`is usually blamed` closing its sentence', () => {
    // Who blames the cause goes unnamed, with no `for` after it.
    expect(vague('Paint peels on these cottages within a year, and rising damp is usually blamed.')).toEqual(['is usually blamed'])
  })

  test('`has generally been blamed` before `for`', () => {
    // The adverb before `been`: still no one blaming.
    expect(vague('The soft mortar has generally been blamed for the cracking.')).toEqual(['has generally been blamed'])
  })

  test('guard: blamed in a narrative, with no adverb', () => {
    // One occasion's record, as before.
    expect(vague('The night porter was blamed for the missing keys.')).toEqual([])
  })

  test('guard: a blame the sentence answers', () => {
    // A view raised to be taken up with `, but`: not leant on.
    expect(vague('Headaches are often blamed on the new lights, but the clinic logs show no rise.')).toEqual([])
  })
})

describe("a class's standing grievance", () => {
  test('`have long complained about`', () => {
    // A class's view of a thing's fault, held over time.
    expect(vague('Cyclists have long complained about the junction by the station.')).toEqual(['Cyclists have long complained'])
  })

  test('`often complain about` in the present', () => {
    // A habit of complaint, the same view in the present.
    expect(vague('Renters often complain about mould in these flats.')).toEqual(['Renters often complain'])
  })

  test('guard: a past complaint on one occasion', () => {
    // One evening's record, not a standing view.
    expect(vague('Neighbours complained about the music on Saturday.')).toEqual([])
  })

  test('guard: a recent grievance with no adverb', () => {
    // Reported as news, as the sentence set reads it.
    expect(vague('Neighbours have complained about the barking for weeks.')).toEqual([])
  })
})

describe("a vague source beside a later clause's own study", () => {
  test("a class, then `, and` the council's survey with a pointer", () => {
    // The pointer backs the survey's finding, not the fitters.
    const text = "Fitters say the old tanks cannot cope with the winter load, and the council's stock survey found two in five leaking (see Appendix C)."
    expect(count('vague-attribution', text)).toBe(1)
  })

  test('an impersonal passive, then `:` a named census with a citation', () => {
    // The citation backs the census, not the received description.
    const text = 'Allotments are often described as good for mental health: the growers\u2019 census found that most plot holders visit weekly [@census2024].'
    expect(count('vague-attribution', text)).toBe(1)
  })

  test('guard: the citation in the vague source\u2019s own clause', () => {
    // Support in its own clause covers it, as before.
    const text = 'Fitters say the old tanks cannot cope [@fitters2023], and the council\u2019s stock survey found two in five leaking.'
    expect(count('vague-attribution', text)).toBe(0)
  })
})

describe('a class whose later clause quotes a speaker named in apposition', () => {
  test('the speaker between commas', () => {
    // The quotation is the coach's; the class still lends its own claim.
    const text = 'Swimmers say the pool is too cold in winter, and the club\u2019s coach, a former champion, called the new heater "the best thing we have bought in years."'
    expect(count('vague-attribution', text)).toBe(1)
  })
})

describe('`worry` with an object after it', () => {
  test('a thing causing a feeling is no source', () => {
    // `Loud alarms worry some residents`: the alarms cause the worry, no one is lent a claim.
    expect(vague('Loud alarms worry some residents, so here is why we test them.')).toEqual([])
  })

  test('guard: a class that worries a clause', () => {
    // `worry some schools are unsafe`: a clause reported, still a source.
    expect(vague('Parents worry some schools are unsafe.')).toEqual(['Parents worry'])
  })
})

describe('a first of a plural kind in a named place', () => {
  test('`the first … in County Down`', () => {
    // A claim of priority over a whole named place.
    expect(superlatives('Her grandfather built the first steam-powered looms in County Down.')).toEqual(['the first steam-powered looms in County Down'])
  })

  test('guard: a street', () => {
    // A place in an order along a street, not a first in a land.
    expect(superlatives('They bought the first cottages in Mill Road.')).toEqual([])
  })
})

describe("a superlative beside a later clause's own cited study", () => {
  test('the census backs its own clause, not the superlative', () => {
    // The citation stands past `, and` with a study of its own.
    const text = 'The night market is the friendliest place to eat in town, and the traders\u2019 census found that most stalls are family run [@census2024].'
    expect(count('unsupported-superlative', text)).toBe(1)
  })
})

describe('a ranked noun of several words with a part of a land after it', () => {
  test('`in this part of the county`, after a sentence using the same modifier', () => {
    // The comparison class makes it a claim even though `dated` was used before.
    const text = 'The earliest dated barn in the valley is at Low Farm. The mill is now the oldest dated industrial building in this part of the county.'
    expect(superlatives(text)).toEqual(['The earliest', 'the oldest'])
  })
})

describe('a noun named before only as a word of its own', () => {
  test('`option` is not named by `optional`', () => {
    // `optional` is another word: the superlative picks nothing of the paragraph's own out.
    const text = 'Both houses meet the optional standard for adaptable homes. This layout is the most efficient option for the plot.'
    expect(superlatives(text)).toEqual(['the most efficient'])
  })
})

describe("one of a body's own things picked out", () => {
  test('a verb of renewal before `the oldest`', () => {
    // The writer's own stock, named for replacement.
    expect(superlatives('Next year we plan to replace the oldest tractor and to reseed the top field.')).toEqual([])
  })

  test("`its largest customer`", () => {
    // One of the firm's own relations, picked by size.
    expect(superlatives('Rumour has it the bakery lost its largest customer in the spring.')).toEqual([])
  })

  test('guard: a comparison class after the ranked noun', () => {
    // `in the country`: a ranking claimed, as before.
    expect(superlatives('The council will replace the oldest footbridge in the country.')).toEqual(['the oldest'])
  })
})

describe("`every` in a programme's procedure or the writer's own practice", () => {
  test('a procedure in the future passive', () => {
    // A plan's scope, set by the writer.
    expect(superlatives('Every food stall trading at the fair will be inspected before opening.')).toEqual([])
  })

  test("`we` and a verb in the present", () => {
    // A rule the writer keeps over its own work.
    expect(superlatives('We use a torque wrench on every wheel nut and log the reading.')).toEqual([])
  })

  test('guard: a state forecast', () => {
    // Not a procedure: a claim about all of a class.
    expect(superlatives('Every tenant will be worse off under the new rules.')).toEqual(['Every tenant'])
  })

  test('guard: a reach the writer has', () => {
    // `we now have`: a possession claimed, not a practice.
    expect(superlatives('We now have volunteers in every ward of the city.')).toEqual(['every ward'])
  })
})
