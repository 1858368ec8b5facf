import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {report, rulesUrl} from '../../util/report.js'
import {hasType, indexGraph, nodePlace, supportTypes} from '../graph-index.js'
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
export const unsupportedClaim = lintRule<Root, UnsupportedClaimOptions | undefined>(
  {origin: 'argmark:unsupported-claim', url: rulesUrl + 'unsupported-claim.md'},
  (tree: Root, file: VFile, options) => {
    const graph = file.data.argmarkGraph
    if (!graph) return
    const {kinds, citations} = readOptions(file, 'unsupported-claim', options, {
      kinds: ['claim'],
      citations: true
    })
    const index = indexGraph(graph)
    const support = supportTypes(file)

    for (const node of graph.nodes) {
      if (!kinds.has(node.kind)) continue
      if (hasType(index.incoming.get(node.id), support)) continue
      if (citations && index.cited.has(node.id)) continue
      const what = node['thesis' as keyof typeof node] === true ? 'thesis' : node.kind
      report(file, {
        ruleId: 'unsupported-claim',
        place: nodePlace(tree, node),
        reason:
          'Unexpected ' + what + ' `' + node.id + '` with no support, expected evidence, a factor or a ' +
          'claim that supports or explains it' + (citations ? ', or a citation' : '')
      })
    }
  }
)
