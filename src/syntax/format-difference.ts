import {toMarkdown} from 'mdast-util-to-markdown'
import {location} from 'vfile-location'
import {graphemes} from '../util/graphemes.js'

/**
 * Where a document and its formatted text first differ (`format`'s `check`, `argmark format --check`).
 * One pass over each text up to the difference and over the line it is in,
 * so linear in the document.
 */

/**
 * The first difference: `line` and `column` are 1-based and point into the
 * document as written; lines end at `\n`, `\r\n` or `\r` (as CommonMark and
 * vfile count them), and the column counts UTF-16 code units, as unist
 * points do. `reason` is remark-lint's shape, `Unexpected X, expected Y`.
 */
export interface FormatDifference {
  line: number
  column: number
  reason: string
}

/**
 * Longest text a reason shows of a line, in characters as a reader counts
 * them (extended grapheme clusters, UAX #29, by `graphemes`: an accent
 * stays with its letter, an emoji sequence is one); longer lines are clipped
 * with `…`.
 */
const maxWidth = 60
/** Code points shown before the difference when it lies past the width: the window then opens with `…`. */
const lead = 20
const byteOrderMark = '\uFEFF'

/**
 * Compare a document (`before`) with `format`'s output for it (`after`);
 * `undefined` when they are equal. X and Y are the differing line of each
 * as a code span, as written (a window around the difference when it lies
 * past 60 characters), `a blank line` (`a blank line of 3 spaces` when it
 * holds spaces or tabs), `end of file`, or `a byte order mark`; where the lines are equal and only their endings differ, the text
 * from the difference on, with `\n`, `\r`, `\t` and `\\` escaped.
 */
export function formatDifference(before: string, after: string): FormatDifference | undefined {
  if (before === after) return undefined
  let index = 0
  while (index < before.length && index < after.length && before.charCodeAt(index) === after.charCodeAt(index)) index++
  // A lone CR in one text where the other has a CRLF: the difference is that line ending, which starts at the CR.
  if (index > 0 && before.charCodeAt(index - 1) === 13 && (before.charCodeAt(index) === 10 || after.charCodeAt(index) === 10)) index--
  if (index === 0 && (before.startsWith(byteOrderMark) || after.startsWith(byteOrderMark))) {
    const mark = (text: string) => (text.startsWith(byteOrderMark) ? 'a byte order mark' : 'none')
    return {line: 1, column: 1, reason: 'Unexpected ' + mark(before) + ', expected ' + mark(after)}
  }
  // vfile-location counts lines as unist does (LF, CRLF, CR). Both texts agree up to `index`,
  // so the line starts at the same offset in each.
  const {line, column} = location(before).toPoint(index) ?? {line: 1, column: 1}
  const lineStart = index - column + 1
  const actual = lineAt(before, lineStart)
  const expected = lineAt(after, lineStart)
  const reason =
    actual === expected
      ? // Only the line endings differ. Twice the width in UTF-16 units is enough characters to clip.
        'Unexpected ' + escaped(before.slice(index, index + 2 * maxWidth)) + ', expected ' + escaped(after.slice(index, index + 2 * maxWidth))
      : 'Unexpected ' + shownLine(actual, column) + ', expected ' + shownLine(expected, column)
  return {line, column, reason}
}

/** The line of `text` starting at `start`, without its ending; `undefined` past the end. */
function lineAt(text: string, start: number): string | undefined {
  if (start >= text.length) return undefined
  let end = start
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
  return text.slice(start, end)
}

/** A line as a reason shows it: a window of it around the 1-based `column` when that lies past the width. */
function shownLine(line: string | undefined, column: number): string {
  if (line === undefined) return 'end of file'
  if (line === '') return 'a blank line'
  const blank = blankLine(line)
  if (blank) return blank
  const points = graphemes(line)
  // The column counts UTF-16 units; the window's start is the character that holds it.
  let at = 0
  for (let offset = 0; at < points.length && offset + points[at]!.length < column; at++) offset += points[at]!.length
  const from = at > maxWidth - lead ? at - lead : 0
  // At most `maxWidth` characters in all, the `…` marks counted.
  let size = maxWidth - (from > 0 ? 1 : 0)
  const more = from + size < points.length
  if (more) size--
  return code((from > 0 ? '…' : '') + points.slice(from, from + size).join('') + (more ? '…' : ''))
}

/**
 * A line of spaces and tabs only, which CommonMark reads as blank, named by
 * what it holds (`a blank line of 3 spaces`, `… of 2 spaces and 1 tab`): a code
 * span of spaces cannot be read. `undefined` for any other line.
 */
function blankLine(line: string): string | undefined {
  let spaces = 0
  let tabs = 0
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    if (code === 32) spaces++
    else if (code === 9) tabs++
    else return undefined
  }
  const count = (size: number, name: string) => size + ' ' + name + (size === 1 ? '' : 's')
  return 'a blank line of ' + [...(spaces > 0 ? [count(spaces, 'space')] : []), ...(tabs > 0 ? [count(tabs, 'tab')] : [])].join(' and ')
}

/** Text after a difference in line endings: breaks, tabs and backslashes escaped, clipped; `end of file` when empty. */
function escaped(text: string): string {
  if (text === '') return 'end of file'
  const points = graphemes(text.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r').replaceAll('\t', '\\t'))
  return code(points.length > maxWidth ? points.slice(0, maxWidth - 1).join('') + '…' : points.join(''))
}

/** A code span around `text`, as mdast-util-to-markdown writes one (a fence no run of backticks inside matches). */
function code(text: string): string {
  return toMarkdown({type: 'inlineCode', value: text}).trimEnd()
}
