import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 32 of the prose rules: vague attributions, superlatives and
// quotations that are glosses, names or a cited author's words continued.
// Each case is in our own wording; every row fails on the code before this
// round but the guards.

describe('hearsay with no one holding it', () => {
  test('a class with a standing objection: `have objected to`, `object to`', () => {
    expect(found(detectVagueAttributions, 'Grammarians have long objected to the split infinitive.')).toEqual(['Grammarians have long objected'])
    expect(found(detectVagueAttributions, 'Purists object to the new spelling.')).toEqual(['Purists object'])
  })

  test('a received description with how common it is: `is often described as`', () => {
    expect(found(detectVagueAttributions, 'The canal is often described as the most neglected in the county.')).toEqual(['is often described as'])
    expect(found(detectVagueAttributions, 'Bell-ringing is commonly portrayed as being in decline.')).toEqual(['is commonly portrayed as'])
  })

  test('a class disagreeing over an open question', () => {
    expect(found(detectVagueAttributions, 'Historians disagree about when the bridge was first built.')).toEqual(['Historians disagree'])
    expect(found(detectVagueAttributions, 'Botanists disagree over whether the two ferns are one species.')).toEqual(['Botanists disagree'])
  })

  test('impersonal hearsay with where it is heard: `It is said locally that`', () => {
    expect(found(detectVagueAttributions, 'It is said locally that the well never runs dry.')).toEqual(['It is said locally that'])
    expect(found(detectVagueAttributions, 'It was believed hereabouts that the bells could be heard at sea.')).toEqual(['It was believed hereabouts that'])
  })

  test('a class estimating, beside a name for a kind in quotes', () => {
    expect(count('vague-attribution', 'Planners estimate that half of the new estates are of this "car park with houses" type.')).toBe(1)
  })

  test('guard: a described thing with no commonness, a label taken up, an agent named, a past objection, a disagreement with a person', () => {
    expect(found(detectVagueAttributions, 'The route is described as a gentle walk in the leaflet.')).toEqual([])
    expect(found(detectVagueAttributions, 'Burnout is often described as an epidemic.')).toEqual([])
    expect(found(detectVagueAttributions, 'The scheme is often described as wasteful by the county council.')).toEqual([])
    expect(found(detectVagueAttributions, 'Three neighbours objected to the application.')).toEqual([])
    expect(found(detectVagueAttributions, 'Historians disagree about the new museum.')).toEqual([])
    expect(found(detectVagueAttributions, 'It is known locally as the Long Drop.')).toEqual([])
  })
})

describe('the officers of a body the writer examines', () => {
  test('`Officials told us`, after the text names the department examined', () => {
    expect(found(detectVagueAttributions, 'The ministry bought 400 laptops in 2022. Officials told us that half are still boxed.')).toEqual([])
  })

  test('guard: officials with no body named, a quantified class, officials telling someone else', () => {
    expect(found(detectVagueAttributions, 'Officials told us that the road would reopen in May.')).toEqual(['Officials told'])
    expect(found(detectVagueAttributions, 'The ministry bought 400 laptops. Some officials told us half are boxed.')).toEqual(['Some officials told'])
    expect(found(detectVagueAttributions, 'The ministry bought 400 laptops. Officials told reporters that half are boxed.')).toEqual(['Officials told'])
  })
})

describe('superlatives and absolutes claimed', () => {
  test('a comparative against any with a preposition between: `than on any`', () => {
    expect(found(detectSuperlatives, 'Yields were higher than on any earlier trial plot.')).toEqual(['higher than on any earlier'])
  })

  test('a ranking with its comparison class inside hearsay: `the most X of the Ys`', () => {
    expect(found(detectSuperlatives, 'It is often said that rowing is the most sociable of the water sports.')).toEqual(['the most sociable'])
  })

  test('none of a kind in the history of a domain', () => {
    expect(found(detectSuperlatives, 'No club in the history of the league has been relegated so often.')).toEqual(['No club in the history of the league'])
  })

  test('the last of a kind left in a land', () => {
    expect(found(detectSuperlatives, 'This is the last forge in the county still shoeing horses.')).toEqual(['is the last'])
  })

  test('guard: a hearsay superlative with no class, a place in an order', () => {
    expect(found(detectSuperlatives, 'It is often said that rowing is the most sociable.')).toEqual([])
    expect(found(detectSuperlatives, 'Ours is the last house in the street.')).toEqual([])
  })
})

