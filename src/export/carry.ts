import type {Root} from 'mdast'
import type {AnyKit} from '../kit/define-kit.js'
import type {ArgumentGraph} from '../kit/graph.js'
import type {AnyNode, BaseNode} from '../kit/kind.js'
import {reservedAttributeNames} from '../kit/kind.js'
import {serializer} from '../syntax/canonical.js'

/**
 * What `toArgdown` and `toAif` carry of a node besides its text, so an
 * import gives it back: `{kind, <attribute>: value…}` — every attribute but
 * `id`, `text`, `position` and relation attributes (`relationTypes`);
 * `label` and `class` are kept. When the kit has the node's kind, only the
 * attributes it declares (`parse` gives no other; a graph built by hand may).
 */
export function nodeData(node: AnyNode, relationTypes: ReadonlySet<string>, kit: AnyKit): Record<string, unknown> {
  const data: Record<string, unknown> = {kind: node.kind}
  const declared = kit.kind(node.kind)?.attributes
  for (const [key, value] of Object.entries(node)) {
    if (reservedAttributeNames.has(key) && key !== 'label' && key !== 'class') continue
    if (relationTypes.has(key) || value === undefined) continue
    if (declared && !declared.has(key) && key !== 'label' && key !== 'class') continue
    data[key] = value
  }
  return data
}

/**
 * The citations of the graph that back a node, by node id, each as pandoc
 * citation text (`[@doe99, p. 12]`, `@lee2010 [ch. 3]`) as argmark's
 * serializer writes it; `prose` counts the citations that back a sentence
 * outside every node, which a map format has no place for.
 */
export function nodeCitations(graph: ArgumentGraph<BaseNode>): {byNode: Map<string, string[]>; prose: number} {
  const byNode = new Map<string, string[]>()
  let prose = 0
  const write = serializer()
  for (const citation of graph.citations) {
    if (citation.node === null || citation.node === undefined) {
      prose++
      continue
    }
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'citation', mode: citation.mode, items: citation.items}]}]}
    const text = write.stringify(tree).trim()
    const list = byNode.get(citation.node)
    if (list) list.push(text)
    else byNode.set(citation.node, [text])
  }
  return {byNode, prose}
}

/** The graph's front matter (`meta`) when it has a key, else `undefined`. */
export function metaOf(graph: ArgumentGraph<BaseNode>): Record<string, unknown> | undefined {
  const meta = graph.meta as Record<string, unknown> | undefined
  return meta && Object.keys(meta).length > 0 ? meta : undefined
}
