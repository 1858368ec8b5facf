import {describe, expect, test} from 'vitest'
import {count} from './prose-round-helpers.js'

// Round 45 of the prose rules, quotations. No longer read as the
// quotation's speaker: the subject of a clause of its own after the
// quotation (`“…”, and nobody argued`) when a speech verb
// before the quotation gives the words to a named speaker; the quotation is
// the named speaker's, so it is a quotation without citation, not an
// unattributed one. Each case is in our own wording; every row fails on the
// code before this round but the guards, which keep the opposite reading
// before and after.

describe("a clause of its own after a quotation a named speaker's verb gives", () => {
  test('`She told members that … was “…”, and nobody argued`', () => {
    // `She` is the named keeper; `nobody` only failed to answer her.
    const text = 'Joan Hale gave the spring talk. She told members that the ‘Bell’ hive she has used for years was “the best design ever sold in this country”, and nobody argued.'
    expect([count('unattributed-quotation', text), count('quotation-without-citation', text)]).toEqual([0, 1])
  })

  test('`He said that … was “…”, but nobody complained`', () => {
    // The words are the named chairman's; nobody complaining said nothing quoted.
    const text = 'Tom Reid, who has chaired the trust since 2009, opened the fair. He said that the footbridge the trust built last spring was “a gift to every walker in the valley”, but nobody complained.'
    expect([count('unattributed-quotation', text), count('quotation-without-citation', text)]).toEqual([0, 1])
  })

  test('guard: an unnamed speaker after the quotation, with no verb before it', () => {
    // The only speech verb is the unnamed engineer's: the words are hers.
    const text = 'The footbridge was closed on Monday. “It will not last another winter,” one engineer warned.'
    expect(count('unattributed-quotation', text)).toBe(1)
  })

  test('guard: a verb the speaker shares after the quotation', () => {
    // `and then said` has no subject of its own: still the named speaker's.
    const text = 'Joan Hale gave the spring talk. She told members the hive was “the best design ever sold in this country”, and then said it again.'
    expect([count('unattributed-quotation', text), count('quotation-without-citation', text)]).toEqual([0, 1])
  })
})
