/**
 * Where a document and its formatted text first differ (for `format --check`).
 * One pass over each text, so linear in the document.
 */

/**
 * The first difference: `line` and `column` are 1-based and point into the
 * document as written; the column counts UTF-16 code units, as unist points
 * do. `reason` is remark-lint's shape, `unexpected X, expected Y`.
 */
export interface FormatDifference {
  line: number
  column: number
  reason: string
}

/** Longest text (in code points) a reason shows of a line; longer lines are clipped with `…`. */
const maxWidth = 60

/**
 * Compare a document (`before`) with `format`'s output for it (`after`);
 * `undefined` when they are equal. X and Y are the differing lines as code,
 * `a blank line`, or `end of file`; where only line breaks differ (the
 * lines are equal), the text from the difference on, with breaks written `\n`.
 */
export function formatDifference(before: string, after: string): FormatDifference | undefined {
  if (before === after) return undefined
  let index = 0
  while (index < before.length && index < after.length && before.charCodeAt(index) === after.charCodeAt(index)) index++
  // Both texts agree up to `index`, so the line starts at the same offset in each
  // (`lastIndexOf` with -1 would still look at offset 0: a leading blank line).
  const lineStart = index === 0 ? 0 : before.lastIndexOf('\n', index - 1) + 1
  let line = 1
  for (let at = before.indexOf('\n'); at !== -1 && at < lineStart; at = before.indexOf('\n', at + 1)) line++
  const actual = shownLine(before, lineStart)
  const expected = shownLine(after, lineStart)
  const reason =
    actual === expected
      ? // Twice the width in UTF-16 units: enough code points to clip, and a pair cut at the end is clipped off.
        'unexpected ' + shown(before.slice(index, index + 2 * maxWidth)) + ', expected ' + shown(after.slice(index, index + 2 * maxWidth))
      : 'unexpected ' + actual + ', expected ' + expected
  return {line, column: index - lineStart + 1, reason}
}

/** The line of `text` that starts at `start`, as a reason shows it. */
function shownLine(text: string, start: number): string {
  if (start >= text.length) return 'end of file'
  const end = text.indexOf('\n', start)
  const line = text.slice(start, end === -1 ? text.length : end)
  return line === '' ? 'a blank line' : shown(line)
}

/** Text as code: breaks and tabs escaped, clipped by code points (an emoji is not cut in half); `end of file` when empty. */
function shown(text: string): string {
  if (text === '') return 'end of file'
  const escaped = text.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r').replaceAll('\t', '\\t')
  const points = Array.from(escaped)
  return '`' + (points.length > maxWidth ? points.slice(0, maxWidth - 1).join('') + '…' : escaped) + '`'
}
