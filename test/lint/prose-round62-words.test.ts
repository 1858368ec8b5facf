import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {count, found} from './prose-round-helpers.js'

// Round 62 of the prose rules, vague attribution, superlatives and quotations.
// Read anew: a verdict in the perfect passive of naming (`has been called
// the best`, `have long been dubbed a folly`) and a view once held (`were
// once thought a luxury`), lent to no one as `is often called` is; a class
// of a people, a faith or a community after a crowd quantifier (`Many Deaf
// Christians say`, `Most Welsh farmers say`), a class as `Many Swedes say`
// is, no body named.
// Superlatives, no longer reported: `Nobody can yet say whether` (an
// admission that nobody knows, as `Nobody is yet sure whether` is), `No one
// was caught` (a count of none at the writer's own event, as `Nobody was
// hurt` is), `people who have never borrowed` (a group picked out by what its
// people never did, as `children who never speak up` is).
// Quotations: `he` or `she` standing for one helper no one names (`A
// volunteer at the court wrote to us … "…," she wrote.`): unattributed, no
// longer without citation.
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): number => count('unsupported-superlative', text)
const both = (text: string): number[] => [count('unattributed-quotation', text), count('quotation-without-citation', text)]

describe('a verdict in the perfect passive of naming', () => {
  test('`has been called the best`', () => {
    expect(vague('Norway has been called the best country in the world to watch the aurora from.')).toEqual(['has been called'])
  })

  test('`has been dubbed the greatest`', () => {
    expect(vague('The 1974 final has been dubbed the greatest match ever played at the ground.')).toEqual(['has been dubbed'])
  })

  test('`have long been described as a`', () => {
    expect(vague('The dunes have long been described as a natural sea wall for the village.')).toEqual(['have long been described as'])
  })

  test('guard: a word used, not a verdict', () => {
    expect(vague('Kale has been called a superfood so often that nobody hears it any more.')).toEqual([])
  })

  test('guard: `has been called off`', () => {
    expect(vague('The parade has been called off because of the storm.')).toEqual([])
  })
})

describe('a view once held', () => {
  test('`were once thought a luxury`', () => {
    expect(vague('Floodlights were once thought a luxury for village clubs; now most grounds have them.')).toEqual(['were once thought'])
  })

  test('`was once considered the`', () => {
    expect(vague('The mill was once considered the safest workplace in the valley.')).toEqual(['was once considered'])
  })

  test('`were formerly regarded as`', () => {
    expect(vague('Hedgehogs were formerly regarded as a pest on shooting estates.')).toEqual(['were formerly regarded as'])
  })

  test('guard: `was once` and a place', () => {
    expect(vague('The hall was once a grain store for the estate.')).toEqual([])
  })
})

describe('a class of a people, a faith or a community after a crowd quantifier', () => {
  test('`Many Deaf Christians say`', () => {
    expect(vague('Many Deaf Christians say they feel left out of ordinary services.')).toEqual(['Many Deaf Christians say'])
  })

  test('`Most Welsh farmers say`', () => {
    expect(vague('Most Welsh farmers say the new scheme pays too little for hedges.')).toEqual(['Most Welsh farmers say'])
  })

  test('`Some Kenyan runners believe`', () => {
    expect(vague('Some Kenyan runners believe that altitude matters less than diet.')).toEqual(['Some Kenyan runners believe'])
  })

  test('guard: a company before the plural names a body', () => {
    expect(vague('Some Google engineers say the tool is slower than the old one.')).toEqual([])
  })

  test('guard: `Many Swedes say` stays', () => {
    expect(vague('Many Swedes say they would pay more for rail travel.')).toEqual(['Many Swedes say'])
  })
})

describe('`Nobody can yet say`, `No one was caught`, `people who have never`', () => {
  test('`Nobody can yet say whether`', () => {
    expect(superlatives('Nobody can yet say whether the eel run will recover this decade.')).toBe(0)
  })

  test('`No one could tell why`', () => {
    expect(superlatives('The pump failed twice in May, and no one could tell why.')).toBe(0)
  })

  test('`No one was caught`', () => {
    expect(superlatives('A slab slid across the closed piste overnight. No one was caught.')).toBe(0)
  })

  test('`Nobody was trapped`', () => {
    expect(superlatives('The barn roof fell in during the storm. Nobody was trapped.')).toBe(0)
  })

  test('`people who have never borrowed`', () => {
    expect(superlatives('Rising rents now push people who have never borrowed into debt.')).toBe(0)
  })

  test('`guests who had never sailed`', () => {
    expect(superlatives('Half the places went to guests who had never sailed before.')).toBe(0)
  })

  test('guard: `Nobody can say` and a claim after it', () => {
    expect(superlatives('Nobody can say the ferry has been late this year.')).toBe(1)
  })

  test('guard: one person who has never', () => {
    expect(superlatives('Our keeper, who has never missed a home game, retires in May.')).toBe(1)
  })
})

describe('`she` standing for one helper no one names', () => {
  test('`A volunteer at the court wrote to us … she wrote`', () => {
    expect(both('A volunteer at the court wrote to us about a boy who would not go in. "We sat by the window and counted buses until he was ready to go through," she wrote.')).toEqual([1, 0])
  })

  test('`One steward told us … he said`', () => {
    expect(both('One steward told us about the final. "We had never seen a queue like that at the north gate," he said.')).toEqual([1, 0])
  })

  test('guard: a volunteer with her name', () => {
    expect(both('A volunteer, Ann Price, wrote to us about a boy who would not go in. "We sat by the window and counted buses until he was ready," she wrote.')).toEqual([0, 1])
  })
})
