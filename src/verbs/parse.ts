import type {Input, ParseResult} from '../extract/parse.js'
import {parseDocument} from '../extract/parse.js'
import type {AnyKit} from '../kit/define-kit.js'
import type {defaultKit} from '../kit/default-kit.js'
import {resolveKit} from '../kit/default-kit.js'
import {resolveSources} from '../sources/resolve.js'
import type {KitOptions} from './options.js'

/** Options of `parse`. */
export type ParseOptions<K extends AnyKit = AnyKit> = KitOptions<K>

/**
 * Parse an annotated Markdown document into an argument graph (nodes,
 * relations, citations, the front matter's inline `references` as sources,
 * and `meta`), with a source position on every node (lines and columns
 * 1-based, offsets 0-based, in UTF-16 code units).
 *
 * Reports on `file` what does not read (malformed directives, unknown or
 * invalid attributes, front matter, invalid inline references); rules are
 * `check`'s and `lint`'s. Never throws on a document: a failure inside becomes
 * an `internal-error` message; a `kit` that is not a kit throws a `TypeError`.
 */
export function parse<K extends AnyKit = typeof defaultKit>(input: Input, options?: ParseOptions<K>): ParseResult<K> {
  const parsed = parseDocument(input, resolveKit(options?.kit) as K)
  resolveSources(parsed)
  return parsed
}
