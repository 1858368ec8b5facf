import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 59 of the prose rules, superlatives and vague attributions.
// Superlatives, reported anew: a best of a private occasion that is still
// running (`our biggest crowd of the tour so far`), a record to date as much
// as `the best of the season so far` is; a superlative in a hyphenated
// compound after a noun's possessive (`the society's most-visited page to
// date`), as after `the`.
// No longer reported: `every` with a step the reader takes after it (`Check
// the pattern on every roll before you cut`), an instruction for each of the
// reader's own, not a claim that all are so.
// Vague attributions, reported anew: `Some estimate that`, `Many predict`,
// `Many reckon`: a quantifier for people and a verb of reckoning, as
// `some argue` is (`estimate` only before `that`: `some estimate of the cost`
// is a noun).
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const superlatives = (text: string): string[] => found(detectSuperlatives, text)
const vague = (text: string): string[] => found(detectVagueAttributions, text)

describe('a running best of an occasion', () => {
  test('`of the tour so far`', () => {
    expect(superlatives('We sang in the cathedral to 600 people, our biggest crowd of the tour so far.')).toEqual(['our biggest'])
  })

  test('`of the trip so far`', () => {
    expect(superlatives('The gorge walk was the longest day of the trip so far.')).toEqual(['the longest'])
  })

  test('guard: the best of an occasion, over', () => {
    expect(superlatives('The fish stew was the best meal of the holiday.')).toEqual([])
  })
})

describe('a hyphenated superlative after a possessive', () => {
  test('`the society’s most-visited page to date`', () => {
    expect(superlatives('The tide-table post is now the society’s most-visited page to date.')).toEqual(['most-visited'])
  })

  test('`the club’s least-used court`', () => {
    expect(superlatives("Court 4 is the club's least-used court in the county.")).toEqual(['least-used'])
  })

  test('guard: a superlative in two words after a possessive, read already', () => {
    expect(superlatives("The harbour is the town's most visited place.")).toEqual(['most visited'])
  })
})

describe('`every` in a step the reader takes', () => {
  test('`on every tin before you open it`', () => {
    expect(superlatives('Check lot numbers on every tin before you open it, because a mismatched colour shows on a wall.')).toEqual([])
  })

  test('guard: `every joint after you sand`, read already', () => {
    expect(superlatives('Brush the dust off every joint after you sand the frame.')).toEqual([])
  })

  test('guard: `every` of the world, with no step of the reader', () => {
    expect(superlatives('Every bridge on the river was closed by the flood.')).toEqual(['Every bridge'])
  })
})

describe('a quantifier for people and a verb of reckoning', () => {
  test('`Some estimate that`', () => {
    expect(vague('Dealers were cautious. Some estimate that half the stock will go unsold.')).toEqual(['Some estimate'])
  })

  test('`Many predict`', () => {
    expect(vague('Many predict a wet summer for the valley farms.')).toEqual(['Many predict'])
  })

  test('`Many reckon`', () => {
    expect(vague('Many reckon the bees came too late for the pears this year.')).toEqual(['Many reckon'])
  })

  test('guard: `Others reckon`, read already', () => {
    expect(vague('One grower blames the frost. Others reckon the bees came too late.')).toEqual(['Others reckon'])
  })

  test('guard: `some estimate of` is a noun', () => {
    expect(vague('The surveyor gave us some estimate of the repair cost.')).toEqual([])
  })

  test('guard: `some argue`, read already', () => {
    expect(vague('Some argue that the ferry should run all year.')).toEqual(['Some argue'])
  })
})
