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
 * paragraph breaks (an Argdown statement is one line: they become spaces)
 * and a node whose id an earlier node has (one statement per title: its
 * text is left out, its relations go to the first; `check` reports the id as
 * `duplicate-id`).
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
  if (format === 'argdown') count += reportArgdownLosses(file, graph)
  return count
}

// Argdown's statements: one line each, one per title (an id used twice is
// one statement, the first node's text with both nodes' relations).
function reportArgdownLosses(file: VFile, graph: ArgumentGraph<BaseNode>): number {
  const seen = new Set<string>()
  let count = 0
  for (const node of graph.nodes) {
    const reason = seen.has(node.id)
      ? 'Unexpected second node `' + node.id + '`, expected ids that differ: Argdown has one statement per title; its text is left out, its relations go to the first'
      : paragraphBreak.test(node.text)
        ? 'Unexpected paragraph break in node `' + node.id + '`, expected one paragraph: an Argdown statement is one line; written as a space'
        : undefined
    seen.add(node.id)
    if (reason === undefined) continue
    count++
    report(file, {ruleId: 'lossy-export', severity: 'warning', place: node.position, reason})
  }
  return count
}
