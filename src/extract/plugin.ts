import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {AnyKit} from '../kit/define-kit.js'
import {resolveKit} from '../kit/default-kit.js'
import type {ArgumentGraph} from '../kit/graph.js'
import {sourceLocation} from '../util/source-text.js'
import {remarkArgmarkSyntax} from '../syntax/plugin.js'
import {restoreProse} from '../syntax/restore-prose.js'
import {extractGraph} from './extract.js'
import type {FrontMatter} from './front-matter.js'
import type {Definitions} from './definitions.js'

declare module 'vfile' {
  interface DataMap {
    /** The argument graph `remarkArgmark` extracted from the file. */
    argmarkGraph: ArgumentGraph
    /** The kit the file was read with: every later stage uses it. */
    argmarkKit: AnyKit
    /** Where the front matter and its keys are, for messages about them. */
    argmarkFrontMatter: FrontMatter
    /**
     * The link and footnote labels of the whole document (micromark's
     * normalized identifiers), set when the front matter has an abstract:
     * the abstract is read with them (see `abstractTrees`). An editor
     * session's segment gets the labels its other segments define.
     */
    argmarkDefinitions: Definitions
  }
}

/** Options of `remarkArgmark`. */
export interface ArgmarkOptions {
  /** The vocabulary to read the document with (default: `defaultKit`). */
  readonly kit?: AnyKit | undefined
}

/**
 * Read the argument out of a parsed tree: give back prose micromark mis-read
 * as directives (`10:30`), report directives that did not parse, and build
 * the graph (without sources: see `resolveSources`). The graph and the kit
 * are stored on `file.data.argmarkGraph` and `file.data.argmarkKit`.
 */
export function extractDocument(tree: Root, file: VFile, kit: AnyKit): ArgumentGraph {
  // One line index for both passes: positions are looked up, never rescanned.
  const place = sourceLocation(file)
  restoreProse(tree, file, kit, place)
  const graph = extractGraph(tree, file, kit, place)
  file.data.argmarkKit = kit
  file.data.argmarkGraph = graph
  return graph
}

/**
 * The unified plugin behind `parse`: adds argmark's syntax and runs
 * `extractDocument` with the kit (resolved here, once, then carried on the
 * file). Add `argmarkSources` after it to attach sources, `argmarkLint` to
 * check and lint.
 */
export const remarkArgmark: Plugin<[ArgmarkOptions?], Root> = function (options) {
  const kit = resolveKit(options?.kit)
  this.use(remarkArgmarkSyntax)
  return function (tree: Root, file: VFile): undefined {
    extractDocument(tree, file, kit)
  }
}
