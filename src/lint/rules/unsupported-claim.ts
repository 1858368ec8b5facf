import {defineGraphRule} from '../graph-rule.js'
import {hasType, supportTypes} from '../graph-index.js'
import {readOptions} from '../options.js'

/** Options of `unsupported-claim`. */
export interface UnsupportedClaimOptions {
  /** The kinds that need support (default: `['claim']`). */
  readonly kinds?: readonly string[]
  /** Whether a citation in or right after the claim counts as support (default: `true`). */
  readonly citations?: boolean
}

/**
 * A claim needs something under it: evidence, a factor or another claim that
 * supports or explains it, or a citation. The thesis too.
 */
export const unsupportedClaim = defineGraphRule<UnsupportedClaimOptions>({
  id: 'unsupported-claim',
  check(graph, report, options, {file, index, kit}) {
    const {kinds, citations} = readOptions(file, 'unsupported-claim', options, {kinds: ['claim'], citations: true})
    const support = supportTypes(kit)

    for (const node of graph.nodes) {
      if (!kinds.has(node.kind)) continue
      if (hasType(index.incoming.get(node.id), support)) continue
      if (citations && index.cited.has(node.id)) continue
      const what = node['thesis'] === true ? 'thesis' : node.kind
      report(
        node,
        'Unexpected ' + what + ' `' + node.id + '` with no support, expected evidence, a factor or a claim that ' +
          'supports or explains it' + (citations ? ', or a citation' : '')
      )
    }
  }
})
