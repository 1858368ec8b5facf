import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {sourceLocation} from '../util/source-text.js'
import {parseText} from './block-parse.js'
import {noDefinitions} from './definitions.js'
import {movePoints} from './move-points.js'
import type {AbstractSource} from './abstract-source.js'
import type {ProseBlock} from './prose.js'
import {proseBlocks} from './prose.js'

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
  const blocks: ProseBlock[] = []
  for (const tree of abstractTrees(file)) blocks.push(...proseBlocks(tree, file))
  return blocks
}

/**
 * The front matter's abstracts read as Markdown (see `abstractBlocks`), one
 * tree each, in order, with the document's positions: what their citations
 * are read from for the graph, as pandoc's citeproc reads the citations of
 * the metadata. Each is read with the document's link and footnote labels
 * (`file.data.argmarkDefinitions`), as pandoc reads metadata: `[^1]` there
 * calls the body's note `[^1]`, `[text][label]` links to the body's
 * definition. Empty when the front matter has no abstract.
 */
export function abstractTrees(file: VFile): Root[] {
  const abstracts = file.data.argmarkFrontMatter?.abstracts
  if (!abstracts || abstracts.length === 0) return []
  return abstracts.map((abstract) => abstractTree(abstract, file))
}

/** An abstract read as Markdown, its positions moved to where its lines are in the document. */
function abstractTree(abstract: AbstractSource, file: VFile): Root {
  let tree = trees.get(abstract)
  if (tree) return tree
  tree = parseText(abstract.text, false, file.data.argmarkDefinitions ?? noDefinitions)
  const place = sourceLocation(file)
  // Each line of the abstract starts where `starts` says: its points move there, their columns on by as much.
  // A quoted string with escapes (`at`): everything at its opening quote.
  movePoints([tree], (point) => {
    const start = abstract.at ?? abstract.starts[point.line - 1]
    if (!start) return
    point.column = abstract.at ? start.column : start.column + point.column - 1
    point.line = start.line
    const offset = place.toOffset(point)
    if (offset === undefined) delete point.offset
    else point.offset = offset
  })
  trees.set(abstract, tree)
  return tree
}
