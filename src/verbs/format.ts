import type {Root} from 'mdast'
import type {Options as StringifyOptions} from 'remark-stringify'
import type {VFile} from 'vfile'
import type {Input} from '../extract/parse.js'
import {parseDocument} from '../extract/parse.js'
import {resolveKit} from '../kit/default-kit.js'
import {serializer} from '../syntax/canonical.js'
import {inlineNotesInPlace} from '../syntax/inline-notes.js'
import {formatDifference} from '../syntax/format-difference.js'
import {firstLineEnding, withLineEndings} from '../util/line-endings.js'
import {report, reportInternalError} from '../util/report.js'
import {walk} from '../util/walk.js'
import type {KitOptions} from './options.js'

/** Options of `format`. */
export interface FormatOptions extends KitOptions {
  /** remark-stringify settings on top of argmark's canonical ones (`canonicalStyle`). */
  readonly stringify?: StringifyOptions | undefined
  /**
   * Also compare the result with the input, and when they differ report
   * `not-formatted` (an error) on the file, at the 1-based line and column
   * where they first differ (what `argmark format --check` reports).
   * Default `false`.
   */
  readonly check?: boolean | undefined
}

// The serializer recurses over the tree; deeper documents are left as written.
export const formatDepthLimit = 1000

/** The ids of the messages `format` itself raises (the others are reading messages). */
export const formatMessageIds: ReadonlySet<string> = new Set(['format-skipped', 'not-formatted'])

// Messages that mean the tree does not say what the author wrote.
const unsafeRules = new Set(['malformed-directive', 'nesting-too-deep', 'internal-error'])

/**
 * Canonical annotated Markdown: the same document, written the one way argmark
 * writes it, with the input's line endings (those of its first line: `\r\n`,
 * `\r` or `\n`) throughout, so a file with mixed endings is not canonical.
 * Idempotent, and meaning-preserving: the result parses to the same graph,
 * citations and text. A document whose markup does not parse (or nests
 * deeper than `formatDepthLimit`) is returned unchanged, with a message on the
 * file when the input is a VFile. With `check`, a result that differs from
 * the input is reported on the file as `not-formatted`. Never throws: a
 * failure of the serializer is an `internal-error` and the input comes back.
 */
export function format(input: Input, options?: FormatOptions): string {
  const {tree, file} = parseDocument(input, resolveKit(options?.kit))
  const original = String(file.value)
  const result = formatTree(tree, file, original, options)
  if (options?.check === true) {
    const difference = formatDifference(original, result)
    if (difference) {
      report(file, {ruleId: 'not-formatted', reason: difference.reason, place: {line: difference.line, column: difference.column}})
    }
  }
  return result
}

/** The canonical text of a parsed document, or `original` with a message on `file` where it cannot be written. */
function formatTree(tree: Root, file: VFile, original: string, options: FormatOptions | undefined): string {

  const blocking = file.messages.find((message) => unsafeRules.has(message.ruleId ?? ''))
  if (blocking) {
    report(file, {
      ruleId: 'format-skipped',
      severity: 'warning',
      place: blocking.place,
      reason:
        blocking.ruleId === 'nesting-too-deep'
          ? 'Unexpected nesting deeper than argmark reads, expected it within the limits before the document is formatted'
          : 'Unexpected markup that does not parse, expected it fixed before the document is formatted'
    })
    return original
  }

  let depth = 0
  walk(tree, (_node, _parent, level) => {
    depth = Math.max(depth, level)
  })
  if (depth > formatDepthLimit) {
    report(file, {
      ruleId: 'format-skipped',
      severity: 'warning',
      place: undefined,
      reason:
        'Unexpected nesting ' + String(depth) + ' levels deep, expected at most ' +
        String(formatDepthLimit) + ' for the document to be formatted'
    })
    return original
  }

  try {
    inlineNotesInPlace(tree)
    return withLineEndings(serializer(options?.stringify).stringify(tree), firstLineEnding(original))
  } catch (error) {
    reportInternalError(file, 'formatting', error, 'a document')
    return original
  }
}
