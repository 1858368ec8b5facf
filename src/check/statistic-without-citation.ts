import type {VFile} from 'vfile'
import type {ArgumentGraph, GraphCitation} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import {report} from '../util/report.js'
import {evidenceOfType} from './evidence-citations.js'

/** A statistic is only as good as its source: statistic evidence must cite one. */
export function checkStatisticCitations(
  graph: ArgumentGraph<BaseNode>,
  file: VFile,
  byNode: ReadonlyMap<string, GraphCitation[]>
): void {
  for (const node of evidenceOfType(graph, 'statistic')) {
    if (byNode.has(node.id)) continue
    report(file, {
      ruleId: 'statistic-without-citation',
      severity: 'warning',
      place: node.position,
      reason:
        'Unexpected statistic `' + node.id + '` without a citation, expected a citation right after it, ' +
        'such as `[@key, p. 12]`'
    })
  }
}
