import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {CslItem} from '../kit/csl.js'
import type {LoadedSources} from '../sources/load.js'
import {resolveSources} from '../sources/resolve.js'
import type {NotesOptions} from './render.js'
import {renderTree} from './render.js'

/** Options of `remarkArgmarkNotes`: those of the notes stage, and the sources when `argmarkSources` did not run. */
export interface RemarkNotesOptions extends NotesOptions {
  /** The document's bibliography (CSL items, or what `loadSources` loaded), added to its `references`. */
  readonly sources?: readonly CslItem[] | LoadedSources | undefined
}

/**
 * The unified plugin behind `render`: use it after `remarkArgmark` to turn
 * the annotated tree into footnoted prose (annotations removed, citations
 * formatted as notes or in the text), then any serializer (remark-stringify
 * with remark-gfm, or remark-rehype).
 */
export const remarkArgmarkNotes: Plugin<[RemarkNotesOptions?], Root> = function (options) {
  return function (tree: Root, file: VFile): undefined {
    const graph = file.data.argmarkGraph
    if (!graph) return
    if (options?.sources !== undefined || !file.data.argmarkSources) resolveSources({graph, file}, options?.sources)
    renderTree({tree, file, graph}, options)
  }
}
