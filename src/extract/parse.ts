import type {Root} from 'mdast'
import {VFile} from 'vfile'
import type {AnyKit, KitGraph} from '../kit/define-kit.js'
import {emptyGraph} from '../kit/graph.js'
import {parseWithinLimits} from '../syntax/nesting-parse.js'
import {reportInternalError} from '../util/report.js'
import {parseBlocks} from './block-parse.js'
import {extractDocument} from './plugin.js'

/** A document: Markdown text, or a VFile (whose path and messages are kept). */
export type Input = string | VFile

/** What `parse` returns. */
export interface ParseResult<K extends AnyKit = AnyKit> {
  /** The argument graph; valid for the kit's types when `check` finds no errors. */
  graph: KitGraph<K>
  /** The mdast tree, with prose mis-read as directives given back as text. */
  tree: Root
  /** The file, carrying every message parsing raised. */
  file: VFile
}

/**
 * The parse stage: Markdown with argmark's syntax to an mdast tree (parsed
 * block by block, see `parseBlocks`: linear in the document, the same tree
 * as a parse of the whole), and the tree to an argument graph read with
 * `kit` (no sources yet: see `resolveSources`). Never throws: a failure inside becomes an
 * `internal-error` message and an empty graph.
 */
export function parseDocument<K extends AnyKit>(input: Input, kit: K): ParseResult<K> {
  const file = toFile(input)
  let tree: Root = {type: 'root', children: []}
  let graph = emptyGraph()
  try {
    // Nesting beyond `nestingLimits` is read as text, so no document holds the parser for long.
    tree = parseWithinLimits(file, (value) => parseBlocks(value).tree)
    graph = extractDocument(tree, file, kit)
  } catch (error) {
    reportInternalError(file, 'parsing', error, 'a parse')
  }
  return {graph: graph as KitGraph<K>, tree, file}
}

/** A VFile for an input (the same one when it is a VFile). */
export function toFile(input: Input): VFile {
  return typeof input === 'string' ? new VFile({value: input}) : input
}
