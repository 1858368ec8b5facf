import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {count, found} from './prose-round-helpers.js'

// Round 63 of the prose rules, vague attribution and superlatives.
// Read anew: a word of age or standing between a crowd quantifier and a
// people or a community (`Many young Copts say`, `Most older Welsh farmers
// say`), a class as `Many Copts say` is; a likeness of two things in the
// impersonal passive with `a` (`is often described as a cross between`, `a
// blend of`), a comparison lent to no one, while a label with `a` (`is often
// described as an epidemic`) stays unread; a grumble with its `that` clause
// (`Older members grumble that`), a complaint as `complain` is.
// Quotations: a stock simile or lament, the whole quotation (`‘dry as a
// bone’`, `‘isn't what it was’`), an idiom, no one's words; the vague source
// before it is then this rule's finding.
// Superlatives: a rank after an ordinal and a possessive, with a hyphen
// (`Africa's second-largest producer`, `the world's third-biggest`), as
// `Africa's largest producer` is.
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): number => count('unsupported-superlative', text)
const both = (text: string): number[] => [count('unattributed-quotation', text), count('quotation-without-citation', text)]

describe('a word of age or standing between a crowd quantifier and a people', () => {
  test('`Many young Maronites say`', () => {
    expect(vague('Many young Maronites say the Sunday sermon is too long.')).toEqual(['Many young Maronites say'])
  })

  test('`Most older Danes believe`', () => {
    expect(vague('Most older Danes believe that the krone should stay.')).toEqual(['Most older Danes believe'])
  })

  test('`Some elderly Welsh farmers say`', () => {
    expect(vague('Some elderly Welsh farmers say the hill grants came too late.')).toEqual(['Some elderly Welsh farmers say'])
  })

  test('guard: a company after the word of age names a body', () => {
    expect(vague('Many young Google engineers say the campus is too far out.')).toEqual([])
  })

  test('guard: the class as the object of a clause', () => {
    expect(vague('The parish says many young Maronites attend on feast days.')).toEqual([])
  })
})

describe('a likeness of two things in the impersonal passive', () => {
  test('`is often described as a cross between`', () => {
    expect(vague('Bandy is often described as a cross between ice hockey and football.')).toEqual(['is often described as'])
  })

  test('`is usually described as a blend of`', () => {
    expect(vague('The island dialect is usually described as a blend of Norse and Scots.')).toEqual(['is usually described as'])
  })

  test('guard: a label with `an`', () => {
    expect(vague('Loneliness is often described as an epidemic.')).toEqual([])
  })

  test('guard: a likeness with its agent after it', () => {
    expect(vague('The dish is usually described as a mixture of two cuisines by the county guide.')).toEqual([])
  })
})

describe('a rank after an ordinal and a possessive, with a hyphen', () => {
  test('`Africa\'s second-largest producer`', () => {
    expect(superlatives('Ghana is Africa\'s second-largest producer of cocoa beans.')).toBe(1)
  })

  test('`the world\'s third-biggest exporter`', () => {
    expect(superlatives('Vietnam is now the world\'s third-biggest exporter of rice.')).toBe(1)
  })

  test('guard: `Africa\'s largest` stays', () => {
    expect(superlatives('Nigeria is Africa\'s largest producer of yams.')).toBe(1)
  })

  test('guard: a hedged rank', () => {
    expect(superlatives('Ghana is one of Africa\'s largest producers of cocoa beans.')).toBe(0)
  })
})

describe('a grumble with its clause', () => {
  test('`Older members grumble that`', () => {
    expect(vague('Older members grumble that the bar closes too early now.')).toEqual(['Older members grumble'])
  })

  test('`Regulars moaned that`', () => {
    expect(vague('Regulars moaned that the new beer was too cold.')).toEqual(['Regulars moaned'])
  })

  test('guard: a grumble with no clause', () => {
    expect(vague('The walkers grumbled all the way back to the car park.')).toEqual([])
  })
})

describe('a stock simile or lament in quotes', () => {
  test('`‘flat as a pancake’` after a class', () => {
    expect(both('Walkers on the coast path say the new section is \'flat as a pancake\' after the cliff fall.')).toEqual([0, 0])
  })

  test('`‘isn\'t what it was’` after a named speaker', () => {
    expect(both('The landlord, Tom Hale, says the village fair \'isn\'t what it was\' since the field was sold.')).toEqual([0, 0])
  })

  test('the class before a simile is vague', () => {
    expect(count('vague-attribution', 'Fishermen on the east coast say the harbour is now \'dry as a bone\' at low tide.')).toBe(1)
  })

  test('guard: a comparison that is no stock simile stays a quotation', () => {
    expect(both('Walkers on the coast path say the new section is \'as steep as the old quarry road\' after the fall.')).toEqual([1, 0])
  })
})
