import type {ArgumentGraph} from '../kit/graph.js'
import type {CslItem} from '../sources/csl.js'

/**
 * The document's sources by id: the graph's own (front matter `references`,
 * and any `parse` was given), then those passed to `render`; the first of an
 * id wins.
 */
export function documentSources(graph: Pick<ArgumentGraph, 'sources'>, extra: readonly CslItem[] | undefined): Map<string, CslItem> {
  const byId = new Map<string, CslItem>()
  for (const item of [...graph.sources, ...(extra ?? [])]) {
    if (!byId.has(item.id)) byId.set(item.id, item)
  }
  return byId
}
