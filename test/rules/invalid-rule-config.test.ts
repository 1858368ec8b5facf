import {describe, expect, test} from 'vitest'
import type {LintOptions} from '../../src/index.js'
import {check, lint} from '../../src/index.js'

const draft = ':claim[Little has been done]{#dearth}\n\n:evidence[Few groups]{#few type=example supports=dearth}\n'

/** The `invalid-rule-config` reasons for some settings (as JSON could give them: the types do not stop them). */
function problems(options: unknown): string[] {
  return lint(draft, options as LintOptions)
    .filter((message) => message.ruleId === 'invalid-rule-config')
    .map((message) => message.reason)
}

describe('invalid-rule-config', () => {
  test('an unknown preset or rule id, with the closest one', () => {
    expect(problems({preset: 'strcit', rules: {'unsuported-claim': 'warn'}})).toEqual([
      'Unexpected preset `strcit`, expected `core`, `recommended` or `strict` (did you mean `strict`?)',
      'Unexpected rule `unsuported-claim` in the settings, expected a rule id (did you mean `unsupported-claim`?)'
    ])
  })

  test('a severity that is none, options for a message raised while reading, rules that are not an object', () => {
    expect(problems({rules: {'orphan-evidence': 'loud', 'unknown-directive': ['warn', {a: 1}]}})).toEqual([
      'Unexpected severity `"loud"` for `orphan-evidence`, expected `off`, `warn` or `error` (or `[severity, options]`)',
      'Unexpected options for `unknown-directive`, expected a severity alone: messages raised while reading take no options'
    ])
    expect(problems({rules: 'all'})).toEqual(['Unexpected rules `all`, expected an object of rule ids and severities'])
    // A message raised while reading or after the rules takes no options: its reason offers none.
    expect(problems({rules: {'raw-html-dropped': 'loud'}})).toEqual([
      'Unexpected severity `"loud"` for `raw-html-dropped`, expected `off`, `warn` or `error`'
    ])
  })

  test('an error without a place; the preset’s settings stand in for what cannot be used', () => {
    const messages = lint(':claim[A]{#a}', {rules: {'unsupported-claim': 'loud'}} as unknown as LintOptions)
    const problem = messages.find((message) => message.ruleId === 'invalid-rule-config')
    expect([problem?.fatal, problem?.line, problem?.source]).toEqual([true, undefined, 'argmark'])
    expect(messages.map((message) => message.ruleId)).toContain('unsupported-claim')
  })

  test('cannot itself be configured or silenced', () => {
    expect(problems({rules: {'invalid-rule-config': 'off', bogus: 'off'}})).toEqual([
      'Unexpected rule `invalid-rule-config` in the settings, expected a rule id that can be configured',
      'Unexpected rule `bogus` in the settings, expected a rule id'
    ])
    const silenced = lint('<!-- argmark-disable -->\n\n' + draft, {rules: {bogus: 'off'}} as unknown as LintOptions)
    expect(silenced.map((message) => message.ruleId)).toEqual(['invalid-rule-config'])
  })

  test('check reads its settings the same way', () => {
    expect(check(draft, {rules: {bogus: 'off'}}).map((message) => message.reason)).toEqual([
      'Unexpected rule `bogus` in the settings, expected a rule id'
    ])
  })
})
