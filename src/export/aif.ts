import {resolveKit} from '../kit/default-kit.js'
import type {ArgumentGraph} from '../kit/graph.js'
import type {AnyNode, BaseNode} from '../kit/kind.js'
import {metaOf, nodeCitations, nodeData} from './carry.js'
import type {ExportOptions} from './options.js'

/** An AIF node as AIFdb and OVA write it: an I-node (information) or an S-node (RA, CA, MA, …). */
export interface AifNode {
  nodeID: string
  text: string
  type: string
  timestamp: string
  scheme?: string
  schemeID?: string
  /**
   * argmark's extension, which other AIF tools ignore: on an I-node the
   * node's `{id, kind, <attribute>: value…, citations?: string[]}`
   * (citations as pandoc text); on an S-node `{relation}`, the relation type
   * when its scheme does not say it (a kit's own type, written as Default
   * Inference).
   */
  argmark?: Record<string, unknown>
}

/** An AIF edge: from one node to another. */
export interface AifEdge {
  edgeID: string
  fromID: string
  toID: string
  formEdgeID: null
}

/** An AIF graph in AIFdb's JSON shape. */
export interface AifDocument {
  nodes: AifNode[]
  edges: AifEdge[]
  locutions: unknown[]
  participants: unknown[]
  schemefulfillments: Array<{nodeID: string; schemeID: string}>
  descriptorfulfillments: unknown[]
  /** argmark's extension: `{meta}`, the draft's front matter, when it has a key. */
  argmark?: {meta: Record<string, unknown>}
}

/** The S-node of a relation type: its AIF node type and scheme (name and AIFdb scheme id). */
export interface AifScheme {
  readonly type: 'RA' | 'CA' | 'MA'
  readonly scheme: string
  readonly schemeID: string
}

/**
 * How each relation type becomes an S-node. `supports` is an inference (RA,
 * Default Inference); `explains` a causal inference (RA, Cause To Effect);
 * `attacks` a conflict (CA, Default Conflict); `qualifies` a rephrase (MA,
 * Default Rephrase): a qualification restates its target in a narrower form,
 * and an RA would say it gives a reason for the target, which it does not.
 * Other relation types are written as Default Inference.
 */
export const aifSchemes: Readonly<Record<string, AifScheme>> = {
  supports: {type: 'RA', scheme: 'Default Inference', schemeID: '72'},
  explains: {type: 'RA', scheme: 'Cause To Effect', schemeID: '4'},
  attacks: {type: 'CA', scheme: 'Default Conflict', schemeID: '71'},
  qualifies: {type: 'MA', scheme: 'Default Rephrase', schemeID: '144'}
}

/**
 * The graph as an AIF document in AIFdb/OVA JSON: an I-node per node (its
 * text), and per relation an S-node (see `aifSchemes`) with one edge from the
 * relation's source and one to its target; never an edge from an I-node to an
 * I-node. Node ids are `"1"`, `"2"`, … (I-nodes first, in graph order); edge
 * ids likewise. Relations to unknown ids are left out. Timestamps are empty.
 * What AIF has no field for is in argmark's `argmark` extension (see
 * `AifNode.argmark`, `AifDocument.argmark`): each node's id, kind,
 * attributes and citations, a relation type no scheme names, the front
 * matter; `importAif` reads it back. Citations that back prose outside
 * every node have no place (see `exportLosses`).
 */
export function toAifDocument(graph: ArgumentGraph<BaseNode>, options?: ExportOptions): AifDocument {
  const document: AifDocument = {nodes: [], edges: [], locutions: [], participants: [], schemefulfillments: [], descriptorfulfillments: []}
  const kit = resolveKit(options?.kit)
  const relationTypes = new Set([...Object.keys(kit.relationTypes), ...graph.relations.map((relation) => relation.type)])
  const citations = nodeCitations(graph).byNode
  const ids = new Map<string, string>()
  let next = 1
  for (const node of graph.nodes) {
    const nodeID = String(next++)
    if (!ids.has(node.id)) ids.set(node.id, nodeID)
    const argmark: Record<string, unknown> = {id: node.id, ...nodeData(node as AnyNode, relationTypes, kit)}
    const cited = citations.get(node.id)
    if (cited) argmark.citations = cited
    document.nodes.push({nodeID, text: node.text, type: 'I', timestamp: '', argmark})
  }
  let edge = 1
  for (const relation of graph.relations) {
    const from = ids.get(relation.from)
    const to = ids.get(relation.to)
    if (from === undefined || to === undefined) continue
    const scheme = Object.hasOwn(aifSchemes, relation.type) ? aifSchemes[relation.type]! : aifSchemes.supports!
    const nodeID = String(next++)
    const own = Object.hasOwn(aifSchemes, relation.type) ? {} : {argmark: {relation: relation.type}}
    document.nodes.push({nodeID, text: scheme.scheme, type: scheme.type, timestamp: '', scheme: scheme.scheme, schemeID: scheme.schemeID, ...own})
    document.schemefulfillments.push({nodeID, schemeID: scheme.schemeID})
    document.edges.push({edgeID: String(edge++), fromID: from, toID: nodeID, formEdgeID: null})
    document.edges.push({edgeID: String(edge++), fromID: nodeID, toID: to, formEdgeID: null})
  }
  const meta = metaOf(graph)
  if (meta) document.argmark = {meta}
  return document
}

/** `toAifDocument` as indented JSON text. */
export function toAif(graph: ArgumentGraph<BaseNode>, options?: ExportOptions): string {
  return JSON.stringify(toAifDocument(graph, options), null, 2) + '\n'
}
