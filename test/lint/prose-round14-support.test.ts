import {describe, expect, test} from 'vitest'
import {count, found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'

// Round 14 of the prose rules (quotations and their speakers, vague
// attributions, superlatives). Each case is paired with a twin on the other
// side, in our own wording; guard rows, which pass on the code before this
// round too, are named as guards.

/** The messages of the quotation and attribution rules a text gets: [unattributed, without citation, vague]. */
function messages(text: string): number[] {
  return [count('unattributed-quotation', text), count('quotation-without-citation', text), count('vague-attribution', text)]
}

describe('a crowd’s stock saying, and a crowd’s verdict in quotes', () => {
  test.each([
    // A crowd's habitual saying, the quotation the predicate of what it says: one finding, the vague source.
    ['Gardeners often say that a wet May is "worth a load of hay to the farmer", and they may be right.', [0, 0, 1]],
    ['Old sailors will tell you that a red sky is "a warning for the morning watch", though few check.', [0, 0, 1]],
    // A verdict of four words or more after a verb of calling and its object: someone's words, with no named speaker.
    ['Pundits have called the merger a "marriage of two tired old brands", which seems unfair.', [1, 0, 0]]
  ])('%s', (text, expected) => {
    expect(messages(text)).toEqual(expected)
  })

  test.each([
    // Guard: one occasion's words, in the past, stay a quotation with no named speaker.
    ['Several officials said that the plan was "a step too far for the treasury", and left.', [1, 0, 0]],
    // Guard: a short name given after `called the … a` stays a term, and names no claim.
    ['Locals have called the bridge a "white elephant" for years.', [0, 0, 0]]
  ])('guard: %s', (text, expected) => {
    expect(messages(text)).toEqual(expected)
  })
})

describe('a judgment’s words with its paragraph pinpoint', () => {
  test('a paragraph pinpoint in brackets in the quotation’s sentence is its citation', () => {
    const pinned = 'In Harrow Mills Ltd v Dean [2021] EWHC 88 (Ch), the court held that a fixture must be "attached to the land with some permanence" (para 41).'
    const bare = 'In Harrow Mills Ltd v Dean [2021] EWHC 88 (Ch), the court held that a fixture must be "attached to the land with some permanence".'
    expect(count('quotation-without-citation', pinned)).toBe(0)
    expect(count('quotation-without-citation', bare)).toBe(1)
  })
})

describe('impersonal sources, and reports that name no source', () => {
  test.each([
    // A belief with an adverb between the passive's parts; the same view held by a named body.
    ['Heat pumps are now thought to be the cheapest option.', 'Heat pumps are thought by Ofgem to be a cheap option.', 'are now thought to'],
    // A case made to a body by no one named; its maker named.
    ['It was put to the panel that rents had doubled.', 'The tenants put it to the panel that rents had doubled.', 'It was put to the panel that'],
    // An expected effect, with no one expecting it; a duty laid on people.
    ['The blight is expected to destroy most of the crop.', 'Members are expected to attend the spring meeting.', 'is expected to']
  ])('%s', (vague, other, words) => {
    expect(found(detectVagueAttributions, vague)).toEqual([words])
    expect(found(detectVagueAttributions, other)).toEqual([])
  })

  test.each([
    // A fault reported to a named body is an action; with no addressee, a report lent to no one.
    ['The leak has been reported to Harbour Rail under a reference number.', 'Similar leaks have been reported across the network.', 'have been reported'],
    // A figure's projected course and a schedule are projections and plans; an expected effect is a claim lent to no one.
    ['The ratio of nurses to patients is expected to fall to one in nine by 2035.', 'The new strain is expected to infect most of the herd.', 'is expected to'],
    ['Work on the bridge is expected to begin in March.', 'The new strain is expected to infect most of the herd.', 'is expected to']
  ])('%s', (other, vague, words) => {
    expect(found(detectVagueAttributions, other)).toEqual([])
    expect(found(detectVagueAttributions, vague)).toEqual([words])
  })
})

describe('superlatives and absolutes that claim, and ones that pick out or record nothing', () => {
  test.each([
    // `the ones most …` after a linking verb; hedged.
    ['Cheap hinges are the ones most likely to snap in frost.', 'the ones most likely', 'Cheap hinges are probably the ones most likely to snap in frost.'],
    // A superlative adverb after a passive; the other order is advice.
    ['The shortage is felt hardest in rural surgeries.', 'is felt hardest', 'Bluebells are best seen in early May.'],
    // None of any quantity does it; a quantity counted.
    ['No amount of varnish saves a rotten frame.', 'No amount of varnish saves', 'A small amount of varnish saves a frame.'],
    // A first since counting began; a first in the writer's own life.
    ['This is the first winter the lake has frozen since records began.', 'the first winter the lake has frozen since records began', 'My first winter here was cold.']
  ])('%s', (claim, words, other) => {
    expect(found(detectSuperlatives, claim)).toEqual([words])
    expect(found(detectSuperlatives, other)).toEqual([])
  })

  test.each([
    // `ever` after a relative pronoun or a conditional; after a plain subject it claims a record.
    ['Anyone who has ever kept bees knows the sound.', 'No beekeeper has ever kept a calmer hive.', 'No beekeeper has ever'],
    // The writer's own measured maximum; a maximum of the world.
    ['The highest level at our river gauge was 3.1 m on 4 March.', 'The highest level the river has reached was 3.1 m on 4 March.', 'The highest'],
    // A survey's most common answer; a claim of the most common cause.
    ['We asked our members what put them off. The most common answer was the cost.', 'The most common cause of fires is cooking.', 'The most common'],
    // An absolute in a case put to a body by no one named; the writer's own absolute.
    ['It was put to the board that the fall in fares was unprecedented.', 'The fall in fares was unprecedented.', 'unprecedented']
  ])('%s', (picked, claim, words) => {
    expect(found(detectSuperlatives, picked)).toEqual([])
    expect(found(detectSuperlatives, claim)).toEqual([words])
  })
})
