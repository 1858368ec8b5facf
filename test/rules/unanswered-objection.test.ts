import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {lintFor, places} from './lint-helpers.js'

const rule = 'unanswered-objection'
const claim = ':claim[Dialogue is regional]{#regional} [@x, p. 3].\n\n'

describe(rule, () => {
  test('an objection that a node attacks or qualifies passes', () => {
    const attacked = claim + ':objection[It restricts]{#o attacks=regional}\n\n:claim[Not only]{#r attacks=o} [@y, p. 1].\n'
    const qualified = claim + ':objection[It restricts]{#o attacks=regional}\n\n:claim[Sometimes]{#r qualifies=o} [@y, p. 1].\n'
    expect(lintFor(rule, attacked)).toEqual([])
    expect(lintFor(rule, qualified)).toEqual([])
  })

  test('an objection nothing answers is reported at its id', () => {
    const messages = lintFor(rule, claim + 'Critics: :objection[It restricts]{#critics attacks=regional}\n')
    expect(places(messages)).toEqual(['3:35'])
    expect(messages[0]?.reason).toBe(
      'Unexpected objection `critics` that nothing answers, expected a node with `attacks=critics` or `qualifies=critics`'
    )
  })

  test('evidence supporting the objection does not answer it', () => {
    const document = claim + ':objection[It restricts]{#o attacks=regional}\n\n:evidence[Cases]{#e type=example supports=o}\n'
    expect(lintFor(rule, document)).toHaveLength(1)
  })

  test('only in strict, as an error', () => {
    const document = claim + ':objection[It restricts]{#o attacks=regional}\n'
    expect(lint(document).filter((message) => message.ruleId === rule)).toEqual([])
    const [message] = lint(document, {preset: 'strict'}).filter((message) => message.ruleId === rule)
    expect(message?.fatal).toBe(true)
  })

  test('`relations` chooses what counts as an answer', () => {
    const document = claim + ':objection[It restricts]{#o attacks=regional}\n\n:claim[Sometimes]{#r qualifies=o} [@y, p. 1].\n'
    const messages = lintFor(rule, document, {rules: {[rule]: ['warn', {relations: ['attacks']}]}})
    expect(messages[0]?.reason).toBe('Unexpected objection `o` that nothing answers, expected a node with `attacks=o`')
  })
})
