import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import type {Processor} from 'unified'
import {unified} from 'unified'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {remarkArgmarkBlockSyntax} from '../syntax/plugin.js'
import {sourceLocation} from '../util/source-text.js'
import {walk} from '../util/walk.js'
import type {AbstractSource} from './abstract-source.js'
import type {ProseBlock} from './prose.js'
import {proseBlocks} from './prose.js'

type TreeProcessor = Processor<Root, undefined, undefined, Root, string>

let parser: TreeProcessor | undefined

// The trees read from each abstract: positions depend on the abstract's own
// places alone, so a file read again (an editor session's segment) reuses them.
const trees = new WeakMap<AbstractSource, Root>()

/**
 * The prose blocks of the front matter's abstracts (`abstracts` of
 * `file.data.argmarkFrontMatter`, see `abstractSource`), in order: each read
 * as Markdown with argmark's syntax (citations, footnote calls), its
 * positions those of the document (lines and columns 1-based, offsets
 * 0-based), so a prose rule reports inside the abstract where the author
 * wrote it. Empty when the front matter has no abstract. Linear in the
 * abstracts' length.
 */
export function abstractBlocks(file: VFile): ProseBlock[] {
  const abstracts = file.data.argmarkFrontMatter?.abstracts
  if (!abstracts || abstracts.length === 0) return []
  const blocks: ProseBlock[] = []
  for (const abstract of abstracts) blocks.push(...proseBlocks(abstractTree(abstract, file), file))
  return blocks
}

/** An abstract read as Markdown, its positions moved to where its lines are in the document. */
function abstractTree(abstract: AbstractSource, file: VFile): Root {
  let tree = trees.get(abstract)
  if (tree) return tree
  parser ??= unified().use(remarkParse).use(remarkArgmarkBlockSyntax).freeze() as unknown as TreeProcessor
  tree = parser.parse(abstract.text)
  const place = sourceLocation(file)
  const move = (point: Point): Point => {
    const start = abstract.starts[point.line - 1]
    if (!start) return point
    const moved = {line: start.line, column: start.column + point.column - 1}
    const offset = place.toOffset(moved)
    return offset === undefined ? moved : {...moved, offset}
  }
  walk(tree, (node) => {
    if (node.position) node.position = {start: move(node.position.start), end: move(node.position.end)}
    return undefined
  })
  trees.set(abstract, tree)
  return tree
}
