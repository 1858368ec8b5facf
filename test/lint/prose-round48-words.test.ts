import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 48 of the prose rules, superlatives and vague sources. Superlatives,
// reported anew: a superlative with its noun, what the noun is of, and a
// class after it, inside a crowd's belief (`It is widely believed that
// allotments are the fastest-growing use of land in small towns`, `the
// toughest test of nerve in pub games`). No longer reported: `the youngest`
// and `the oldest` of a group told with a bare age (`The youngest rider was 9
// and the oldest 76`). Vague sources, reported anew: a class telling the
// writer its stance on a thing (`Vets tell us they recommend a yearly
// check`, `Midwives tell us that they welcome …`); no longer: a class that
// worries about how or whether a thing will go (`Dog owners worry about how
// their pets will settle`), an open question with no claim in it. Each case
// is in our own wording; every row fails on the code before this round but
// the guards, which keep the opposite reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe("a superlative with its noun's `of` and a class, inside a crowd's belief", () => {
  test('`the fastest-growing use of land in small towns`', () => {
    // The noun, what it is of, then `in` and a bare plural: a ranking across the class.
    expect(superlatives('It is widely believed that allotments are the fastest-growing use of land in small towns.')).toEqual(['the fastest-growing'])
  })

  test('`the toughest test of nerve in pub games`', () => {
    // `It is commonly said that` lends the belief to a crowd; the ranking is claimed all the same.
    expect(superlatives('It is commonly said that darts is the toughest test of nerve in pub games.')).toEqual(['the toughest'])
  })

  test('`the best piece of advice for new parents`', () => {
    // `for` and a bare plural: the class the advice is ranked across.
    expect(superlatives('It is generally thought that sleep when the baby sleeps is the best piece of advice for new parents.')).toEqual(['the best'])
  })

  test('guard: a superlative with no class inside the belief', () => {
    // No class after the noun: the belief is the crowd's, which vague-attribution reports.
    expect(superlatives('It is widely believed that the oldest part of the pier is the safest.')).toEqual([])
  })
})

describe('the youngest or the oldest of a group, told with a bare age', () => {
  test('`The youngest rider was 9 and the oldest 76`', () => {
    // Two of the event's own riders picked out by age: a detail of the day, not a ranking.
    expect(superlatives('Forty riders finished the sportive. The youngest rider was 9 and the oldest 76.')).toEqual([])
  })

  test('`the oldest walker, at 81,`', () => {
    // The age in apposition after `at`.
    expect(superlatives('The oldest walker, at 81, finished in under four hours.')).toEqual([])
  })

  test('`The youngest was 12 years old`', () => {
    // No noun, and the age with `years old`.
    expect(superlatives('Our choir sang at the cathedral on Sunday. The youngest was 12 years old.')).toEqual([])
  })

  test('guard: `The oldest tree in Wales is 5,000 years old`', () => {
    // A comparison class after the noun: a ranking claimed.
    expect(superlatives('The oldest tree in Wales is 5,000 years old.')).toEqual(['The oldest'])
  })

  test('guard: `The youngest person ever to row the Atlantic was 15`', () => {
    // A record (`ever`) after the noun: a ranking claimed.
    expect(superlatives('The youngest person ever to row the Atlantic was 15.')).toEqual(['The youngest'])
  })
})

describe('a class telling the writer its stance on a thing', () => {
  test('`Vets tell us they recommend`', () => {
    // A recommendation passed on is a claim lent to the class, not its own doings.
    expect(vague('Vets tell us they recommend a yearly dental check for older dogs.')).toEqual(['Vets tell'])
  })

  test('`Midwives tell us that they welcome`', () => {
    // Welcoming a thing is a view of it, passed on.
    expect(vague('Midwives tell us that they welcome a doula on a busy ward.')).toEqual(['Midwives tell'])
  })

  test('`Teachers have told us that they prefer`', () => {
    // A preference in the present perfect of telling.
    expect(vague('Teachers have told us that they prefer the shorter format.')).toEqual(['Teachers have told'])
  })

  test('guard: `tell us they joined`, their own doings', () => {
    // First-hand testimony of what they did (round 34's reading).
    expect(vague('Many members tell us they joined after a bank turned them down.')).toEqual([])
  })
})

describe('a class that worries about how or whether a thing will go', () => {
  test('`Dog owners worry about how their pets will settle`', () => {
    // An open question fretted over: no claim lent to the owners.
    expect(vague('Dog owners worry about how their pets will settle.')).toEqual([])
  })

  test('`many parents worry about whether the timetable will work`', () => {
    // `whether`: the same open question.
    expect(vague('Term starts on Monday, and many parents worry about whether the new timetable will work.')).toEqual([])
  })

  test('guard: `worry that`, a claim lent', () => {
    // `that` and a clause: what the class fears is so.
    expect(vague('Many parents worry that screens harm sleep.')).toEqual(['Many parents worry'])
  })

  test('guard: `worry about` a named trend', () => {
    // A concern about a thing said to be happening.
    expect(vague('Doctors worry about rising resistance to antibiotics.')).toEqual(['Doctors worry'])
  })
})
