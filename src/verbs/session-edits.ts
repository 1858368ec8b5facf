/** One change to a session's text: `[start, end)` (0-based UTF-16 offsets into the text before it) becomes `text`. */
export interface SessionEdit {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Apply edits in order, each to the text the one before left. */
export function applyEdits(text: string, edits: readonly SessionEdit[]): string {
  let result = text
  for (const edit of edits) {
    const start = Math.max(0, Math.min(edit.start, result.length))
    const end = Math.max(start, Math.min(edit.end, result.length))
    result = result.slice(0, start) + edit.text + result.slice(end)
  }
  return result
}

/**
 * What one edit leaves of `text` on both sides (see `applyEdits`): the
 * length of the prefix and of the suffix it keeps.
 */
export function editBounds(text: string, edit: SessionEdit): {prefix: number; suffix: number} {
  const start = Math.max(0, Math.min(edit.start, text.length))
  const end = Math.max(start, Math.min(edit.end, text.length))
  return {prefix: start, suffix: text.length - end}
}
