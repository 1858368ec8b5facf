import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {report, rulesUrl} from '../../util/report.js'
import {indexGraph, nodePlace} from '../graph-index.js'
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
export const orphanEvidence = lintRule<Root, OrphanEvidenceOptions | undefined>(
  {origin: 'argmark:orphan-evidence', url: rulesUrl + 'orphan-evidence.md'},
  (tree: Root, file: VFile, options) => {
    const graph = file.data.argmarkGraph
    if (!graph) return
    const {kinds} = readOptions(file, 'orphan-evidence', options, {kinds: ['evidence']})
    const index = indexGraph(graph)

    for (const node of graph.nodes) {
      if (!kinds.has(node.kind) || index.outgoing.has(node.id)) continue
      report(file, {
        ruleId: 'orphan-evidence',
        place: nodePlace(tree, node),
        reason:
          'Unexpected ' + node.kind + ' `' + node.id + '` that supports nothing, expected ' +
          '`supports=` with the id of the claim it backs'
      })
    }
  }
)
