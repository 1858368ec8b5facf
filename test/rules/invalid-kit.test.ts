import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import {describe, expect, test} from 'vitest'
import type {LintRulePlugin} from '../../src/index.js'
import {check, defaultKit, defineGraphRule, lint} from '../../src/index.js'

// A kit module that cannot be loaded is tested through the commands and the
// language server (test/cli/kit.test.ts, test/cli/language-server.test.ts).
describe('invalid-kit', () => {
  test('a kit rule without a `source:rule-id` origin, or with an id already taken, is left out with an error', () => {
    const kit = defaultKit.extend({
      kinds: {},
      rules: [lintRule<Root>('plain', () => {}) as LintRulePlugin, defineGraphRule({id: 'orphan-evidence', check() {}})]
    })
    const messages = check(':claim[A]{#a}', {kit})
    expect(messages.map((message) => [message.ruleId, message.fatal, message.line, message.reason])).toEqual([
      [
        'invalid-kit',
        true,
        undefined,
        "Unexpected kit rule named `plain`, expected a unified-lint-rule made with `{origin: 'source:rule-id'}` (or `defineGraphRule`), `rule-id` lowercase words joined by `-`"
      ],
      ['invalid-kit', true, undefined, "Unexpected kit rule `orphan-evidence` with the id of one of argmark's rules, expected an id of its own"]
    ])
    // argmark's own rule is still the one that runs.
    expect(lint(':evidence[E]{#e type=example}', {kit}).map((message) => message.reason)).toContain(
      'Unexpected evidence `e` that supports nothing, expected `supports=` with the id of the claim it backs'
    )
  })

  test('cannot be turned off: a kit that cannot be used always shows', () => {
    const kit = defaultKit.extend({kinds: {}, rules: [lintRule<Root>('plain', () => {}) as LintRulePlugin]})
    expect(check(':claim[A]{#a}', {kit, rules: {'invalid-kit': 'off'}}).map((message) => message.ruleId)).toEqual(['invalid-kit', 'invalid-rule-config'])
    expect(check('<!-- argmark-disable -->\n\n:claim[A]{#a}', {kit}).map((message) => message.ruleId)).toEqual(['invalid-kit'])
  })
})
