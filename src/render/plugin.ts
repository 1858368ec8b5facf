import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {RenderOptions} from './render.js'
import {renderTree} from './render.js'

/** Options of `remarkArgmarkNotes`: those of `render` that change the tree. */
export type NotesOptions = Omit<RenderOptions, 'to' | 'kit'>

/**
 * The unified plugin behind `render`: use it after `remarkArgmark` to turn
 * the annotated tree into footnoted prose (annotations removed, citations
 * formatted as notes or in the text), then any serializer (remark-stringify
 * with remark-gfm, or remark-rehype).
 */
export const remarkArgmarkNotes: Plugin<[NotesOptions?], Root> = function (options) {
  return function (tree: Root, file: VFile): undefined {
    const graph = file.data.argmarkGraph ?? {nodes: [], relations: [], citations: [], sources: [], meta: {}}
    renderTree({tree, file, graph}, options)
  }
}
