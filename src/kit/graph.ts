import type {Position} from 'unist'
import {z} from 'zod'
import type {AnyNode, BaseNode} from './kind.js'
import {idSchema} from './id.js'
import {positionSchema} from './position.js'
import type {CslItem} from '../sources/csl.js'
import type {CitationItem, CitationMode} from '../syntax/citation/types.js'
import {cslItemOutputSchema} from '../sources/csl.js'

/** One edge of the argument graph: `from` <type> `to`, as an attribute wrote it. */
export interface Relation {
  from: string
  to: string
  type: string
  /** Where the attribute that names the target is written. */
  position?: Position
}

/** One cited source in a citation, as the graph lists it (the tree's item without its raw text). */
export type GraphCitationItem = Omit<CitationItem, 'rawSuffix'>

/**
 * A citation and what it backs: the node it sits in (or right after, in the
 * same sentence), or else only its sentence.
 */
export interface GraphCitation {
  /** The id of the node the citation backs; `null` when it backs its sentence only. */
  node: string | null
  /** The sentence the citation is part of. */
  sentence: Position
  /** The identifier of the footnote the citation is written in, if it is in one. */
  footnote?: string
  /** `bracketed` (`[@a]`) or `in-text` (`@a`, `@a [p. 4]`). */
  mode: CitationMode
  items: GraphCitationItem[]
  position: Position
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
  /** CSL items written in the front matter (checked into `sources`). */
  references?: unknown[]
  /** argmark's own settings. */
  argmark?: Record<string, unknown>
  [key: string]: unknown
}

/** What `parse` builds from a document. */
export interface ArgumentGraph<Node extends BaseNode = AnyNode> {
  nodes: Node[]
  relations: Relation[]
  /** Every citation, in document order. */
  citations: GraphCitation[]
  /** The document's sources (CSL-JSON items): front matter `references`, then any given to `parse`. */
  sources: CslItem[]
  meta: GraphMeta
}

export const relationSchema = z.object({
  from: idSchema,
  to: z.string(),
  type: z.string(),
  position: positionSchema.optional()
})

export const citationItemSchema = z.object({
  key: z.string().min(1),
  prefix: z.string(),
  locator: z.string().optional(),
  label: z.string().optional(),
  suffix: z.string(),
  suppressAuthor: z.boolean(),
  position: positionSchema
})

export const citationSchema = z.object({
  node: idSchema.nullable(),
  sentence: positionSchema,
  footnote: z.string().optional(),
  mode: z.enum(['bracketed', 'in-text']),
  items: z.array(citationItemSchema).min(1),
  position: positionSchema
})

export {cslItemOutputSchema as sourceSchema}

export const metaSchema = z.looseObject({
  title: z.string().optional(),
  author: z.unknown().optional(),
  date: z.unknown().optional(),
  bibliography: z.union([z.string(), z.array(z.string())]).optional(),
  references: z.array(z.unknown()).optional(),
  argmark: z.record(z.string(), z.unknown()).optional()
})
