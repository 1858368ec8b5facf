import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {CslItem} from '../kit/csl.js'
import type {LoadedSources} from './load.js'
import {resolveSources} from './resolve.js'

/** Options of `argmarkSources`. */
export interface ArgmarkSourcesOptions {
  /** The document's sources: CSL items, or what `loadSources` loaded. */
  readonly sources?: readonly CslItem[] | LoadedSources | undefined
}

/**
 * The unified plugin form of `resolveSources`: attaches the front matter's
 * `references` and the given sources to the graph `remarkArgmark` left on the
 * file. Use it between `remarkArgmark` and `argmarkLint`.
 */
export const argmarkSources: Plugin<[ArgmarkSourcesOptions?], Root> = function (options) {
  return function (_tree: Root, file: VFile): undefined {
    const graph = file.data.argmarkGraph
    if (graph) resolveSources({graph, file}, options?.sources)
  }
}
