import {describe, expect, test} from 'vitest'
import {count, found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'

// Round 24 of the prose rules: the source named again by its people with a
// possessive, and none of a kind across a domain. Each case is in our own
// wording; every row fails on the code before this round but the guards.

describe('a sentence opening on the cited source\'s people, named with a possessive, with a plural verb', () => {
  test('`The charity\'s researchers say …` right after the cited sentence reports the same source', () => {
    expect(count('uncited-statistic', 'Rents rose by 9% in a year [@rents2025]. The charity\'s researchers say that one home in five is now unaffordable.')).toBe(0)
    expect(count('uncited-statistic', 'Rents rose by 9% in a year [@rents2025]. The ministry’s economists find that one home in five is now unaffordable.')).toBe(0)
    expect(count('uncited-statistic', 'Rents rose by 9% in a year [@rents2025]. Its authors add that one home in five is now unaffordable.')).toBe(0)
  })

  test('guard: with no cited sentence before it, the figure stays uncited', () => {
    expect(count('uncited-statistic', 'Rents rose sharply last year. The charity\'s researchers say that one home in five is now unaffordable.')).toBe(1)
  })
})

describe('none of a kind across a domain the sentence names', () => {
  test('`No <kind> on the market / in <place> <does>`: a universal', () => {
    expect(found(detectSuperlatives, 'No pushchair on the market folds with one hand this easily.')).toEqual(['No pushchair on the market folds'])
    expect(found(detectSuperlatives, 'No water company in England meets the new standard.')).toEqual(['No water company in England meets'])
    expect(found(detectSuperlatives, 'No bakery in the county has won the prize twice.')).toEqual(['No bakery in the county has'])
  })

  test('`Nothing` opening the sentence, and `comes close`: none can equal it', () => {
    expect(found(detectSuperlatives, 'Nothing else could rival the old mill for flour.')).toEqual(['Nothing else could rival'])
    expect(found(detectSuperlatives, 'Nothing on the market comes close to this saw.')).toEqual(['Nothing on the market comes close'])
    expect(found(detectSuperlatives, 'It is a grip no other glove can come close to.')).toEqual(['no other glove can come close'])
  })

  test('guard: a rule, an activity forbidden, or a report of none is no universal', () => {
    expect(found(detectSuperlatives, 'No parking on the street is allowed after 6 pm.')).toEqual([])
    expect(found(detectSuperlatives, 'No smoking in the country parks.')).toEqual([])
    expect(found(detectSuperlatives, 'No patients in the region were treated late.')).toEqual([])
    expect(found(detectSuperlatives, 'Nothing else was damaged in the storm.')).toEqual([])
  })
})

describe('a clause with its own subject before the reporting verb', () => {
  test('a pronoun or a noun with its article between an opening phrase and the verb is the subject: no class of sources', () => {
    expect(found(detectVagueAttributions, 'After six months of care she weighs 23 kg and has found a home.')).toEqual([])
    expect(found(detectVagueAttributions, 'After two years of tests the team has found a fault in the valve.')).toEqual([])
  })

  test('guard: a class narrowed by a phrase is still the subject', () => {
    expect(found(detectVagueAttributions, 'Economists at the bank say rates will fall.')).toEqual(['Economists at the bank say'])
    expect(found(detectVagueAttributions, 'Studies of the disease have found that it spreads.')).toEqual(['Studies of the disease have found'])
  })
})
