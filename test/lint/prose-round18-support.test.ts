import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {count, found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'

// Round 18 of the prose rules (vague attributions, quotations and
// superlatives), by kind. Each case is in our own wording; every row fails
// on the code before this round but the named guards.

describe('quotations: a source after `according to`, a block quote no sentence introduces', () => {
  test('`according to` and a named person before a quotation name its speaker', () => {
    const text = 'The bridge reopened in May. According to the engineer, Mrs Rosa Vane, "the new bearings should last sixty years."'
    expect(count('unattributed-quotation', text)).toBe(0)
    expect(count('quotation-without-citation', text)).toBe(1)
  })

  test('guard: `according to` and one unnamed person leave the quotation unattributed (it passes before this round too)', () => {
    const text = 'The bridge reopened in May. According to one engineer, "the new bearings should last sixty years."'
    expect(count('unattributed-quotation', text)).toBe(1)
  })

  test('a block quote after a sentence with no speech verb and no colon has no named speaker', () => {
    const text = 'Copper kettles are still the cheapest to repair. Repair surveys suggest that half of all kettles are thrown away.\n\n> Nobody mends a kettle any more, and the tinkers have all gone.\n'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('guard: a sentence that leads into a block quote with a colon gives it to its subject (it passes before this round too)', () => {
    const text = 'Copper kettles are still the cheapest to repair. The guild secretary put it plainly:\n\n> Nobody mends a kettle any more, and the tinkers have all gone.\n'
    expect(count('quotation-without-citation', text)).toBe(1)
    expect(count('unattributed-quotation', text)).toBe(0)
  })

  test('the message on a block quote starts at its words, not at the `> ` marker', () => {
    const text = 'Kettles are often thrown away.\n\n> Nobody mends a kettle any more, and the tinkers have all gone.\n'
    const message = lint(text, {preset: 'strict'}).find((each) => each.ruleId === 'unattributed-quotation')
    const place = message?.place
    expect(place && 'start' in place ? place.start.offset : undefined).toBe(text.indexOf('Nobody'))
  })
})

describe('vague sources: an adverb between a quantifier for people and its verb', () => {
  test('`many now say` and `others often claim` lend a claim to part of a class', () => {
    expect(found(detectVagueAttributions, 'Most growers started on clay pots, and many now say plastic is kinder to roots.')).toEqual(['many now say'])
    expect(found(detectVagueAttributions, 'Some keep hens for eggs; others often claim they keep slugs down.')).toEqual(['others often claim'])
  })

  test('guard: `many now use` reports no one (it passes before this round too)', () => {
    expect(found(detectVagueAttributions, 'Most growers started on clay pots, and many now use plastic.')).toEqual([])
  })
})

describe('superlatives: a participle after `the worst`, none of a kind ever, unmatched since a time', () => {
  test('a superlative with a determiner before a participle ranks its noun; without one it is advice', () => {
    expect(found(detectSuperlatives, 'The worst flooded street is Mill Lane.')).toEqual(['The worst'])
    expect(found(detectSuperlatives, 'Tulips are best planted in November.')).toEqual([])
  })

  test('`no` a kind `ever` does something is an absolute; `no` a kind did something once is not', () => {
    expect(found(detectSuperlatives, 'No glued seam ever holds as well as a stitched one.')).toEqual(['No glued seam ever holds'])
    expect(found(detectSuperlatives, 'No glued seam held in the test.')).toEqual([])
  })

  test('a level not seen since a time is a record; a thing not seen since a day is a sighting missed', () => {
    expect(found(detectSuperlatives, 'The river rose 2 m overnight, a level not seen since the 1968 flood.')).toEqual(['a level not seen since'])
    expect(found(detectSuperlatives, 'The heron has not been seen since Tuesday.')).toEqual([])
  })
})

describe('superlatives that claim nothing absolute: exceptions stated, one of a count picked out', () => {
  test('`every` with its exceptions stated is all but a few counted; without them it is an absolute', () => {
    expect(found(detectSuperlatives, 'Water in the tank stayed clear in every sample but two.')).toEqual([])
    expect(found(detectSuperlatives, 'Water in the tank stayed clear in every sample.')).toEqual(['every sample'])
  })

  test('a superlative with no noun after a count picks one of them out by its measure; with a class it ranks', () => {
    expect(found(detectSuperlatives, 'The crew logged 14 landslips, the largest of about 300 tonnes, all on the north cutting.')).toEqual([])
    expect(found(detectSuperlatives, 'The crew logged 14 landslips, the largest in the county this decade.')).toEqual(['the largest'])
  })
})
