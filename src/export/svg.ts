import type {Viz} from '@viz-js/viz'
import type {ArgumentGraph} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import {toDot} from './dot.js'
import type {ExportOptions} from './options.js'

let viz: Promise<Viz> | undefined

/**
 * The graph as SVG, laid out by Graphviz compiled to WebAssembly
 * (`@viz-js/viz`, loaded on first use; no Graphviz install needed). The map is
 * `toDot`'s. Resolves to the SVG document's text; rejects with Graphviz's
 * errors should it report any.
 */
export async function toSvg(graph: ArgumentGraph<BaseNode>, options?: ExportOptions): Promise<string> {
  const dot = toDot(graph, options)
  viz ??= import('@viz-js/viz').then((module) => module.instance())
  const result = (await viz).render(dot, {format: 'svg'})
  if (result.status !== 'success') {
    const errors = result.errors.filter((error) => error.level === 'error').map((error) => error.message.trim())
    throw new Error('Graphviz could not lay out the map: ' + errors.join('; '))
  }
  return result.output
}
