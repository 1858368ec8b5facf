import type {VFileMessage} from 'vfile-message'

/** Messages by line, then column (both 1-based); messages without a place last. Stable. */
export function sortMessages(messages: readonly VFileMessage[]): VFileMessage[] {
  return [...messages].sort((a, b) => {
    const lineA = a.line ?? Number.POSITIVE_INFINITY
    const lineB = b.line ?? Number.POSITIVE_INFINITY
    if (lineA !== lineB) return lineA - lineB
    return (a.column ?? 0) - (b.column ?? 0)
  })
}
