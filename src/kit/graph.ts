import type {Position} from 'unist'
import {z} from 'zod'
import type {AnyNode, BaseNode} from './kind.js'
import {idSchema} from './id.js'
import {positionSchema} from './position.js'

/** One edge of the argument graph: `from` <type> `to`, as an attribute wrote it. */
export interface Relation {
  from: string
  to: string
  type: string
  /** Where the attribute that names the target is written. */
  position?: Position
}

/**
 * The document's front matter. The keys argmark reads are typed; every other
 * key is kept as YAML gave it.
 */
export interface GraphMeta {
  title?: string
  author?: unknown
  date?: unknown
  /** One path or a list, relative to the document, as pandoc reads it. */
  bibliography?: string | string[]
  /** argmark's own settings. */
  argmark?: Record<string, unknown>
  [key: string]: unknown
}

/** What `parse` builds from a document. */
export interface ArgumentGraph<Node extends BaseNode = AnyNode> {
  nodes: Node[]
  relations: Relation[]
  meta: GraphMeta
}

export const relationSchema = z.object({
  from: idSchema,
  to: z.string(),
  type: z.string(),
  position: positionSchema.optional()
})

export const metaSchema = z.looseObject({
  title: z.string().optional(),
  author: z.unknown().optional(),
  date: z.unknown().optional(),
  bibliography: z.union([z.string(), z.array(z.string())]).optional(),
  argmark: z.record(z.string(), z.unknown()).optional()
})
