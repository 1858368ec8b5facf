import {describe, expect, test} from 'vitest'
import {count} from './prose-round-helpers.js'

// Round 49 of the prose rules, quotations. No longer read as somebody's
// words: a set phrase of six words at most, in quotes after a preposition and
// at most one word, with a plural noun right after it (`tipping by
// unlicensed ‘man with a van’ operators`): a modifier of that noun, not a
// quotation. So it no longer counts as an unattributed quotation, and no
// longer hides the vague source that reports it. Each case is in our own
// wording; every row fails on the code before this round but the guards,
// which keep the opposite reading before and after.

describe('a set phrase in quotes, used as a modifier of the plural noun after it', () => {
  test('`by unlicensed ‘man with a van’ operators`', () => {
    // The phrase names a kind of operator; the class reporting the claim is the vague source.
    const text = "Councils report that tipping by unlicensed 'man with a van' operators is rising."
    expect([count('unattributed-quotation', text), count('vague-attribution', text)]).toEqual([0, 1])
  })

  test('`with ‘pay as you go’ meters`', () => {
    // The same after `with` and no word between.
    const text = "Landlords say that flats with 'pay as you go' meters are harder to let."
    expect([count('unattributed-quotation', text), count('vague-attribution', text)]).toEqual([0, 1])
  })

  test('guard: a quotation after a preposition with no plural noun after it', () => {
    // The residents' words, quoted.
    const text = "Residents complained about 'the noise from the new flats' and asked for help."
    expect(count('unattributed-quotation', text)).toBe(1)
  })

  test('guard: a quotation followed by a verb of saying', () => {
    // `says` after the quotes is a verb, not a noun the phrase modifies.
    const text = "The sign by the gate, with 'keep dogs on a lead' says it all."
    expect(count('unattributed-quotation', text)).toBe(1)
  })
})
