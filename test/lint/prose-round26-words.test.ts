import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 26 of the prose rules: vague attributions, superlatives and quoted
// titles. Each case is in our own wording; every row fails on the code
// before this round but the guards.

describe('a verb of finding in the future', () => {
  test('results not yet in lend no claim: `will report`, `will show whether`', () => {
    expect(found(detectVagueAttributions, 'Pilots in three wards will report in the autumn.')).toEqual([])
    expect(found(detectVagueAttributions, 'Trials in four regions will show whether the blend holds up.')).toEqual([])
    expect(found(detectVagueAttributions, "Surveys at two harbours will also reveal how many boats still fish.")).toEqual([])
  })

  test('guard: a verb of saying in the future, a generic `will often`, and the past stay vague', () => {
    expect(found(detectVagueAttributions, 'Old carpenters will tell you that oak moves for years.')).toEqual(['Old carpenters will tell'])
    expect(found(detectVagueAttributions, 'Recent studies have shown that the blend holds up.')).toEqual(['Recent studies have shown'])
  })
})

describe('tests and trials in the present perfect', () => {
  test('`<kind> tests have shown` reports a body of unnamed results', () => {
    expect(found(detectVagueAttributions, 'Legibility tests have shown that serif faces read slower on phones.')).toEqual(['Legibility tests have shown'])
    expect(found(detectVagueAttributions, 'Crash trials have demonstrated that the frames crumple safely.')).toEqual(['Crash trials have demonstrated'])
  })

  test("guard: the writer's own tests, tests of a counted thing, or a simple present of a named kind", () => {
    expect(found(detectVagueAttributions, 'Our tests have shown that the frames crumple safely.')).toEqual([])
    expect(found(detectVagueAttributions, 'Tests on six of its beams have shown no cracking.')).toEqual([])
    expect(found(detectVagueAttributions, 'Exit surveys suggest the early start is the main reason.')).toEqual([])
  })
})

describe("the informants of the writer's own inquiry, in the past", () => {
  test("a class reporting in the simple past after `our audit` or `we sampled` is the inquiry's own informants", () => {
    expect(found(detectVagueAttributions, 'Our audit covered 90 discharge letters. Several registrars admitted they wrote them after the patient left.')).toEqual([])
    expect(found(detectVagueAttributions, 'We sampled 120 case files. Many clerks admitted that the forms were filled in late.')).toEqual([])
  })

  test('guard: the same class with no inquiry of the writer, or in the perfect, stays vague', () => {
    expect(found(detectVagueAttributions, 'Several registrars admitted they wrote them after the patient left.')).toEqual(['Several registrars admitted'])
    expect(found(detectVagueAttributions, 'Our audit covered 90 letters. Many registrars have admitted that they write them late.')).toEqual(['Many registrars have admitted'])
  })
})

describe('`tell a similar story`', () => {
  test('matter compared with the matter before it is no source telling a claim', () => {
    expect(found(detectVagueAttributions, 'Lamb sales fell in March. Beef sales tell a similar story.')).toEqual([])
    expect(found(detectVagueAttributions, 'Pork exports tell a different story.')).toEqual([])
  })

  test('guard: a class telling a claim stays vague', () => {
    expect(found(detectVagueAttributions, 'Fishermen tell us that the cod have moved north.')).toEqual(['Fishermen tell'])
  })
})

describe('a sentence end bounds the writer’s own knowledge before a source', () => {
  test('`we know of.` in the sentence before does not make the class after it the writer’s own awareness', () => {
    expect(found(detectVagueAttributions, 'It is the oldest press we know of. Printing historians have argued that it came from Mainz.')).toEqual([
      'Printing historians have argued'
    ])
  })

  test('guard: the writer’s own awareness in the span’s sentence still excuses it', () => {
    expect(found(detectVagueAttributions, 'We know many parents fear the new timetable.')).toEqual([])
  })
})

describe('superlatives the writer does not claim of the world', () => {
  test('bounded by the writer’s knowledge after the noun: `we know of`, `that we are aware of`', () => {
    expect(found(detectSuperlatives, 'It is the smallest working loom we know of.')).toEqual([])
    expect(found(detectSuperlatives, 'This is the oldest charter that we are aware of.')).toEqual([])
  })

  test('the writer’s own troubles ranked: `our biggest problem`, `our toughest challenge`', () => {
    expect(found(detectSuperlatives, 'Late deliveries remain our biggest problem.')).toEqual([])
    expect(found(detectSuperlatives, 'Recruitment is our toughest challenge this year.')).toEqual([])
  })

  test('a ranking under a stated rule of scoring', () => {
    expect(found(detectSuperlatives, 'The contract went to the lowest priced bid under the published evaluation criteria.')).toEqual([])
    expect(found(detectSuperlatives, 'Her entry was the highest scoring design against the competition rules.')).toEqual([])
  })

  test('guard: a world ranking, a measured record of our own, a trouble of others, and a criterion not named', () => {
    expect(found(detectSuperlatives, 'It is the smallest working loom in Europe.')).toEqual(['the smallest'])
    expect(found(detectSuperlatives, 'March was our best month on record.')).toEqual(['our best'])
    expect(found(detectSuperlatives, 'Drought is the biggest problem facing farmers.')).toEqual(['the biggest'])
    expect(found(detectSuperlatives, 'The contract went to the cheapest bid in the region.')).toEqual(['the cheapest'])
  })
})

describe('a title in apposition to a numbered item', () => {
  test('`Application 12/300, “…”, was approved` quotes no one', () => {
    expect(count('quotation-without-citation', 'Dr Amos reported to the board. Proposal 12/300, "Falls among older hospital patients at night", was approved.')).toBe(0)
    expect(count('quotation-without-citation', 'The choir sang Hymn 112, "Guide me through the winter dark", at the close.')).toBe(0)
    expect(count('quotation-without-citation', 'Grant 47, "Mapping hedgerow loss in the lowland counties", was deferred to May.')).toBe(0)
  })

  test('guard: speech after a numbered place, or words with no number before them, are still quotations', () => {
    expect(count('unattributed-quotation', 'One patient in Room 4, "I could not sleep at all in that heat", was moved.')).toBe(1)
    expect(count('unattributed-quotation', 'One visitor wrote, "the falls among older patients are shocking", in the book.')).toBe(1)
  })
})
