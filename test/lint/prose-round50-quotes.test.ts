import {describe, expect, test} from 'vitest'
import {count} from './prose-round-helpers.js'

// Round 50 of the prose rules, quotations. No longer read as somebody's
// words: a stock instruction of ten words at most in quotes, after a
// determiner and at most one word, named as a rule by the noun after it
// (`the old ‘strike the match and stand well back’ rule`, `the familiar
// ‘…’ maxim`): a set phrase, not a quotation, so it is neither unattributed
// nor without citation. Each case is in our own wording; every row fails on
// the code before this round but the guards, which keep the opposite reading
// before and after.

describe('a stock instruction in quotes, named as a rule by the noun after it', () => {
  test('`The old ‘…’ rule`', () => {
    // The instruction on the packet, named as a rule: no one's words.
    const text = "The old 'strike the match and stand well back' rule still applies to the crew."
    expect([count('unattributed-quotation', text), count('quotation-without-citation', text)]).toEqual([0, 0])
  })

  test('`the familiar ‘…’ maxim`', () => {
    // The same with `maxim` and eight words.
    const text = "Walkers keep to the familiar 'leave nothing but footprints and take only photographs' maxim."
    expect([count('unattributed-quotation', text), count('quotation-without-citation', text)]).toEqual([0, 0])
  })

  test('guard: the same instruction with no rule\'s noun after it', () => {
    // Nothing names it a rule: read as words quoted.
    const text = "Crew are reminded to 'strike the match and stand well back' before every launch."
    expect(count('quotation-without-citation', text)).toBe(1)
  })

  test('guard: a named speaker\'s words', () => {
    // The warden's words, quoted.
    const text = "The warden told us 'the gates close at dusk and nobody stays behind' on our visit."
    expect(count('quotation-without-citation', text)).toBe(1)
  })
})
