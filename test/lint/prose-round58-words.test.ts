import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 58 of the prose rules, superlatives, vague attributions and quotations.
// Vague attributions, reported anew: knowledge of long standing in a class
// (`Lock keepers have long known that`), as `have long suspected that` is; a
// standing view in the passive with how lasting or common it is (`is still
// regarded as`, `is usually seen as`), as `widely regarded as` is.
// No longer reported: a reporting verb after a modal of duty (`should call`,
// `must report`), an instruction to the people named, not their view.
// Quotations, reported as a named speaker's: the words of a belief the
// sentence's subject acts on (`opened the school in the belief that "…"`),
// and `her saying that "…"` after a verb of memory, a person's words, not a
// saying of hers named as a noun.
// Superlatives, reported anew: a thing that is the first of its kind in a
// named place (`was the first steam laundry in West Cornwall`); a first of a
// whole place or league by its possessive (`the borough's first civil
// partnership`); none of a kind across a state, a nation or a province
// (`No clinic in the state sees`), as across a county; a level against a
// body's own history without `ever` (`the busiest we have had`).
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const superlatives = (text: string): string[] => found(detectSuperlatives, text)
const vague = (text: string): string[] => found(detectVagueAttributions, text)
const both = (text: string): number[] => [count('unattributed-quotation', text), count('quotation-without-citation', text)]

describe('knowledge of long standing in a class', () => {
  test('`have long known that`', () => {
    expect(vague('Lock keepers have long known that the weir silts up after a flood.')).toEqual(['Lock keepers have long known'])
  })

  test('`have always known that`', () => {
    expect(vague('Shepherds have always known that the hill fog comes in from the west.')).toEqual(['Shepherds have always known'])
  })

  test('guard: an experience, `the shepherds have known`', () => {
    expect(vague('It was the hardest winter the shepherds have known.')).toEqual([])
  })

  test('guard: `have long suspected that`, read already', () => {
    expect(vague('Shepherds have long suspected that the hill fog comes in from the west.')).toEqual(['Shepherds have long suspected'])
  })
})

describe('a standing view in the passive', () => {
  test('`is still regarded as`', () => {
    expect(vague('The old stone bridge is still regarded as the finest in the county.')).toEqual(['is still regarded as'])
  })

  test('`is usually seen as`', () => {
    expect(vague('The north face is usually seen as the harder route to the summit.')).toEqual(['is usually seen as'])
  })

  test('guard: a rule’s own definition, no adverb', () => {
    expect(vague('Any entry received after noon is regarded as a withdrawal.')).toEqual([])
  })

  test('guard: with its agent after it', () => {
    expect(vague('The plan is still regarded as sound by the parish council.')).toEqual([])
  })
})

describe('an instruction after a modal of duty', () => {
  test('`should call` with a named office after it', () => {
    expect(vague('Members who are overcharged should call the Lodge Hall office before Friday.')).toEqual([])
  })

  test('guard: a view with a modal inside what is said', () => {
    expect(vague('Growers say the buying price should rise next season.')).toEqual(['Growers say'])
  })
})

describe('a belief the subject acts on, and `her saying that`', () => {
  test('`in the belief that "…"`, the subject’s words', () => {
    expect(both('Ada Quint opened the drawing school in 1931 in the belief that "anyone can learn to draw who looks hard enough."')).toEqual([0, 1])
  })

  test('`remember her saying that "…"`', () => {
    expect(both('Mrs Pell led the choir for thirty years. Her singers remember her saying that "a good line is one you can sing twice."')).toEqual([0, 1])
  })

  test('guard: a claim nobody is named as making', () => {
    expect(both('The report ignores the claim that "anyone can learn to draw who looks hard enough."')).toEqual([1, 0])
  })

  test('guard: a saying named as a noun', () => {
    expect(both('Mrs Pell led the choir for thirty years and often repeated the old saying that "a good line is one you can sing twice."')).toEqual([0, 0])
  })
})

describe('firsts of a place, none bearing more, a level against its own history', () => {
  test('`was the first … in West Cornwall`', () => {
    expect(superlatives('The mill on Quay Street was the first steam laundry in West Cornwall.')).toEqual(['was the first steam laundry in West Cornwall'])
  })

  test('`the borough’s first civil partnership`', () => {
    expect(superlatives("She conducted the borough's first civil partnership in 2005.")).toEqual(["the borough's first civil"])
  })

  test('`No clinic in the state sees`', () => {
    expect(superlatives('No clinic in the state sees a bigger caseload.')).toEqual(['No clinic in the state sees'])
  })

  test('`the busiest we have had`', () => {
    expect(superlatives('The autumn open day was the busiest we have had.')).toEqual(['the busiest'])
  })

  test('guard: a place in an order, `the first Monday in March`', () => {
    expect(superlatives('The club meets on the first Monday in March.')).toEqual([])
  })

  test('guard: an office in order, `the town’s first mayor`', () => {
    expect(superlatives("The town's first mayor was elected in 1836.")).toEqual([])
  })

  test('guard: a rule, a part of a town', () => {
    expect(superlatives('No dogs in the town centre are allowed off the lead.')).toEqual([])
  })

  test('guard: an experience, not a level', () => {
    expect(superlatives('It was the friendliest crowd we have met.')).toEqual([])
  })
})

// The place of a first may be two words: the span holds it whole (`in North`, cut, before; found
// checking docs/lint.md's example with `argmark lint`).
test('a first in a place of two words keeps the place in its span', () => {
  const text = 'The hall was the first Sikh temple in North Wales when it opened.'
  expect(found(detectSuperlatives, text)).toEqual(['was the first Sikh temple in North Wales'])
  // With `to` after the place, the first rule of rank reads it, as before.
  expect(found(detectSuperlatives, 'The hall was the first Sikh temple in North Wales to open.')).toEqual(['was the first'])
})
