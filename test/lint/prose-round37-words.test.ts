import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 37 of the prose rules. Superlatives and absolutes claimed without
// `the … -est`: a field-leading compound (`industry-leading`), none of a
// kind doing a thing yet (`no Baltic port yet runs`), nothing of a kind of
// remedy or stock existing (`there is no reliable cure`), a first across a
// domain (`the first time … has been installed anywhere in the county`),
// `every` before a name that opens on a digit (`Every 4K screen`), and a
// ranking within someone's experience bounded by a land (`they have coached
// in Ireland`). Not claims: thanks to every volunteer (gratitude), `rather
// than any` (a contrast, no comparison with all), `at their fullest` (an
// idiom), `The only outstanding item` on the writer's own list of work.
// Vague sources: an impersonal passive with an adverb of habit (`are
// usually said to`) or said again and again (`It has been claimed
// repeatedly … that`), an assumption the writer only declines to rely on,
// and a class's view told as a habit beside the writer's own survey. Not
// vague: `found` after a count of things (a participle in a log), and the
// bare organisers of the one event a text reports. Quotations: words after
// a passive of regard with no agent, or inside a noun of argument's clause,
// are given to no one; an adverb of place after a class's head leaves it
// unnamed; a citation in a clause before `yet` does not cover words quoted
// past it. Each case is in our own wording; every row fails on the code
// before this round but the guards.

describe('superlatives and absolutes claimed without `the … -est`', () => {
  test('a field-leading compound', () => {
    expect(found(detectSuperlatives, 'Those yields are industry-leading for an orchard of this age.')).toEqual(['industry-leading'])
  })

  test('none of a kind doing it yet, and nothing of a kind of remedy existing', () => {
    expect(found(detectSuperlatives, 'Icebreakers are costly, and no Baltic port yet runs them all year.')).toEqual(['no Baltic port yet runs'])
    expect(found(detectSuperlatives, 'The blight spreads on boots, and there is no reliable cure for infected vines.')).toEqual(['there is no reliable cure'])
  })

  test('a first across a domain, and `every` before a name opening on a digit', () => {
    expect(found(detectSuperlatives, 'The valve was fitted in May. This is the first time remote shut-off has been installed anywhere in the county.')).toEqual([
      'the first time remote shut-off has been installed anywhere'
    ])
    expect(found(detectSuperlatives, 'Every 4K screen in the lab is reserved until June.')).toEqual(['Every 4K'])
  })

  test('a ranking within experience bounded by a land', () => {
    expect(found(detectSuperlatives, 'She is the strongest rower they have coached in Ireland.')).toEqual(['the strongest'])
  })

  test('guard: a rate by a digit, no evidence, an experience with no place', () => {
    expect(found(detectSuperlatives, 'Samples are taken every 3 weeks, and every 5th bag is weighed.')).toEqual([])
    expect(found(detectSuperlatives, 'There is no evidence of damage to the roof.')).toEqual([])
    expect(found(detectSuperlatives, 'It was the friendliest interview they have been through.')).toEqual([])
  })
})

describe('superlatives and absolutes that claim nothing', () => {
  test('thanks to every volunteer, a contrast with `rather than any`', () => {
    expect(found(detectSuperlatives, 'Thanks to every steward who stayed late on Saturday.')).toEqual([])
    expect(found(detectSuperlatives, 'The dip came from the wet spring rather than any change in feed.')).toEqual([])
  })

  test('`at their fullest`, and the only item left on the writer’s own list', () => {
    expect(found(detectSuperlatives, 'The meadows were photographed in June, when the grasses are at their fullest.')).toEqual([])
    expect(found(detectSuperlatives, 'Snagging on the ward finished on Friday. The only outstanding item is a loose handrail in bay 3.')).toEqual([])
  })

  test('guard: the only crossing, a comparison with all', () => {
    expect(found(detectSuperlatives, 'The bridge is the only crossing for miles.')).toEqual(['the only'])
    expect(found(detectSuperlatives, 'Sales grew faster than any other branch.')).toEqual(['faster than any other'])
  })
})

describe('vague sources', () => {
  test('impersonal passives: an adverb of habit, said again and again', () => {
    expect(found(detectVagueAttributions, 'Barn owls are usually said to avoid the valley in winter.')).toEqual(['are usually said to'])
    expect(found(detectVagueAttributions, 'It has been claimed repeatedly during the hearing that the road is unsafe.')).toEqual([
      'It has been claimed repeatedly during the hearing that'
    ])
  })

  test('an assumption the writer only declines to rely on', () => {
    expect(found(detectVagueAttributions, 'Growers generally assume that yields recover after a dry year, but we would not count on it.')).toEqual(['Growers generally assume'])
  })

  test('a class’s view told as a habit, beside the writer’s own survey', () => {
    const text = 'Our tenant survey found that most homes are warm enough [@survey2025]. Tenants regularly tell us that the lifts are the real problem.'
    expect(count('vague-attribution', text)).toBe(1)
  })

  test('not vague: `found` after a count of things, the organisers of the one event', () => {
    expect(found(detectVagueAttributions, 'Three faults found at the first inspection remain open.')).toEqual([])
    expect(found(detectVagueAttributions, 'Pressure test on the main; no leaks found. The crew left at noon.')).toEqual([])
    expect(found(detectVagueAttributions, 'The fair ran a crèche this year. Organisers estimate that a fifth of families used it.')).toEqual([])
  })

  test('guard: a belief answered, organisers of many events, researchers finding', () => {
    expect(found(detectVagueAttributions, 'Walkers often assume that the gate is locked, but the reverse is true.')).toEqual([])
    expect(found(detectVagueAttributions, 'Turnout fell at almost every match in the county. Organisers say that hire costs are to blame.')).toEqual(['Organisers say'])
    expect(found(detectVagueAttributions, 'Researchers found that the rate rose.')).toEqual(['Researchers found'])
  })
})

describe('who a quotation is given to', () => {
  test('a passive of regard with no agent: no one', () => {
    const text = 'The ballet was seldom revived, and in Vienna it was remembered, if at all, as "a brave mistake of a score".'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('a class with an adverb of place after its head: unnamed', () => {
    const text = 'Listeners there called it "the warmest Brahms cycle in a decade".'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('a citation before `yet` does not cover the words of an argument past it', () => {
    const text = 'The essay leans on Marsh [@marsh2019] throughout, yet ignores the claim that village choirs "sang for the gallery, not the pew".'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('guard: a named agent of the passive, a possessed argument, a citation in the quotation’s clause', () => {
    expect(count('quotation-without-citation', 'The ballet was described by Anna Lind as "a brave mistake of a score".')).toBe(1)
    expect(count('unattributed-quotation', 'The essay notes Marsh’s argument that village choirs "sang for the gallery, not the pew".')).toBe(0)
    expect(count('unattributed-quotation', 'The essay leans on Marsh throughout, yet ignores the claim that village choirs "sang for the gallery, not the pew" [@marsh2019].')).toBe(0)
  })
})
