import {describe, expect, test} from 'vitest'
import {count, found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'

// Round 17 of the prose rules (vague attributions, quotations and
// superlatives). Each case is paired with a twin on the other side, in our
// own wording; every row fails on the code before this round but the named
// guards.

describe('vague sources: a class set against the writer’s own informants, a class the writer’s own survey asked', () => {
  test('a class in a clause of contrast with the writer’s own informants is still vague', () => {
    expect(found(detectVagueAttributions, 'Makers claim a long life for copper pans, but the cooks we interviewed see them dent early.')).toEqual(['Makers claim'])
  })

  test('guard: the writer’s own informants in the clause of the class are not vague (it passes before this round too)', () => {
    expect(found(detectVagueAttributions, 'Cooks we interviewed told us that copper pans dent early.')).toEqual([])
  })

  test('a class telling the writer after the writer’s own survey is its respondents; without the survey it is vague', () => {
    const told = 'Tenants told us that the lifts fail in winter.'
    expect(found(detectVagueAttributions, 'Our stairwell survey in May asked 200 tenants how they reach their flats. ' + told)).toEqual([])
    expect(found(detectVagueAttributions, 'The lifts were repaired in May. ' + told)).toEqual(['Tenants told'])
  })

  test('a vague source before a quoted specimen of wording is reported once, by this rule', () => {
    const text = 'Tenant advisers argue that many landlords still print blanket waivers for "any damage however it arises" in their leases.'
    expect(count('vague-attribution', text)).toBe(1)
    expect(count('quotation-without-citation', text) + count('unattributed-quotation', text)).toBe(0)
  })
})

describe('quotations: a verb joined on after the quotation, a specimen of wording', () => {
  test('`he` before the quotation is its speaker when a verb after it only joins on', () => {
    const text = 'Our secretary met the ferry operator in June. He told her, "Crews are the shortage, not boats," and said six posts are empty.'
    expect(count('unattributed-quotation', text)).toBe(0)
    expect(count('quotation-without-citation', text)).toBe(1)
  })

  test('guard: a verb after the quotation with its own unnamed subject still gives it away (it passes before this round too)', () => {
    const text = 'The ferry ran late again. "Crews are the shortage, not boats," one deckhand said.'
    expect(count('unattributed-quotation', text)).toBe(1)
  })

  test('words quoted as a specimen of a kind of wording are no one’s statement; words someone said are', () => {
    expect(count('quotation-without-citation', 'The leases carry exclusions for "any damage however it arises" on page two.')).toBe(0)
    expect(count('quotation-without-citation', 'The landlord told us "any damage however it arises" was covered.')).toBe(1)
  })
})

describe('superlatives: the one most often so, one claim with its `has ever`, the writer’s method and a promise', () => {
  test('the one of a kind most often so, without a relative pronoun, is a ranking', () => {
    expect(found(detectSuperlatives, 'Oak is the timber most often mislabelled in salvage yards.')).toEqual(['the timber most often mislabelled'])
    expect(found(detectSuperlatives, 'Oak is the timber we most often buy.')).toEqual([])
  })

  test('a superlative and the `has ever` that closes it give one message; apart they give two', () => {
    expect(count('unsupported-superlative', 'The pond was the lowest it has ever been this August.')).toBe(1)
    expect(count('unsupported-superlative', 'The pond was the lowest in the valley, and nobody has ever seen it dry.')).toBe(3)
  })

  test.each([
    ['Each autumn we weighed the crop of every bed on the plot.', 'The crop of every bed on the plot was heavy.'],
    ['The editor has promised a reply to every letter.', 'The editor is proud of every letter.']
  ])('%s', (none, claim) => {
    expect(found(detectSuperlatives, none)).toEqual([])
    expect(found(detectSuperlatives, claim)).not.toEqual([])
  })
})
