import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 57 of the prose rules, superlatives, vague attributions and quotations.
// Superlatives, reported anew: none of a kind that has come close, in the
// perfect and over a span of lives (`nothing in living memory has come
// close`), as `nothing comes close` is; none of a kind anywhere in a land
// (`no such school anywhere in Wales`).
// Superlatives, no longer reported: a part of a thing by its place (`the
// highest point of the ridge`, `the deepest part of the lake`), as the
// labelling rules' `the deepest part of the ocean` is; `the worst` or `the
// best` of a thing as the object of a verb, the most of it (`ease the worst
// of the swelling`), not after a linking verb (`are the best of the season`).
// Vague attributions, reported anew: a people in the plural after a crowd's
// quantifier (`Many Danes say`, `Most Britons regard … as`), as `Danes say`
// is. No longer reported: one of a class (`every`) before a plain verb form,
// which is then a noun (`every false note is heard`), not a verb agreeing.
// Quotations, no longer reported: the words a thing bears after a participle
// of marking (`a flyer headed ‘…’`, `a valve labelled ‘…’`).
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const superlatives = (text: string): string[] => found(detectSuperlatives, text)
const vague = (text: string): string[] => found(detectVagueAttributions, text)
const both = (text: string): number[] => [count('unattributed-quotation', text), count('quotation-without-citation', text)]

describe('none of a kind that has come close, or anywhere in a land', () => {
  test('`nothing in living memory has come close`', () => {
    expect(superlatives('Old fishermen say nothing in living memory has come close to that winter.')).toEqual(['nothing in living memory has come close'])
  })

  test('`no rival has ever come close`', () => {
    expect(superlatives('In forty years no rival has ever come close.')).toEqual(['no rival has ever come close'])
  })

  test('`no such school anywhere in Wales`', () => {
    expect(superlatives('The craft still has no such school anywhere in Wales.')).toEqual(['no such school anywhere in Wales'])
  })

  test('guard: `nothing comes close`, read already', () => {
    expect(superlatives('For flavour, nothing comes close.')).toEqual(['nothing comes close'])
  })

  test('guard: inside a crowd belief', () => {
    expect(superlatives('Collectors broadly agree that no later edition has come close.')).toEqual([])
  })
})

describe('a part of a thing by its place, the most of a thing', () => {
  test('`the highest point of the ridge`', () => {
    expect(superlatives('Snow lay only above the highest point of the ridge for the third winter running.')).toEqual([])
  })

  test('`the furthest end of the platform`', () => {
    expect(superlatives('The new lift stands at the furthest end of the platform, by the ticket office.')).toEqual([])
  })

  test('`ease the worst of the swelling`', () => {
    expect(superlatives('Cold packs and rest ease the worst of the swelling.')).toEqual([])
  })

  test('guard: after a linking verb, a ranking', () => {
    expect(superlatives('The crowds this weekend were the best of the summer.')).toEqual(['the best'])
  })

  test('guard: a part rated, not placed', () => {
    expect(superlatives('Many say it is the hardest part of the job.')).toEqual(['the hardest'])
  })

  test('guard: a plural class after `of`', () => {
    expect(superlatives('Dry soils suffer the worst of the droughts in the county.')).toEqual(['suffer the worst'])
  })
})

describe('a people in the plural after a quantifier', () => {
  test('`Many Danes say`', () => {
    expect(vague('Many Danes say that the winter bathing season is the best part of the year.')).toEqual(['Many Danes say'])
  })

  test('`Most Britons regard … as`', () => {
    expect(vague('Most Britons regard the cup final as a national holiday.')).toEqual(['Most Britons regard'])
  })

  test('guard: `Danes say`, read already', () => {
    expect(vague('Danes say that the winter bathing season is short.')).toEqual(['Danes say'])
  })

  test('guard: a company name in the subject', () => {
    expect(vague('Many Siemens engineers say the design works.')).toEqual([])
  })
})

describe('a plain verb form after one of a class is a noun', () => {
  test('`every false note is heard`', () => {
    expect(vague('Every false note is heard across the square from the bell tower.')).toEqual([])
  })

  test('guard: `every other driver says`, a verb agreeing', () => {
    expect(vague('Every other driver in the depot says the route is too long.')).toEqual(['Every other driver in the depot says'])
  })

  test('guard: `any plumber will tell`', () => {
    expect(vague('Any plumber will tell you that the old pipes are the problem.')).toEqual(['Any plumber will tell'])
  })
})

describe('the words a thing bears', () => {
  test('a flyer `headed ‘…’`', () => {
    expect(both("The flyer, headed 'The truth about the new bypass', was pushed through every door.")).toEqual([0, 0])
  })

  test('a valve `labelled ‘…’`', () => {
    expect(both("The mains valve is labelled 'Keep closed in winter months' in red.")).toEqual([0, 0])
  })

  test('guard: a speaker who says the words', () => {
    expect(both("The warden said 'keep the valve closed in the winter months'.")).toEqual([0, 1])
  })
})
