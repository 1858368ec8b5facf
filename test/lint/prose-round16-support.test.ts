import {describe, expect, test} from 'vitest'
import {count, found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'

// Round 16 of the prose rules (vague attributions, superlatives and their
// support). Each case is paired with a twin on the other side, in our own
// wording; every row fails on the code before this round but the named
// guards.

describe('vague sources: records named by their kind, the writer’s own tests, the clause a source reports, a debate', () => {
  test.each([
    // Returns named by a noun before them are a record; returns alone name none.
    ['Election returns suggest that turnout fell in the north.', 'Returns suggest that turnout fell in the north.', 'Returns suggest'],
    // Tests of a thing counted or pointed at are the writer's checks; tests of a kind are a literature.
    ['Tests on four of its valves found the seats worn.', 'Tests on valves have found that seats wear early.', 'Tests on valves have found']
  ])('%s', (none, vague, words) => {
    expect(found(detectVagueAttributions, vague)).toEqual([words])
    expect(found(detectVagueAttributions, none)).toEqual([])
  })

  test('the subjects of the clause a vague source reports are part of its one claim; a class in a sentence of its own is a source', () => {
    expect(found(detectVagueAttributions, 'Surveys have shown that tenants who are visited by a warden report fewer falls.')).toEqual(['Surveys have shown'])
    expect(found(detectVagueAttributions, 'Surveys have shown as much. Tenants who are visited by a warden report fewer falls.')).toEqual([
      'Surveys have shown',
      'Tenants who are visited by a warden report'
    ])
  })

  test('a class that has argued over whether holds a view; arguing over a bill is a quarrel', () => {
    expect(found(detectVagueAttributions, 'Engineers have long argued over whether the bridge can carry trams.')).toEqual(['Engineers have long argued'])
    expect(found(detectVagueAttributions, 'Engineers argued over the bill for weeks.')).toEqual([])
  })
})

describe('support: the writer’s own survey points back at no one; a pronoun reporter points back at the source cited', () => {
  const cited = 'The oldest account dates the font to 1190 (Marsh 1901, p. 3).'

  test('a vague source beside the writer’s own survey is not covered by the citation before it', () => {
    expect(count('vague-attribution', cited + ' Later guides have claimed that it was moved in 1870, but our survey found it on its first base.')).toBe(1)
  })

  test('guard: `the survey found` points back at the source cited (it passes before this round too)', () => {
    expect(count('vague-attribution', cited + ' Later guides have claimed that it was moved in 1870, but the survey found it on its first base.')).toBe(0)
  })

  test('a ranking the source cited before reported is covered; a ranking of the country is not', () => {
    const review = "The regulator's yearly review found that 58% of appeals succeeded [@review2024]."
    expect(count('unsupported-superlative', review + ' That is the lowest share it has reported.')).toBe(0)
    expect(count('unsupported-superlative', review + ' That is the lowest share in the country.')).toBe(1)
  })
})

describe('absolutes: a request, a record kept of each one', () => {
  test.each([
    ['Please write on every label before you leave.', 'Staff write on every label before they leave.'],
    ['The brewer keeps a record of every cask.', 'The brewer is proud of every cask.']
  ])('%s', (none, claim) => {
    expect(found(detectSuperlatives, none)).toEqual([])
    expect(found(detectSuperlatives, claim)).not.toEqual([])
  })
})
