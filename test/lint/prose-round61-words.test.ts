import {describe, expect, test} from 'vitest'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 61 of the prose rules, superlatives and quotations.
// Superlatives, reported anew: `the first` opening an appositive after a
// comma, with its `to` clause (`…, the first keeper from the club to play for
// Wales`, `…, the first woman to run a haulage firm in the county`), the same
// claim as `was the first … to`. No longer reported: `remain the first
// Saturday of each month`, a date in the calendar's order.
// Quotations, read as a named speaker's (quotation-without-citation, no
// longer unattributed): the writer's own post alone after a verb that follows
// the quotation or after `in the words of` (`…,' said our warden.`, `in the
// words of our head gardener`). Read as no one's named (unattributed, no
// longer without citation): a class taken whole as the subject (`Every
// baker we met said`, `Each grower in the valley told us`).
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const superlatives = (text: string): string[] => found(detectSuperlatives, text)
const both = (text: string): number[] => [count('unattributed-quotation', text), count('quotation-without-citation', text)]

describe('`the first` opening an appositive with its `to` clause', () => {
  test('`, the first keeper from the club to play for Wales`', () => {
    expect(superlatives('Our goalkeeper, Ann Roe, was picked for the senior squad for the spring tour, the first keeper from the club to play for Wales.')).toEqual(['the first'])
  })

  test('`, the first woman to run a haulage firm in the county`', () => {
    expect(superlatives('The yard passes next year to his niece Carys, the first woman to run a haulage firm in the county.')).toEqual(['the first'])
  })

  test('`, the first apprentice from a post-2000 college to win the prize`', () => {
    expect(superlatives('Dev was named best joiner, the first apprentice from a post-2000 college to win the prize.')).toEqual(['the first'])
  })

  test('guard: a place in an order, no `to` clause', () => {
    expect(superlatives('We stopped at Leeds, the first stop on the tour.')).toEqual([])
  })

  test('guard: `the first …` as the subject after an opening phrase', () => {
    expect(superlatives('In June, the first hikers to reach the hut found snow on the roof.')).toEqual([])
  })

  test('guard: hedged in an aside', () => {
    expect(superlatives('The guild was, as far as we know, the first in Europe to publish a fee scale.')).toEqual([])
  })

  test('guard: `was the first … to` stays', () => {
    expect(superlatives('She was the first keeper from the club to play for Wales.')).toEqual(['was the first'])
  })
})

describe('`remain the first` and a date', () => {
  test('`remain the first Saturday of each month`', () => {
    expect(superlatives('Seed swap days remain the first Saturday of each month.')).toEqual([])
  })

  test('`remains the first Monday after Easter`', () => {
    expect(superlatives('The regatta remains the first Monday after Easter.')).toEqual([])
  })

  test('guard: `remains the first destination`', () => {
    expect(superlatives('The harbour remains the first destination for cruise ships in the region.')).toEqual(['remains the first destination'])
  })
})

describe("the writer's own post alone, after the quotation or after `in the words of`", () => {
  test("`…,' said our warden.`", () => {
    expect(both("'Keep the lids shut at all times, please, and the birds stay out,' said our warden.")).toEqual([0, 1])
  })

  test('`…, in the words of our senior nurse.`', () => {
    expect(both("Keep the tablets out of reach, 'as high as you can reach, not just higher than the sink', in the words of our senior nurse.")).toEqual([0, 1])
  })

  test('`In the words of our head gardener, "…"`', () => {
    expect(both('In the words of our head gardener, "water them at dusk, and never from above."')).toEqual([0, 1])
  })

  test('guard: a plural of our own people stays a class', () => {
    expect(both("'Keep the lids shut at all times, please, and the birds stay out,' said our regulars.")).toEqual([1, 0])
  })

  test('guard: the post with more after it is left as it was', () => {
    expect(both("'Keep the lids shut at all times, please, and the birds stay out,' said our warden in a note to members.")).toEqual([1, 0])
  })
})

describe('a class taken whole as the subject', () => {
  test('`Every baker we met said the same thing:`', () => {
    expect(both("Every baker we met said the same thing: 'the bread sells itself if it is fresh'.")).toEqual([1, 0])
  })

  test('`Each grower in the valley told us`', () => {
    expect(both("Each grower in the valley told us that 'the frost did more harm than the rain'.")).toEqual([1, 0])
  })

  test('`All the drivers we asked said`', () => {
    expect(both("All the drivers we asked said the new lanes were 'worse than the roadworks they replaced'.")).toEqual([1, 0])
  })

  test('guard: `Each of them` after two named people', () => {
    expect(both("Ann Roe and Tom Hale run the bakery. Each of them said: 'the bread sells itself if it is fresh'.")).toEqual([0, 1])
  })

  test('guard: `Every week` is a time, the owner named by role', () => {
    expect(both("Every week the owner says: 'the bread sells itself if it is fresh'.")).toEqual([0, 1])
  })
})