describe('superlatives and absolutes that claim nothing of the world', () => {
  test('`with no other`: what one post has besides', () => {
    expect(found(detectSuperlatives, 'The trust will hire a warden with no other duties.')).toEqual([])
  })

  test('a farewell’s loss: `will never be so quiet again`', () => {
    expect(found(detectSuperlatives, 'Thank you, Priya — the office will never be so cheerful again.')).toEqual([])
  })

  test('no record kept of one occasion', () => {
    expect(found(detectSuperlatives, 'Stallholders said trade was brisk, though nobody kept exact figures.')).toEqual([])
  })

  test('one picked out of a set just named, `of which`', () => {
    expect(found(detectSuperlatives, 'The orchard holds 30 kinds of plum, the oldest of which was grafted in 1890.')).toEqual([])
  })

  test('one ranked within a record the paragraph names', () => {
    expect(found(detectSuperlatives, 'The Guild roll lists 900 looms across the valley. The oldest dated loom on the roll was built in 1702.')).toEqual([])
  })

  test('a claim a correction reports and withdraws', () => {
    expect(found(detectSuperlatives, 'Last week we said he built the longest pier in Kent. He did not; he built its pavilion.')).toEqual([])
  })

  test('`always` in a verbless aside to a past clause of a log', () => {
    expect(found(detectSuperlatives, 'Seals were hauled out on the skerry, always in ones and twos.')).toEqual([])
  })

  test('guard: `no other` as a claim, a forecast, a claim not withdrawn, a record not named, `always` with a verb, a class of them', () => {
    expect(found(detectSuperlatives, 'No other hall in the town has a sprung floor.')).toEqual(['No other'])
    expect(found(detectSuperlatives, 'Rubber crumb will never need replacing.')).toEqual(['never'])
    expect(found(detectSuperlatives, 'Last week we said he built the longest pier in Kent. He also built its pavilion.')).toEqual(['the longest'])
    expect(found(detectSuperlatives, 'The oldest dated loom on the roll was built in 1702.')).toEqual(['The oldest'])
    expect(found(detectSuperlatives, 'Seals are found on every skerry, always in ones and twos.')).toEqual(['every skerry', 'always'])
    expect(found(detectSuperlatives, 'Flu, measles and mumps spread fast, and measles is the deadliest of them.')).toEqual(['the deadliest'])
  })
})

describe('quotations that are no one’s words', () => {
  test('a gloss of a word’s sense in a usage note', () => {
    const text = "The looser sense 'wipe out almost entirely' is now the usual one."
    expect(count('quotation-without-citation', text)).toBe(0)
    expect(count('unattributed-quotation', text)).toBe(0)
  })

  test('an invented example in brackets after the use it shows', () => {
    const text = "*Frankly* as a linking adverb ('Frankly, the bus is never on time') still irritates some editors."
    expect(count('unattributed-quotation', text)).toBe(0)
  })

  test('a name for a kind, in quotes before a noun of kind', () => {
    expect(count('quotation-without-citation', 'Hartley calls most new stations examples of this "shed on a platform" style.')).toBe(0)
  })

  test('guard: a speaker’s words after a noun that is no gloss, a long quotation before `kind`', () => {
    expect(count('quotation-without-citation', 'The mayor gave her sense of the mood: "we are tired of waiting for the trains".')).toBe(1)
    expect(count('quotation-without-citation', 'Hartley said that "most of the stations built since the war are of the cheapest and ugliest" kind.')).toBe(1)
  })
})

describe('a cited author’s words continued', () => {
  test('the author a sentence cites, named as the speaker of the next sentence’s quotation with a verb of characterising', () => {
    const text = 'Allotments spread fast after 1918 (Okafor 2015, p. 40). Okafor calls them "the poor man\'s estate of the suburbs," and the phrase stuck.'
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('guard: another author named, or no citation before', () => {
    expect(count('quotation-without-citation', 'Allotments spread fast after 1918 (Okafor 2015, p. 40). Mensah calls them "the poor man\'s estate of the suburbs," and the phrase stuck.')).toBe(1)
    expect(count('quotation-without-citation', 'Allotments spread fast after 1918. Okafor calls them "the poor man\'s estate of the suburbs," and the phrase stuck.')).toBe(1)
  })
})
