import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {describe, expect, expectTypeOf, test} from 'vitest'
import type {GraphRuleContext, KitRuleEntry, LintRulePlugin} from '../../src/index.js'
import {check, defaultKit, defineGraphRule, defineKit, lint, parse, render} from '../../src/index.js'
import {catalogFor} from '../../src/lint/catalog.js'

// A rule made with the helper: a claim needs a `source` attribute.
const claimSource = defineGraphRule<{readonly kinds?: readonly string[]}>({
  id: 'sourcing:claim-source',
  url: 'https://example.org/claim-source',
  presets: {recommended: 'warn'},
  check(graph, report, options, context) {
    expectTypeOf(context).toEqualTypeOf<GraphRuleContext>()
    const kinds = new Set(options?.kinds ?? ['claim'])
    for (const node of graph.nodes) {
      if (kinds.has(node.kind) && node['source'] === undefined) {
        report(node, 'Unexpected claim `' + node.id + '` without `source`, expected `source=…`', ['source=unknown'])
      }
    }
  }
})

// A plain unified-lint-rule, in no preset unless the kit says so.
const noTodo = lintRule<Root>({origin: 'sourcing:no-todo', url: 'https://example.org/no-todo'}, (_tree, file) => {
  const at = String(file.value).indexOf('TODO')
  if (at !== -1) file.message('Unexpected `TODO`, expected finished prose', {place: location(file).toPoint(at)})
})

const {claim} = defaultKit.kinds
const kit = defaultKit.extend({
  kinds: {claim: {...claim, attributes: {...claim.attributes}}},
  rules: [claimSource, {rule: noTodo as LintRulePlugin, presets: {strict: 'error'}, family: 'prose'} satisfies KitRuleEntry]
})

const draft = ':claim[Aid follows need]{#aid}\n\nTODO: more.\n'

describe('rules a kit brings', () => {
  test('run in the presets the kit puts them in, with their source, url and fix', () => {
    expect(check(draft, {kit})).toEqual([])
    const recommended = lint(draft, {kit, rules: {'unsupported-claim': 'off'}})
    expect(recommended.map((message) => [message.ruleId, message.source, message.fatal, message.url, message.expected])).toEqual([
      ['claim-source', 'sourcing', false, 'https://example.org/claim-source', ['source=unknown']]
    ])
    // Placed at the node's `#id`, as argmark's graph rules place theirs.
    expect([recommended[0]?.line, recommended[0]?.column]).toEqual([1, 26])
    const strict = lint(draft, {kit, preset: 'strict', rules: {'unsupported-claim': 'off'}})
    expect(strict.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['claim-source', true],
      ['no-todo', true]
    ])
  })

  test('are set in `rules` like argmark’s own, with severities and options', () => {
    const messages = check(draft, {kit, rules: {'claim-source': 'error', 'no-todo': 'warn'}})
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['claim-source', true],
      ['no-todo', false]
    ])
    expect(check(draft, {kit, rules: {'claim-source': ['error', {kinds: ['factor']}]}})).toEqual([])
    // Without the kit, the id is unknown.
    expect(check(draft, {rules: {'claim-source': 'error'}}).map((message) => message.reason)).toEqual([
      'Unexpected rule `claim-source` in the settings, expected a rule id'
    ])
  })

  test('obey control comments', () => {
    const ignored = '<!-- argmark-ignore claim-source -->\n:claim[Aid follows need]{#aid}\n\nTODO: more.\n'
    expect(check(ignored, {kit, rules: {'claim-source': 'error', 'no-todo': 'error'}}).map((message) => message.ruleId)).toEqual(['no-todo'])
    const disabled = '<!-- argmark-disable -->\n\n' + draft
    expect(check(disabled, {kit, rules: {'claim-source': 'error', 'no-todo': 'error'}})).toEqual([])
  })

  test('run in render and in unified pipelines as in check', () => {
    const file = new VFile({value: draft})
    expect(render(file, {kit, rules: {'claim-source': 'error'}})).toBe('Aid follows need\n\nTODO: more.\n')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['claim-source'])
  })

  test('a rule that cannot be used is an `invalid-kit` message, never a throw', () => {
    const clash = defineGraphRule({id: 'duplicate-id', check() {}})
    const bare = lintRule<Root>('no-colon', () => {})
    const twice = defineGraphRule({id: 'other:claim-source', check() {}})
    const broken = defaultKit.extend({kinds: {}, rules: [clash, bare as LintRulePlugin, claimSource, twice]})
    expect(catalogFor(broken).problems).toEqual([
      "Unexpected kit rule `duplicate-id` with the id of one of argmark's rules, expected an id of its own",
      "Unexpected kit rule named `no-colon`, expected a unified-lint-rule made with `{origin: 'source:rule-id'}` (or `defineGraphRule`), `rule-id` lowercase words joined by `-`",
      'Unexpected kit rule `claim-source` with the id of another kit rule, expected an id of its own'
    ])
    const messages = check(':claim[A]{#a}', {kit: broken})
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['invalid-kit', true],
      ['invalid-kit', true],
      ['invalid-kit', true]
    ])
  })

  test('defineKit rejects a rule that is not a plugin', () => {
    expect(() => defineKit({kinds: {claim: {}}, rules: ['nope' as unknown as LintRulePlugin]})).toThrow(
      new TypeError("Unexpected rule `nope` in the kit, expected a unified-lint-rule plugin or `{rule, presets}`")
    )
  })

  test('kit.extend adds rules to the kit’s own, and a kit with rules still parses', () => {
    const more = kit.extend({kinds: {}, rules: [defineGraphRule({id: 'x:extra', check() {}})]})
    expect(more.rules).toHaveLength(3)
    expect(kit.rules).toHaveLength(2)
    expect(parse(draft, {kit: more}).graph.nodes.map((node) => node.id)).toEqual(['aid'])
  })

  test('a graph rule does nothing on a file without a graph', () => {
    const file = new VFile('x')
    claimSource([1] as never)?.({type: 'root', children: []}, file, () => {})
    expect(file.messages).toEqual([])
  })
})
