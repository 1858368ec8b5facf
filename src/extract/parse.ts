import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {AnyKit, KitGraph} from '../kit/define-kit.js'
import {emptyGraph} from '../kit/graph.js'
import {reportInternalError} from '../util/report.js'
import {extractDocument} from './plugin.js'
import {parseWithinLimits} from '../syntax/nesting.js'
import {remarkArgmarkParseSyntax} from '../syntax/plugin.js'

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

type ParseProcessor = Processor<Root, undefined, undefined, Root, string>

// The syntax is the same for every kit: one processor, built once.
let processor: ParseProcessor | undefined

/**
 * The parse stage: Markdown with argmark's syntax to an mdast tree, and the
 * tree to an argument graph read with `kit` (no sources yet: see
 * `resolveSources`). Never throws: a failure inside becomes an
 * `internal-error` message and an empty graph.
 */
export function parseDocument<K extends AnyKit>(input: Input, kit: K): ParseResult<K> {
  const file = toFile(input)
  let tree: Root = {type: 'root', children: []}
  let graph = emptyGraph()
  try {
    processor ??= unified().use(remarkParse).use(remarkArgmarkParseSyntax).freeze() as unknown as ParseProcessor
    // Nesting beyond `nestingLimits` is read as text, so no document holds the parser for long.
    const parser = processor
    tree = parseWithinLimits(file, (value) => parser.parse(value))
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
