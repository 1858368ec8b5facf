import * as z from 'zod'
import {citationSchema} from './citation.js'
import {cslItemOutputSchema} from './csl.js'
import {idSchema} from './id.js'
import type {AnyNode, BaseNode} from './kind.js'
import {positionSchema} from './position.js'

/** One edge of the argument graph: `from` <type> `to`, as an attribute wrote it. */
export const relationSchema = z.object({
  from: idSchema,
  /** The id the attribute names (an unknown one is `unknown-reference`'s to report). */
  to: z.string(),
  /** The relation type: one of the kit's relation type names. */
  type: z.string(),
  /** Where the attribute's target is written (1-based lines and columns). */
  position: positionSchema.optional()
})

/**
 * The document's front matter. The keys argmark reads are typed; every other
 * key is kept as YAML gave it.
 */
export const metaSchema = z.looseObject({
  title: z.string().optional(),
  author: z.unknown().optional(),
  date: z.unknown().optional(),
  /** One path or a list, relative to the document, as pandoc reads it. */
  bibliography: z.union([z.string(), z.array(z.string())]).optional(),
  /** CSL items written in the front matter (checked into `sources`). */
  references: z.array(z.unknown()).optional(),
  /** argmark's own settings. */
  argmark: z.record(z.string(), z.unknown()).optional()
})

/** The graph's sources: CSL-JSON items with a string `id`. */
export const sourceSchema = cslItemOutputSchema

/** What every graph has besides its nodes and relations (which depend on the kit). */
export const graphPartsSchema = z.object({
  /** Every citation, in document order. */
  citations: z.array(citationSchema),
  /** The document's sources (CSL-JSON items): front matter `references`, then those `resolveSources` was given. */
  sources: z.array(sourceSchema),
  meta: metaSchema
})

/** One edge of the argument graph; `Type` is the kit's relation type names. */
export type Relation<Type extends string = string> = Omit<z.infer<typeof relationSchema>, 'type'> & {type: Type}

/** The document's front matter, typed where argmark reads it. */
export type GraphMeta = z.infer<typeof metaSchema>

/**
 * What `parse` builds from a document: `{nodes, relations, citations,
 * sources, meta}`. `Node` and `Type` come from the kit (see `KitGraph`).
 */
export type ArgumentGraph<Node extends BaseNode = AnyNode, Type extends string = string> = {
  nodes: Node[]
  relations: Array<Relation<Type>>
} & z.infer<typeof graphPartsSchema>

/** An empty graph, for a document that could not be read. */
export function emptyGraph(): ArgumentGraph {
  return {nodes: [], relations: [], citations: [], sources: [], meta: {}}
}
