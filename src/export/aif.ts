import type {ArgumentGraph} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'

/** An AIF node as AIFdb and OVA write it: an I-node (information) or an S-node (RA, CA, MA, …). */
export interface AifNode {
  nodeID: string
  text: string
  type: string
  timestamp: string
  scheme?: string
  schemeID?: string
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
 */
export function toAifDocument(graph: ArgumentGraph<BaseNode>): AifDocument {
  const document: AifDocument = {nodes: [], edges: [], locutions: [], participants: [], schemefulfillments: [], descriptorfulfillments: []}
  const ids = new Map<string, string>()
  let next = 1
  for (const node of graph.nodes) {
    const nodeID = String(next++)
    if (!ids.has(node.id)) ids.set(node.id, nodeID)
    document.nodes.push({nodeID, text: node.text, type: 'I', timestamp: ''})
  }
  let edge = 1
  for (const relation of graph.relations) {
    const from = ids.get(relation.from)
    const to = ids.get(relation.to)
    if (from === undefined || to === undefined) continue
    const scheme = Object.hasOwn(aifSchemes, relation.type) ? aifSchemes[relation.type]! : aifSchemes.supports!
    const nodeID = String(next++)
    document.nodes.push({nodeID, text: scheme.scheme, type: scheme.type, timestamp: '', scheme: scheme.scheme, schemeID: scheme.schemeID})
    document.schemefulfillments.push({nodeID, schemeID: scheme.schemeID})
    document.edges.push({edgeID: String(edge++), fromID: from, toID: nodeID, formEdgeID: null})
    document.edges.push({edgeID: String(edge++), fromID: nodeID, toID: to, formEdgeID: null})
  }
  return document
}

/** `toAifDocument` as indented JSON text. */
export function toAif(graph: ArgumentGraph<BaseNode>): string {
  return JSON.stringify(toAifDocument(graph), null, 2) + '\n'
}
