import type {Root} from 'mdast'
import type {Plugin, Processor, Transformer} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {keepFailureStack, report} from '../util/report.js'

/** The rule a guard watches: its id (`unsupported-claim`) and its message `source` (`argmark`, or a kit's). */
export interface GuardedRule {
  readonly id: string
  readonly source: string
}

type Done = (error?: unknown) => void

/**
 * Wrap a lint rule plugin (a unified-lint-rule plugin: severity and options
 * in, a transformer out) so that nothing it does can break a lint:
 *
 * - a rule that throws (unified-lint-rule turns the error into a placeless
 *   message whose `cause` is the error, with its stack) gets one
 *   `internal-error` message naming the rule instead (`ruleFailure`), with
 *   no stack in it;
 * - a rule that has not finished when its transformer returns (it returned
 *   a promise or a thenable: rules run synchronously) gets an
 *   `internal-error` saying rules must be synchronous
 *   (`asynchronousRule`) in place of what it reported so far, and the lint
 *   goes on at once; what the rule does when it settles (a rejection, which
 *   unified-lint-rule's `trough` catches, or late messages, which are
 *   dropped) changes nothing.
 *
 * Returns the wrapped plugin; never throws while transforming.
 */
export function guardRule(plugin: Plugin<[unknown], Root>, rule: GuardedRule): Plugin<[unknown], Root> {
  return function (this: Processor, config: unknown) {
    const transformer = (plugin as (this: Processor, config: unknown) => Transformer<Root> | undefined).call(this, config)
    if (typeof transformer !== 'function') return transformer
    return function (tree: Root, file: VFile, next: (error?: Error) => void): undefined {
      const before = new Set(file.messages)
      let finished = false
      let settled: Map<VFileMessage, Labels> | undefined
      const done: Done = (error) => {
        if (settled) {
          undoLateChanges(file, settled, rule)
          return
        }
        finished = true
        if (error !== undefined && error !== null) ruleFailure(file, rule, error)
      }
      try {
        const result: unknown = (transformer as (tree: Root, file: VFile, next: Done) => unknown).call(undefined, tree, file, done)
        // A transformer of another shape: a promise, or a value (its own `next` unused).
        if (!finished && transformer.length < 3) {
          if (isThenable(result)) result.then(() => done(), (error: unknown) => done(error))
          else done(result instanceof Error ? result : undefined)
        }
      } catch (error) {
        finished = true
        ruleFailure(file, rule, error)
      }
      if (finished) {
        replaceCrashes(file, before, rule)
      } else {
        // What it reported before its first `await` goes with the rest.
        file.messages = file.messages.filter((message) => before.has(message))
        asynchronousRule(file, rule)
        settled = new Map(file.messages.map((message) => [message, labels(message)]))
      }
      next()
    }
  }
}

/**
 * Report that `rule` threw `error` (its text and name in the reason; its
 * stack kept for `--debug`, see `failureStack`): an `internal-error`
 * without a place.
 */
export function ruleFailure(file: VFile, rule: GuardedRule, error: unknown): VFileMessage {
  const message = report(file, {
    ruleId: 'internal-error',
    place: undefined,
    reason: 'Unexpected failure in rule ' + ruleName(rule) + ' (' + String(error) + '), expected a rule that does not throw; ' + whomToTell(rule)
  })
  // Only an error's stack: a string thrown is no stack.
  if (error instanceof Error) keepFailureStack(message, error)
  return message
}

/** Report that `rule` did not finish synchronously: an `internal-error` without a place. */
export function asynchronousRule(file: VFile, rule: GuardedRule): VFileMessage {
  return report(file, {
    ruleId: 'internal-error',
    place: undefined,
    reason:
      'Unexpected rule ' + ruleName(rule) + ' that finishes asynchronously (it returned a promise), expected a rule that ' +
      'finishes before it returns: rules must be synchronous, so its messages are left out; ' + whomToTell(rule)
  })
}

// unified-lint-rule catches what a rule throws and adds it with `file.fail`:
// a message with the error as `cause` and no place. Each becomes `ruleFailure`.
function replaceCrashes(file: VFile, before: ReadonlySet<VFileMessage>, rule: GuardedRule): void {
  const crashes = file.messages.filter((message) => !before.has(message) && message.cause !== undefined && message.line === undefined && message.ruleId === rule.id)
  if (crashes.length === 0) return
  file.messages = file.messages.filter((message) => !crashes.includes(message))
  for (const crash of crashes) ruleFailure(file, rule, crash.cause)
}

// What a message says of its rule: unified-lint-rule sets it on every
// message added since the rule started, when the rule settles.
interface Labels {
  readonly ruleId: string | undefined
  readonly source: string | undefined
  readonly fatal: boolean | null | undefined
  readonly url: string | undefined
}

function labels(message: VFileMessage): Labels {
  return {ruleId: message.ruleId, source: message.source, fatal: message.fatal, url: message.url}
}

// When an asynchronous rule settles after the lint went on, unified-lint-rule
// labels every message added since it started as the rule's (the later
// rules' and the `internal-error` too) and adds its failure: the labels are
// put back, and what the rule added late is left out.
function undoLateChanges(file: VFile, settled: ReadonlyMap<VFileMessage, Labels>, rule: GuardedRule): void {
  file.messages = file.messages.filter((message) => settled.has(message) || message.ruleId !== rule.id || message.source !== rule.source)
  for (const message of file.messages) {
    const before = settled.get(message)
    if (before) Object.assign(message, before)
  }
}

function ruleName(rule: GuardedRule): string {
  return '`' + (rule.source === 'argmark' ? rule.id : rule.source + ':' + rule.id) + '`'
}

function whomToTell(rule: GuardedRule): string {
  return rule.source === 'argmark' ? 'please report this document' : 'please report this document to the authors of the `' + rule.source + '` rules'
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as {then?: unknown}).then === 'function'
}
