import type {ArgumentGraph} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'

/** Writes a graph in one format. */
export type GraphExporter = (graph: ArgumentGraph<BaseNode>) => string

/**
 * The formats `exportGraph` writes, by name. A new format is one entry here
 * (and one file beside this one).
 */
export const graphFormats = {
  /** The graph as JSON, exactly the shape `kit.toJSONSchema()` describes. */
  json: (graph) => JSON.stringify(graph, null, 2) + '\n'
} as const satisfies Record<string, GraphExporter>

/** A format `exportGraph` knows. */
export type GraphFormat = keyof typeof graphFormats

/** Write an argument graph in one of `graphFormats`. */
export function exportGraph(graph: ArgumentGraph<BaseNode>, format: GraphFormat = 'json'): string {
  return graphFormats[format](graph)
}
