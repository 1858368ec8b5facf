import type {VFileMessage} from 'vfile-message'
import type {LintOptions} from '../../src/index.js'
import {lint} from '../../src/index.js'

/** The messages `lint` gives for one rule, with the rule on as a warning unless `options` say otherwise. */
export function lintFor(ruleId: string, document: string, options?: LintOptions): VFileMessage[] {
  const settings: LintOptions = options ?? {rules: {[ruleId]: 'warn'}}
  return lint(document, settings).filter((message) => message.ruleId === ruleId)
}

/** `line:column` of each message, for position assertions. */
export function places(messages: readonly VFileMessage[]): string[] {
  return messages.map((message) => String(message.line) + ':' + String(message.column))
}
