import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {defaultKit} from '../kit/default-kit.js'
import type {AnyKit} from '../kit/define-kit.js'
import type {ArgumentGraph} from '../kit/graph.js'
import type {CslItem} from '../sources/csl.js'
import type {FrontMatter} from './front-matter.js'
import {remarkArgmarkSyntax} from '../syntax/plugin.js'
import {restoreProse} from '../syntax/restore-prose.js'
import {extractGraph} from './extract.js'

declare module 'vfile' {
  interface DataMap {
    /** The argument graph `remarkArgmark` extracted from the file. */
    argmarkGraph: ArgumentGraph
    /** Sources to read the file with, when not given as an option (set by `parse`). */
    argmarkSources: readonly CslItem[]
    /** Where the front matter and its keys are, for messages about them. */
    argmarkFrontMatter: FrontMatter
  }
}

/** Options of `remarkArgmark` and of every verb. */
export interface ArgmarkOptions {
  /** The vocabulary to read the document with (default: `defaultKit`). */
  readonly kit?: AnyKit | undefined
  /**
   * The document's sources, loaded by the caller (see `loadSources`, which
   * includes the front matter's inline `references`). Without them, the
   * graph's sources are the inline `references`, and citation keys are
   * checked only against those when there are any.
   */
  readonly sources?: readonly CslItem[] | undefined
}

/**
 * The unified plugin behind `parse`: adds argmark's syntax, gives back prose
 * mis-read as directives, and stores the argument graph on `file.data.argmarkGraph`.
 */
export const remarkArgmark: Plugin<[ArgmarkOptions?], Root> = function (options) {
  const kit = options?.kit ?? defaultKit
  this.use(remarkArgmarkSyntax)
  return function (tree: Root, file: VFile): undefined {
    // One line index for both passes: positions are looked up, never rescanned.
    const place = location(file)
    restoreProse(tree, file, kit, place)
    // Kept on the file so `argmarkCheck` knows the sources were loaded.
    const sources = options?.sources ?? file.data.argmarkSources
    if (sources) file.data.argmarkSources = sources
    file.data.argmarkGraph = extractGraph(tree, file, kit, place, sources)
  }
}
