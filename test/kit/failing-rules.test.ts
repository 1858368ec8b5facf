import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, test} from 'vitest'
import type {LintRulePlugin} from '../../src/index.js'
import {check, createSession, defaultKit, defineGraphRule, lint, render} from '../../src/index.js'

// Kit rules that fail: they throw, or they finish asynchronously (rules run
// synchronously). Each is one `internal-error` naming the rule, without a
// place; the other rules' messages stay; nothing crashes later.

const draft = ':claim[Aid follows need]{#aid}\n'

function kitWith(check: Parameters<typeof defineGraphRule>[0]['check']) {
  return defaultKit.extend({kinds: {}, rules: [defineGraphRule({id: 'acme:fragile', url: 'https://example.org/fragile', presets: {core: 'error'}, check})]})
}

const throwing = kitWith(() => {
  throw new TypeError('kaboom in rule')
})
const rejecting = kitWith(async () => {
  await null
  throw new Error('async kaboom')
})
const resolving = kitWith(async (graph, report) => {
  await null
  report(graph.nodes[0], 'Unexpected late message, expected none')
})
// Reports before its first `await` (found tried as a new user would: the
// message stayed, without a rule id, source or url, and no setting silenced it).
const early = kitWith(async (graph, report) => {
  report(graph.nodes[0], 'Unexpected early message, expected none')
  await null
  report(graph.nodes[0], 'Unexpected late message, expected none')
})
// A plain unified-lint-rule that returns a promise that rejects.
const plainAsync = defaultKit.extend({
  kinds: {},
  rules: [
    {
      rule: lintRule<Root>({origin: 'acme:plain-async', url: 'https://example.org/plain-async'}, async () => {
        await null
        throw new Error('plain async kaboom')
      }) as LintRulePlugin,
      presets: {core: 'error'}
    }
  ]
})

const internal = (messages: readonly VFileMessage[]) => messages.filter((message) => message.ruleId === 'internal-error')

// Lets pending promises settle (an unhandled rejection fails the run).
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('a kit rule that throws', () => {
  test('is one internal-error naming the rule, without a place, the same through check and lint', () => {
    for (const messages of [check(draft, {kit: throwing}), lint(draft, {kit: throwing})]) {
      const failures = internal(messages)
      expect(failures).toHaveLength(1)
      const [failure] = failures
      expect(failure!.reason).toBe(
        'Unexpected failure in rule `acme:fragile` (TypeError: kaboom in rule), expected a rule that does not throw; ' +
          'please report this document to the authors of the `acme` rules'
      )
      expect(failure).toMatchObject({source: 'argmark', fatal: true, line: undefined, column: undefined, place: undefined})
      expect(String(failure)).toBe(failure!.reason)
      // No stack or cause for a reporter to print.
      expect(failure!.cause).toBeUndefined()
      expect(failure!.stack).toBe('')
      expect(messages.some((message) => message.ruleId === 'fragile')).toBe(false)
    }
    expect(lint(draft, {kit: throwing}).map((message) => message.ruleId)).toContain('unsupported-claim')
  })

  test('render and an editor session report it the same way', async () => {
    const file = new VFile(draft)
    expect(render(file, {kit: throwing})).toContain('Aid follows need')
    expect(internal(file.messages).map((message) => message.reason)).toEqual([expect.stringContaining('rule `acme:fragile` (TypeError: kaboom in rule)')])
    const session = createSession({kit: throwing})
    const messages = await session.update(draft)
    expect(internal(messages).map((message) => message.reason)).toEqual([expect.stringContaining('rule `acme:fragile` (TypeError: kaboom in rule)')])
  })
})

describe('a kit rule that finishes asynchronously', () => {
  const reason =
    'Unexpected rule `acme:fragile` that finishes asynchronously (it returned a promise), expected a rule that finishes before ' +
    'it returns: rules must be synchronous, so its messages are left out; please report this document to the authors of the `acme` rules'

  test('that rejects is one internal-error, and its rejection is caught', async () => {
    const checked = check(draft, {kit: rejecting})
    const linted = lint(draft, {kit: rejecting})
    await settle()
    for (const messages of [checked, linted]) {
      expect(internal(messages).map((message) => [message.reason, message.source, message.line])).toEqual([[reason, 'argmark', undefined]])
    }
    // The rule settling later relabels nothing and adds nothing.
    expect(linted.map((message) => message.ruleId)).toEqual(['unsupported-claim', 'internal-error'])
  })

  test('that resolves is an internal-error too, and what it reports late is left out', async () => {
    const messages = check(draft, {kit: resolving})
    expect(internal(messages).map((message) => message.reason)).toEqual([reason])
    const session = createSession({kit: resolving})
    const live = await session.update(draft)
    await settle()
    expect(messages.map((message) => message.ruleId)).toEqual(['internal-error'])
    // A session lints (`recommended`): the other rules' messages stay.
    expect(live.map((message) => message.ruleId)).toEqual(['unsupported-claim', 'internal-error'])
    expect((await session.update(draft + '\nMore.\n')).map((message) => message.ruleId)).toEqual(['unsupported-claim', 'internal-error'])
    await settle()
  })

  test('that reports before its first await has those messages left out too', async () => {
    const checked = check(draft, {kit: early})
    const linted = lint(draft, {kit: early})
    await settle()
    expect(checked.map((message) => [message.ruleId, message.reason])).toEqual([['internal-error', reason]])
    expect(linted.map((message) => message.ruleId)).toEqual(['unsupported-claim', 'internal-error'])
    expect(linted.every((message) => message.source === 'argmark')).toBe(true)
  })

  test('a plain unified-lint-rule that returns a promise is reported the same way, and the lint goes on', async () => {
    const messages = lint(draft, {kit: plainAsync})
    await settle()
    expect(messages.map((message) => [message.ruleId, message.source])).toEqual([
      ['unsupported-claim', 'argmark'],
      ['internal-error', 'argmark']
    ])
    expect(messages[1]!.reason).toContain('rule `acme:plain-async` that finishes asynchronously')
  })
})
