import type {ArgumentGraph} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import {toAif} from './aif.js'
import {toArgdown} from './argdown.js'
import {toDot} from './dot.js'
import {toMermaid} from './mermaid.js'
import type {ExportOptions} from './options.js'
import {toSvg} from './svg.js'

/** Writes a graph in one format: text, or a promise of text for a format that loads a WebAssembly module. */
export type GraphExporter = (graph: ArgumentGraph<BaseNode>, options?: ExportOptions) => string | Promise<string>

/**
 * The formats `exportGraph` writes, by name. A new format is one entry here
 * (and one file beside this one).
 */
export const graphFormats = {
  /** The graph as JSON, exactly the shape `kit.toJSONSchema()` describes. */
  json: (graph: ArgumentGraph<BaseNode>): string => JSON.stringify(graph, null, 2) + '\n',
  /** A Mermaid flowchart. */
  mermaid: toMermaid,
  /** Graphviz DOT. */
  dot: toDot,
  /** SVG laid out by Graphviz (WebAssembly): a promise. */
  svg: toSvg,
  /** AIF JSON in AIFdb/OVA shape. */
  aif: toAif,
  /** Argdown text. */
  argdown: toArgdown
} as const satisfies Record<string, GraphExporter>

/** A format `exportGraph` knows. */
export type GraphFormat = keyof typeof graphFormats

/** What `exportGraph` gives for a format: a string, or a promise of one for `svg`. */
export type GraphOutput<Format extends GraphFormat> = ReturnType<(typeof graphFormats)[Format]>

/**
 * Write an argument graph in one of `graphFormats` (default `json`). Text
 * formats give a string; `svg` gives a promise of one. With a format known
 * only at run time, `await` the result: awaiting a string gives the string.
 * Throws a `TypeError` naming the formats for a format it does not know.
 */
export function exportGraph<Format extends GraphFormat = 'json'>(
  graph: ArgumentGraph<BaseNode>,
  format?: Format,
  options?: ExportOptions
): GraphOutput<Format> {
  const name = format ?? 'json'
  const exporter: GraphExporter | undefined = Object.hasOwn(graphFormats, name) ? graphFormats[name] : undefined
  if (!exporter) {
    throw new TypeError(
      'Unexpected format `' + String(name) + '`, expected one of ' + Object.keys(graphFormats).map((known) => '`' + known + '`').join(', ')
    )
  }
  return exporter(graph, options) as GraphOutput<Format>
}
