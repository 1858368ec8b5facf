import {describe, expect, test} from 'vitest'
import {lintFor, places} from './lint-helpers.js'

const rule = 'unsupported-recommendation'

describe(rule, () => {
  test('a recommendation a claim (or another node) supports passes', () => {
    expect(lintFor(rule, ':claim[A]{#a supports=r} [@x, p. 1].\n\n:recommendation[Act]{#r}\n')).toEqual([])
    expect(lintFor(rule, ':recommendation[Act]{#r}\n\n:recommendation[Act now]{#s supports=r}\n\n:claim[A]{#a supports=s}\n')).toEqual([])
  })

  test('a recommendation nothing supports is reported at its id, even with a citation', () => {
    const messages = lintFor(rule, 'We suggest :recommendation[a coalition]{#coalition} [@x, p. 9].\n')
    expect(places(messages)).toEqual(['1:41'])
    expect(messages[0]?.reason).toBe(
      'Unexpected recommendation `coalition` that no claim supports, expected a claim with `supports=coalition`'
    )
    expect(messages[0]?.fatal).toBe(false)
  })

  test('a container recommendation without an id is reported at its opening', () => {
    expect(places(lintFor(rule, 'Text.\n\n:::recommendation\nAct.\n:::\n'))).toEqual(['3:1'])
  })

  test('`kinds` chooses the kinds', () => {
    expect(lintFor(rule, ':recommendation[Act]{#r}', {rules: {[rule]: ['warn', {kinds: ['claim']}]}})).toEqual([])
  })
})
