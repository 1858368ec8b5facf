import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 56 of the prose rules, superlatives and vague attributions (a second
// change, after the words branch).
// Superlatives, reported anew: a ranking within someone's experience over a
// whole year or season (`the best we have faced all year`, `the best
// afternoon they had had all year`), which ranks their record as `in years`
// does; every set that meets one outside quotes labels it.
// Superlatives, no longer reported: `nobody` or `no one` asked, required,
// made, obliged or pressed to do a thing (`nobody is asked to give a
// reason`), a house's own policy, as `nobody is turned away` is.
// Vague attributions, no longer reported: `worry` after an adverb of habit
// (`Guests often worry`, `Parents sometimes worry`), a common worry the
// writer raises to answer; the twenty-first, eighty-first and eighty-fifth
// sets leave it unlabelled.
// Each case is in our own wording; every row fails on the code before this
// change but the guards, which keep the same reading before and after.

const superlatives = (text: string): string[] => found(detectSuperlatives, text)
const vague = (text: string): string[] => found(detectVagueAttributions, text)

describe('a ranking within experience over a whole year or season', () => {
  test('`the best we have faced all year`', () => {
    expect(superlatives('Their back four was the best we have faced all year, and we scored once.')).toEqual(['the best'])
  })

  test('`the finest evening they had had all season`', () => {
    expect(superlatives('The choir said it was the finest evening they had had all season.')).toEqual(['the finest'])
  })

  test('guard: an experience with no span stays the writer’s own', () => {
    expect(superlatives('The view from the ridge was the finest we have ever seen.')).toEqual([])
  })

  test('guard: `in a while` is no span of a record', () => {
    expect(superlatives('It was the best pie I have had in a while.')).toEqual([])
  })
})

describe('a house’s policy: nobody asked or required to', () => {
  test('`nobody is asked to give a reason`', () => {
    expect(superlatives('Anyone may borrow a tool, and nobody is asked to explain why.')).toEqual([])
  })

  test('`no one is required to`', () => {
    expect(superlatives('No one is required to sing at the first rehearsal.')).toEqual([])
  })

  test('guard: `nobody was asked for` is an event, an absolute', () => {
    expect(superlatives('Nobody was asked for their view before the hall was sold.')).toEqual(['Nobody'])
  })
})

describe('a common worry raised', () => {
  test('`often worry`', () => {
    expect(vague('Campers often worry more about midges than about bears.')).toEqual([])
  })

  test('`sometimes worry that`', () => {
    expect(vague('New members sometimes worry that the climbs will be too hard.')).toEqual([])
  })

  test('guard: a class that worries, no adverb of habit', () => {
    expect(vague('Some anglers worry that the new weir will block the salmon.')).toEqual(['Some anglers worry'])
  })
})
