import type {Root} from 'mdast'
import type {Position} from 'unist'
import type {AnyKit} from '../kit/define-kit.js'
import type {GraphCitation} from '../kit/citation.js'
import type {ArgumentGraph, Relation} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import type {Directive} from '../syntax/types.js'
import {walk} from '../util/walk.js'

/** What graph rules ask of a graph, each answer a map lookup. */
export interface GraphIndex {
  readonly nodes: ReadonlyMap<string, BaseNode>
  /** Relations into each node that exists, by target id. */
  readonly incoming: ReadonlyMap<string, readonly Relation[]>
  /** Relations out of each node, by source id. */
  readonly outgoing: ReadonlyMap<string, readonly Relation[]>
  /** The citations that back each node, by node id. */
  readonly citations: ReadonlyMap<string, readonly GraphCitation[]>
  /** Ids of the nodes a citation backs. */
  readonly cited: ReadonlySet<string>
}

// Several rules read one graph: index it once.
const indexes = new WeakMap<ArgumentGraph<BaseNode>, GraphIndex>()
const directives = new WeakMap<Root, Map<number, Directive>>()

/** The index of a graph, built in one pass over its nodes, relations and citations. */
export function indexGraph(graph: ArgumentGraph<BaseNode>): GraphIndex {
  const cached = indexes.get(graph)
  if (cached) return cached
  const nodes = new Map<string, BaseNode>()
  for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node)
  const incoming = new Map<string, Relation[]>()
  const outgoing = new Map<string, Relation[]>()
  for (const relation of graph.relations) {
    push(outgoing, relation.from, relation)
    if (nodes.has(relation.to)) push(incoming, relation.to, relation)
  }
  const citations = new Map<string, GraphCitation[]>()
  for (const citation of graph.citations) if (citation.node !== null) push(citations, citation.node, citation)
  const index: GraphIndex = {nodes, incoming, outgoing, citations, cited: new Set(citations.keys())}
  indexes.set(graph, index)
  return index
}

/**
 * The relation types that mean support: those the kit marks acyclic
 * (`supports` and `explains` in the default kit), as circular-support reads them.
 */
export function supportTypes(kit: Pick<AnyKit, 'relationTypes'>): ReadonlySet<string> {
  const types = new Set<string>()
  for (const [type, definition] of Object.entries(kit.relationTypes)) {
    if (definition.acyclic) types.add(type)
  }
  return types
}

/**
 * Where to point at a node: its `#id` (or another attribute) as written, else
 * the opening of a container or leaf directive, else the whole node.
 */
export function nodePlace(tree: Root, node: BaseNode, attribute = 'id'): Position {
  const directive = directivesOf(tree).get(node.position.start.offset ?? -1)
  const data = directive?.data?.position
  return data?.attributes?.[attribute] ?? data?.attributes?.['id'] ?? data?.opening ?? node.position
}

// Graph nodes keep their directive's position: find directives by start offset.
function directivesOf(tree: Root): Map<number, Directive> {
  let found = directives.get(tree)
  if (found) return found
  found = new Map()
  const map = found
  walk(tree, (node) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return
    const offset = node.position?.start.offset
    if (offset !== undefined && !map.has(offset)) map.set(offset, node as Directive)
  })
  directives.set(tree, found)
  return found
}

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Whether any relation in `relations` has one of `types`. */
export function hasType(relations: readonly Relation[] | undefined, types: ReadonlySet<string>): boolean {
  return relations !== undefined && relations.some((relation) => types.has(relation.type))
}

/** Evidence nodes of one `type` (`quotation`, `statistic`) in a kit with an `evidence` kind. */
export function evidenceOfType(graph: ArgumentGraph<BaseNode>, type: string): BaseNode[] {
  return graph.nodes.filter((node) => node.kind === 'evidence' && (node as BaseNode & {type?: unknown}).type === type)
}
