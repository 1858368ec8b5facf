import {describe, expect, test} from 'vitest'
import {count} from './prose-round-helpers.js'

// Round 53 of the prose rules, quotations. Read anew as words whose speaker
// is named (a quotation without citation, and no longer unattributed): a
// role with `the` as the subject of a relative clause with no pronoun after
// an indefinite noun, with two words before the role, a body's possessive
// among them (`a gap the registry's steering committee described as …`),
// as `a response the trustees describe as` was. Each case is in our own
// wording; every row fails on the code before this round but the guards,
// which keep the same reading before and after.

const both = (text: string): number[] => [count('unattributed-quotation', text), count('quotation-without-citation', text)]

describe('a body\'s role as the subject of a contact clause after an indefinite noun', () => {
  test('`a shortfall the trust\'s finance committee called`', () => {
    // The finance committee of the trust, a role with `the`: named.
    expect(both("Income fell again this year, a shortfall the trust's finance committee called 'the steepest we have had to plan around'.")).toEqual([0, 1])
  })

  test('`a delay the council\'s planning officer described as`', () => {
    // The same with a single officer and `described as`.
    expect(both("The hearing was put back to March, a delay the council's planning officer described as 'regrettable but unavoidable in the circumstances'.")).toEqual([0, 1])
  })

  test('guard: a class as the subject of the contact clause', () => {
    // `the local residents` is a class, not a role: unnamed as before.
    expect(both("The road closed for a week, a change the local residents called 'a nightmare for anyone without a car'.")).toEqual([1, 0])
  })

  test('guard: a one-word role, read as before', () => {
    // `the trustees`: named before this round too.
    expect(both("Reserves fell by a third, a result the trustees described as 'a warning we cannot ignore any longer'.")).toEqual([0, 1])
  })
})
