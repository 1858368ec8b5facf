import {describe, expect, test} from 'vitest'
import {count, found} from './prose-round-helpers.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'

// Round 22 of the prose rules (quotations, vague attributions and
// superlatives), by kind. Each case is in our own wording; every row fails
// on the code before this round but the named guards.

describe('quotations: a publication named by its kind before its title', () => {
  test('`the leaflet "…"`, `our guide "…"`: the quotation is a title, not someone\'s words', () => {
    expect(count('quotation-without-citation', 'The booklet "Looking after your first bicycle" shows how to oil the chain.')).toBe(0)
    expect(count('quotation-without-citation', 'The club sends new members our free guide "Safe routes into town" with the badge.')).toBe(0)
    expect(count('unattributed-quotation', 'Where a fence is missing, the handbook "Boundaries: who mends what" explains how to agree a line.')).toBe(0)
  })

  test('guard: words after a verb of saying stay a quotation', () => {
    expect(count('unattributed-quotation', 'One rider told the meeting "the new lane is safer than the old road" last week.')).toBe(1)
  })
})

describe('vague sources: a class telling the writer about itself', () => {
  test('`tell us they …` with a doing of their own is first-hand testimony the writer took', () => {
    expect(found(detectVagueAttributions, 'Many customers tell us they switched after their old supplier closed.')).toEqual([])
    expect(found(detectVagueAttributions, 'Guests have told us that they came back for the garden.')).toEqual([])
  })

  test('guard: a view they pass on, or a claim about something else, stays vague', () => {
    expect(found(detectVagueAttributions, 'Many customers tell us they believe prices will fall.')).toEqual(['Many customers tell'])
    expect(found(detectVagueAttributions, 'Many customers tell us the old supplier was slower.')).toEqual(['Many customers tell'])
  })
})
