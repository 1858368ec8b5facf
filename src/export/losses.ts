import type {VFile} from 'vfile'
import type {ArgumentGraph} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import {report} from '../util/report.js'
import {paragraphBreak} from './draft.js'
import type {GraphFormat} from './export-graph.js'

/** The interchange formats whose losses `reportExportLosses` names: the others are drawings (maps) or the whole graph (`json`). */
export const interchangeFormats: ReadonlySet<GraphFormat> = new Set(['aif', 'argdown'])

/**
 * Add a `lossy-export` warning to `file` (the draft the graph was read from)
 * for each part of the graph an interchange format (`aif`, `argdown`) has no
 * place for, at its place in the draft: a citation that backs prose outside
 * every node (both formats hold nodes, not prose: `toArgdown` and `toAif`
 * carry the citations of nodes), and for Argdown a node whose text has
 * paragraph breaks (an Argdown statement is one line: they become spaces).
 * Returns how many it added; other formats add none.
 */
export function reportExportLosses(file: VFile, graph: ArgumentGraph<BaseNode>, format: GraphFormat): number {
  if (!interchangeFormats.has(format)) return 0
  const name = format === 'aif' ? 'AIF' : 'Argdown'
  let count = 0
  for (const citation of graph.citations) {
    if (citation.node !== null && citation.node !== undefined) continue
    count++
    report(file, {
      ruleId: 'lossy-export',
      severity: 'warning',
      place: citation.position,
      reason: 'Unexpected citation of ' + citation.items.map((item) => '`@' + item.key + '`').join(', ') + ' outside every node, expected it in a node: ' + name + ' holds the nodes, not the prose; left out of the export'
    })
  }
  if (format === 'argdown') {
    for (const node of graph.nodes) {
      if (!paragraphBreak.test(node.text)) continue
      count++
      report(file, {
        ruleId: 'lossy-export',
        severity: 'warning',
        place: node.position,
        reason: 'Unexpected paragraph break in node `' + node.id + '`, expected one paragraph: an Argdown statement is one line; written as a space'
      })
    }
  }
  return count
}
