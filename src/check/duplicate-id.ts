import type {VFile} from 'vfile'
import type {ArgumentGraph} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import {report} from '../util/report.js'

/** Ids are unique per document: a relation must name one node. */
export function checkDuplicateIds(graph: ArgumentGraph<BaseNode>, file: VFile): void {
  const first = new Map<string, BaseNode>()
  for (const node of graph.nodes) {
    const earlier = first.get(node.id)
    if (!earlier) {
      first.set(node.id, node)
      continue
    }
    const at = earlier.position.start
    report(file, {
      ruleId: 'duplicate-id',
      place: node.position,
      reason:
        'Unexpected duplicate id `' + node.id + '` (first used at ' + String(at.line) + ':' +
        String(at.column) + '), expected an id no other node has'
    })
  }
}
