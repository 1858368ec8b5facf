import type {BaseNode} from '../../kit/kind.js'
import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'

/** Ids are unique per document: a relation must name one node. */
export const duplicateId = defineGraphRule({
  id: 'duplicate-id',
  check(graph, report, options, {file}) {
    readOptions(file, 'duplicate-id', options, {})
    const first = new Map<string, BaseNode>()
    for (const node of graph.nodes) {
      const earlier = first.get(node.id)
      if (!earlier) {
        first.set(node.id, node)
        continue
      }
      const at = earlier.position.start
      report(
        node.position,
        'Unexpected duplicate id `' + node.id + '` (first used at ' + String(at.line) + ':' + String(at.column) +
          '), expected an id no other node has'
      )
    }
  }
})
