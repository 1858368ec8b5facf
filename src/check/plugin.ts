import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {defaultKit} from '../kit/default-kit.js'
import type {ArgmarkOptions} from '../extract/plugin.js'
import {checkGraph} from './check-graph.js'

/**
 * The unified plugin behind `check`: validates the graph `remarkArgmark` left
 * on `file.data.argmarkGraph`. Use it after `remarkArgmark`, with the same kit.
 */
export const argmarkCheck: Plugin<[ArgmarkOptions?], Root> = function (options) {
  const kit = options?.kit ?? defaultKit
  return function (_tree, file): undefined {
    const graph = file.data.argmarkGraph
    const sourcesLoaded = file.data.argmarkSources !== undefined
    if (graph) checkGraph(graph, file, kit, {sourcesLoaded})
  }
}
