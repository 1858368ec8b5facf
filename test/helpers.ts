import type {VFileMessage} from 'vfile-message'
import {check} from '../src/index.js'
import type {ArgmarkOptions} from '../src/index.js'

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
export function messagesFor(ruleId: string, document: string, options?: ArgmarkOptions): VFileMessage[] {
  return check(document, options).filter((message) => message.ruleId === ruleId)
}

/** Every message `check` gives, compactly. */
export function allMessages(document: string, options?: ArgmarkOptions): Seen[] {
  return check(document, options).map(seen)
}
