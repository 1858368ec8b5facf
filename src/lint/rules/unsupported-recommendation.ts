import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {report, rulesUrl} from '../../util/report.js'
import {hasType, indexGraph, nodePlace, supportTypes} from '../graph-index.js'
import {readOptions} from '../options.js'

/** Options of `unsupported-recommendation`. */
export interface UnsupportedRecommendationOptions {
  /** The kinds that need support (default: `['recommendation']`). */
  readonly kinds?: readonly string[]
}

/**
 * A recommendation is the argument's practical conclusion: it must follow
 * from something the argument claims. A citation alone does not do: it says
 * who else recommends it, not why this argument does.
 */
export const unsupportedRecommendation = lintRule<Root, UnsupportedRecommendationOptions | undefined>(
  {origin: 'argmark:unsupported-recommendation', url: rulesUrl + 'unsupported-recommendation.md'},
  (tree: Root, file: VFile, options) => {
    const graph = file.data.argmarkGraph
    if (!graph) return
    const {kinds} = readOptions(file, 'unsupported-recommendation', options, {kinds: ['recommendation']})
    const index = indexGraph(graph)
    const support = supportTypes(file)

    for (const node of graph.nodes) {
      if (!kinds.has(node.kind) || hasType(index.incoming.get(node.id), support)) continue
      report(file, {
        ruleId: 'unsupported-recommendation',
        place: nodePlace(tree, node),
        reason:
          'Unexpected ' + node.kind + ' `' + node.id + '` that no claim supports, expected a claim ' +
          'with `supports=' + node.id + '`'
      })
    }
  }
)
