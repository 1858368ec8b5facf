import {describe, expect, test} from 'vitest'
import {lintFor, places} from './lint-helpers.js'

const rule = 'empty-factor-group'
const claim = ':::claim{#dearth thesis}\nLittle has been done.\n:::\n\n'

describe(rule, () => {
  test('a group with one backed factor passes', () => {
    const document = claim + [
      ':factor[Sensitivity]{#s explains=dearth group=issue}',
      ':factor[Scope]{#b explains=dearth group=issue}',
      ':evidence[An expert said so]{#x type=testimony supports=b}'
    ].join('\n\n')
    expect(lintFor(rule, document)).toEqual([])
  })

  test('a citation in a factor backs its group', () => {
    expect(lintFor(rule, claim + ':factor[Sensitivity]{#s explains=dearth group=issue} [@x, p. 2].\n')).toEqual([])
  })

  test('a group none of whose factors is backed is reported once, at the first factor’s group', () => {
    const document = claim + [
      ':factor[Networks are thin]{#thin explains=dearth group=network}',
      ':factor[Dialogue is regional]{#regional explains=dearth group=network}'
    ].join('\n\n')
    const messages = lintFor(rule, document)
    expect(places(messages)).toEqual(['5:50'])
    expect(messages[0]?.place).toMatchObject({start: {line: 5, column: 50}, end: {line: 5, column: 63}})
    expect(messages[0]?.reason).toBe(
      'Unexpected factor group `network` of `dearth` with nothing behind any of its factors, expected evidence, a supporting node or a citation for `thin` or `regional`'
    )
  })

  test('groups are per claim: the same name under two claims is two groups', () => {
    const document = [
      ':claim[A]{#a} [@x, p. 1].',
      ':claim[B]{#b} [@x, p. 1].',
      ':factor[F]{#f explains=a group=g} [@x, p. 1].',
      ':factor[G]{#g explains=b group=g}'
    ].join('\n\n')
    const messages = lintFor(rule, document)
    expect(places(messages)).toEqual(['7:26'])
    expect(messages[0]?.reason).toMatch(/^Unexpected factor group `g` of `b`/)
  })

  test('factors without a group, or explaining an unknown id, form no group', () => {
    expect(lintFor(rule, claim + ':factor[F]{#f explains=dearth}\n\n:factor[G]{#g explains=nowhere group=x}\n')).toEqual([])
  })

  test('`relations` chooses what ties a factor to its claim', () => {
    const document = claim + ':factor[F]{#f explains=dearth supports=dearth group=x}\n'
    expect(lintFor(rule, document, {rules: {[rule]: ['warn', {relations: ['qualifies']}]}})).toEqual([])
    expect(lintFor(rule, document, {rules: {[rule]: ['warn', {relations: ['supports']}]}})).toHaveLength(1)
  })
})
