import {describe, expect, test} from 'vitest'
import {lintFor, places} from './lint-helpers.js'

const rule = 'orphan-evidence'

describe(rule, () => {
  test('evidence that supports, attacks or qualifies a node passes', () => {
    const document = [
      ':claim[A]{#a} [@x, p. 1].',
      ':evidence[E1]{#e1 type=example supports=a}',
      ':evidence[E2]{#e2 type=example attacks=a}',
      ':evidence[E3]{#e3 type=example qualifies=a}'
    ].join('\n\n')
    expect(lintFor(rule, document)).toEqual([])
  })

  test('evidence that names nothing is reported at its id', () => {
    const messages = lintFor(rule, ':claim[A]{#a}\n\nSee :evidence[Few groups]{#few type=example}.\n')
    expect(places(messages)).toEqual(['3:27'])
    expect(messages[0]?.reason).toBe(
      'Unexpected evidence `few` that supports nothing, expected `supports=` with the id of the claim it backs'
    )
    expect(messages[0]?.fatal).toBe(false)
  })

  test('a container without an id is reported at its opening', () => {
    expect(places(lintFor(rule, ':::evidence{type=example}\nFew groups.\n:::\n'))).toEqual(['1:1'])
  })

  test('a relation to an unknown id is unknown-reference’s, not an orphan', () => {
    expect(lintFor(rule, ':evidence[E]{#e type=example supports=nowhere}')).toEqual([])
  })

  test('`kinds` checks other kinds too', () => {
    const document = ':claim[A]{#a} [@x, p. 1].\n'
    expect(lintFor(rule, document)).toEqual([])
    expect(places(lintFor(rule, document, {rules: {[rule]: ['error', {kinds: ['claim']}]}}))).toEqual(['1:11'])
  })

  test('a wrong option is reported under the rule and its default used', () => {
    const messages = lintFor(rule, ':evidence[E]{#e type=example}', {rules: {[rule]: ['warn', {kinds: 'claim', kind: []} as never]}})
    // Placed messages first, then those without a place.
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected evidence `e` that supports nothing, expected `supports=` with the id of the claim it backs',
      'Unexpected value `"claim"` for `kinds` for `orphan-evidence`, expected a list of names',
      'Unexpected option `kind` for `orphan-evidence`, expected `kinds` (did you mean `kinds`?)'
    ])
    expect(messages.map((message) => message.line)).toEqual([1, undefined, undefined])
  })
})
