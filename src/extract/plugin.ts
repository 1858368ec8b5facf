import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {defaultKit} from '../kit/default-kit.js'
import type {AnyKit} from '../kit/define-kit.js'
import type {ArgumentGraph} from '../kit/graph.js'
import {remarkArgmarkSyntax} from '../syntax/plugin.js'
import {restoreProse} from '../syntax/restore-prose.js'
import {extractGraph} from './extract.js'

declare module 'vfile' {
  interface DataMap {
    /** The argument graph `remarkArgmark` extracted from the file. */
    argmarkGraph: ArgumentGraph
  }
}

/** Options of `remarkArgmark` and of every verb. */
export interface ArgmarkOptions {
  /** The vocabulary to read the document with (default: `defaultKit`). */
  readonly kit?: AnyKit | undefined
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
    file.data.argmarkGraph = extractGraph(tree, file, kit, place)
  }
}
