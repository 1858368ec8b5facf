import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'

/** Options of `orphan-evidence`. */
export interface OrphanEvidenceOptions {
  /** The kinds that must point at something (default: `['evidence']`). */
  readonly kinds?: readonly string[]
}

/**
 * Evidence is evidence for (or against) something: evidence that names no
 * node it supports, attacks or qualifies backs nothing in the argument.
 */
export const orphanEvidence = defineGraphRule<OrphanEvidenceOptions>({
  id: 'orphan-evidence',
  check(graph, report, options, {file, index}) {
    const {kinds} = readOptions(file, 'orphan-evidence', options, {kinds: ['evidence']})
    for (const node of graph.nodes) {
      if (!kinds.has(node.kind) || index.outgoing.has(node.id)) continue
      report(
        node,
        'Unexpected ' + node.kind + ' `' + node.id + '` that supports nothing, expected `supports=` with the id of ' +
          'the claim it backs'
      )
    }
  }
})
