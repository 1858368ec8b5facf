import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {count, found} from './prose-round-helpers.js'

// Round 56 of the prose rules, vague attributions and quotations.
// Vague attributions, reported anew: studies or a class putting an estimate
// at an amount in words (`Studies of similar schemes have put the saving at
// several pounds for each pound spent`, `at three times the cost`, `at
// thousands of jobs`), an estimate as `put the loss at nearly half` is.
// Unattributed quotations, reported anew (and no longer quotations without
// citation): `he` or `she` before the speech verb standing for one indefinite
// person who is the agent of a passive in the sentence before (`It was found
// by a retired angler. He told a reporter that he '…'`): the pronoun names no
// one, as it names no one after `A reader writes in.`
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const both = (text: string): number[] => [count('unattributed-quotation', text), count('quotation-without-citation', text)]

describe('a pronoun for the indefinite agent of a passive', () => {
  test('`was found by a retired angler`, then `He told`', () => {
    const text = "The brooch was found by a retired angler walking the river bank. He told the parish magazine that he 'almost kicked it into the water without looking'."
    expect(both(text)).toEqual([1, 0])
  })

  test('`was written by an unnamed nurse`, then `She said`', () => {
    const text = "The letter was written by an unnamed nurse on the night shift. She said that 'nobody on the ward had slept for three nights running'."
    expect(both(text)).toEqual([1, 0])
  })

  test('guard: the agent is named', () => {
    const text = "The brooch was found by a retired angler, Tom Reddy, walking the river bank. He told the parish magazine that he 'almost kicked it into the water without looking'."
    expect(both(text)).toEqual([0, 1])
  })

  test('guard: a named person in the sentence before', () => {
    const text = "Priya Nair runs the bakery. She said that 'the new oven has changed how the whole street eats'."
    expect(both(text)).toEqual([0, 1])
  })

  test('guard: `A reader writes in`, read already as unnamed', () => {
    const text = "A reader writes in about the bus lane. She says that 'the buses are slower now than before it opened'."
    expect(both(text)).toEqual([1, 0])
  })
})

describe('an estimate put at an amount in words', () => {
  test('`have put the saving at several pounds`', () => {
    expect(vague('Studies of similar flood schemes have put the saving at several pounds for each pound spent.')).toEqual(['Studies of similar flood schemes have put'])
  })

  test('`put the damage at three times`', () => {
    expect(vague('Engineers put the damage to the old bridge at three times the repair bill.')).toEqual(['Engineers put'])
  })

  test('guard: `put the loss at nearly half`, read already as an estimate', () => {
    expect(vague('Growers put the loss at nearly half of the crop.')).toEqual(['Growers put'])
  })

  test('guard: a named source putting a figure in words', () => {
    expect(vague("The warden's own counts put the return at several hundred birds a winter.")).toEqual([])
  })

  test('guard: putting things at a place', () => {
    expect(vague('Volunteers put the chairs at the back of the hall.')).toEqual([])
  })
})
