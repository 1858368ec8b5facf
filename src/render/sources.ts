import type {CslItem} from '../kit/csl.js'
import type {ArgumentGraph} from '../kit/graph.js'

/** The graph's sources by id; the first of an id wins. */
export function documentSources(graph: Pick<ArgumentGraph, 'sources'>): Map<string, CslItem> {
  const byId = new Map<string, CslItem>()
  for (const item of graph.sources) {
    if (!byId.has(item.id)) byId.set(item.id, item)
  }
  return byId
}
