import {describe, expect, test} from 'vitest'
import {found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'

// Round 20 of the prose rules (vague attributions and superlatives), by
// kind. Each case is in our own wording; every row fails on the code before
// this round but the named guards.

describe('vague sources: a whole class placed in a longer setting; a direction passed on', () => {
  test('`Everyone in` a place of several words `says` lends a claim to a whole class', () => {
    expect(found(detectVagueAttributions, 'Everyone in the local walking groups says the coast path is safe in winter.')).toEqual(['Everyone in the local walking groups says'])
  })

  test('guard: `Everyone on` a place of one word `says` stays vague (it passes before this round too)', () => {
    expect(found(detectVagueAttributions, 'Everyone on the allotments says slugs hate copper tape.')).toEqual(['Everyone on the allotments says'])
  })

  test('a direction passed on with `has been told that` and a modal of permission or duty is an order, not a claim', () => {
    expect(found(detectVagueAttributions, 'The haulier has been told that no lorries may use the lane after dark.')).toEqual([])
    expect(found(detectVagueAttributions, 'Stallholders were told that the market must close by six.')).toEqual([])
  })

  test('guard: `has been told that` and a plain claim stays vague (it passes before this round too)', () => {
    expect(found(detectVagueAttributions, 'The haulier has been told that the lane is the busiest in the county.')).toEqual(['has been told that'])
  })
})

describe('superlatives: how often someone said a thing', () => {
  test('`always said` tells a habit of speech, not a universal', () => {
    expect(found(detectSuperlatives, 'My grandfather always said, "mend the roof while the sun is shining." We took his advice this spring.')).toEqual([])
    expect(found(detectSuperlatives, 'Our old neighbour always told us the river would rise by March.')).toEqual([])
  })

  test('guard: `always` before another verb stays an absolute', () => {
    expect(found(detectSuperlatives, 'The river always rises by March.')).toEqual(['always'])
  })
})

describe('superlatives: a routine on each one; the reference of a multiple; an outcome to expect', () => {
  test('`Every` item of one’s stock in a passive routine before or after a step is the writer’s own practice', () => {
    expect(found(detectSuperlatives, 'Every bicycle is serviced and test-ridden before hiring. Helmets are extra.')).toEqual([])
  })

  test('guard: `Every` and a passive with no step of a routine stays a universal', () => {
    expect(found(detectSuperlatives, 'Every bicycle in the city is stolen within a year.')).toEqual(['Every bicycle'])
  })

  test('a superlative as the reference of a multiple (`twice the distance of the best`) picks out one of those compared', () => {
    expect(found(detectSuperlatives, 'In the trial one cheap lamp gave half the light of the brightest at dusk.')).toEqual([])
  })

  test('guard: `the best` as a plain ranking stays a claim', () => {
    expect(found(detectSuperlatives, 'Our lamp gave the brightest light at dusk.')).toEqual(['the brightest'])
  })

  test('`should never need` is an outcome to expect, claimed absolutely, not advice', () => {
    expect(found(detectSuperlatives, 'A roof laid on this membrane should never need a repair.')).toEqual(['never'])
  })

  test('guard: `should never` and a verb of doing stays advice (it passes before this round too)', () => {
    expect(found(detectSuperlatives, 'You should never climb a wet roof.')).toEqual([])
  })

  test('a standard named by its number closing the sentence (`…, as BS 4142 notes`) is the source of the ranking in it', () => {
    expect(found(detectSuperlatives, 'Glare is worst where the lamps face the road at a low angle, as EN 13201 notes.')).toEqual([])
  })

  test('guard: a ranking with no source named stays a claim', () => {
    expect(found(detectSuperlatives, 'Glare is worst where the lamps face the road at a low angle.')).toEqual(['is worst'])
  })
})
