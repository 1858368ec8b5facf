import {defineGraphRule} from '../graph-rule.js'
import {hasType, supportTypes} from '../graph-index.js'
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
export const unsupportedRecommendation = defineGraphRule<UnsupportedRecommendationOptions>({
  id: 'unsupported-recommendation',
  check(graph, report, options, {file, index, kit}) {
    const {kinds} = readOptions(file, 'unsupported-recommendation', options, {kinds: ['recommendation']})
    const support = supportTypes(kit)
    for (const node of graph.nodes) {
      if (!kinds.has(node.kind) || hasType(index.incoming.get(node.id), support)) continue
      report(
        node,
        'Unexpected ' + node.kind + ' `' + node.id + '` that no claim supports, expected a claim with `supports=' +
          node.id + '`'
      )
    }
  }
})
