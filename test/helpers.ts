import type {VFileMessage} from 'vfile-message'
import {expect} from 'vitest'
import {check, format} from '../src/index.js'
import type {CheckOptions} from '../src/index.js'

/** A message as tests compare it: rule, place and reason. */
export interface Seen {
  ruleId: string | undefined
  line: number | undefined
  column: number | undefined
  reason: string
}

export function seen(message: VFileMessage): Seen {
  return {ruleId: message.ruleId, line: message.line, column: message.column, reason: message.reason}
}

/** The messages `check` gives for one rule. */
export function messagesFor(ruleId: string, document: string, options?: CheckOptions): VFileMessage[] {
  return check(document, options).filter((message) => message.ruleId === ruleId)
}

/** Every message `check` gives, compactly. */
export function allMessages(document: string, options?: CheckOptions): Seen[] {
  return check(document, options).map(seen)
}

/** No message says argmark failed inside: what every robustness test asserts first. */
export function internalErrors(messages: readonly VFileMessage[]): string[] {
  return messages.filter((message) => message.ruleId === 'internal-error').map((message) => message.reason)
}

/**
 * For each `[document, written]`: `format` writes `document` as `written`,
 * which reads as `document` does (`read`: what the test compares of a
 * reading) and is written the same again.
 */
export function expectFormatted(cases: ReadonlyArray<readonly [string, string]>, read: (document: string) => unknown): void {
  for (const [document, written] of cases) {
    expect(format(document), document).toBe(written)
    expect(read(written), document).toEqual(read(document))
    expect(format(written), document).toBe(written)
  }
}
