import {describe, expect, test} from 'vitest'
import {count, found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
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

describe('superlatives: limits a rule sets, dated subjects; the best means we have, none can match, a change ranked, a record over years', () => {
  test('a superlative naming a limit a rule or the writer\'s policy sets, then its figure', () => {
    expect(found(detectSuperlatives, 'Our starter loan is fixed, and the most you can borrow in the first year is £800.')).toEqual([])
    expect(found(detectSuperlatives, 'The earliest age at which the rules permit a junior licence is 12.')).toEqual([])
  })

  test('guard: a ranking with no permission and figure stays a claim', () => {
    expect(found(detectSuperlatives, 'Our starter loan is the cheapest you can find in the county.')).toEqual(['the cheapest'])
  })

  test('a superlative subject picked out to give its date, with a longer qualifier', () => {
    expect(found(detectSuperlatives, 'The oldest lantern still lit on the pier dates from 1890.')).toEqual([])
  })

  test('`the best means we have to …` ranks every means there is, not the writer\'s holdings', () => {
    expect(found(detectSuperlatives, 'A vaccine is the cheapest tool we have to stop the outbreak.')).toEqual(['the cheapest'])
  })

  test('guard: `the oldest we have in the store` ranks within the writer\'s holdings', () => {
    expect(found(detectSuperlatives, 'The oldest we have in the store is a clock from 1820.')).toEqual([])
  })

  test('none of a kind can match it, mid-sentence', () => {
    expect(found(detectSuperlatives, 'The glaze has a depth that no spray finish can match.')).toEqual(['no spray finish can match'])
    expect(found(detectSuperlatives, 'It keeps an edge for years in a way nothing else could rival.')).toEqual(['nothing else could rival'])
  })

  test('a change ranked by its degree: `rose most steeply`', () => {
    expect(found(detectSuperlatives, 'Rents rose most steeply in the coastal towns.')).toEqual(['rose most steeply'])
  })

  test('guard: `most` as a quantity after the verb ranks nothing', () => {
    expect(found(detectSuperlatives, 'Rents rose in most coastal towns.')).toEqual([])
  })

  test('a superlative set against a stretch of past years is a record claim, even of a thing the sentence before named', () => {
    expect(found(detectSuperlatives, 'The swifts returned early this spring. It was the biggest swift flock the village has seen in a decade.')).toEqual(['the biggest'])
  })
})
