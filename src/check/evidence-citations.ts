import type {ArgumentGraph, GraphCitation} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'

/** The citations that back each node, by node id (one pass over the citations). */
export function citationsByNode(graph: ArgumentGraph<BaseNode>): Map<string, GraphCitation[]> {
  const byNode = new Map<string, GraphCitation[]>()
  for (const citation of graph.citations) {
    if (citation.node === null) continue
    const list = byNode.get(citation.node)
    if (list) list.push(citation)
    else byNode.set(citation.node, [citation])
  }
  return byNode
}

/** Evidence nodes of one `type` (`quotation`, `statistic`) in a kit with an `evidence` kind. */
export function evidenceOfType(graph: ArgumentGraph<BaseNode>, type: string): BaseNode[] {
  return graph.nodes.filter((node) => node.kind === 'evidence' && (node as BaseNode & {type?: unknown}).type === type)
}
