import * as z from 'zod'
import {idSchema} from './id.js'
import {positionSchema} from './position.js'
import type {RelationRule} from './relation.js'

/** The zod shape a kind's own attributes are declared with. */
export type AttributeShape = Readonly<Record<string, z.core.$ZodType>>

/**
 * One kind of node: its attributes (zod schemas of their decoded values) and
 * the relation attributes it may carry, with the kinds each may point at.
 */
export interface KindDefinition {
  /** One sentence for docs and JSON Schema descriptions. */
  readonly description?: string
  /**
   * Attributes besides relations. Values are decoded from the directive's
   * strings by the schema's type: a bare flag or `true`/`false` for booleans,
   * a number for numbers, a space- or comma-separated list for arrays.
   */
  readonly attributes?: AttributeShape
  /** Relation attributes, keyed by relation type. */
  readonly relations?: Readonly<Record<string, RelationRule>>
  /** How argument maps (Mermaid, DOT, SVG) draw nodes of this kind. */
  readonly map?: KindMapStyle
}

/** A node shape argument maps know; each has a Mermaid and a Graphviz form. */
export type MapShape =
  | 'box'
  | 'rounded'
  | 'stadium'
  | 'hexagon'
  | 'parallelogram'
  | 'cylinder'
  | 'diamond'
  | 'subroutine'

/** How argument maps draw a kind: any field left out gets argmark's default. */
export interface KindMapStyle {
  readonly shape?: MapShape
  /** Fill colour: `#rgb` or `#rrggbb`. */
  readonly color?: string
}

/** The fields every node has, whatever its kind (`kind` is each kind's literal). */
export const baseNodeSchema = z.object({
  /** Unique per document; generated (`claim-3`) when the author gave none. */
  id: idSchema,
  kind: z.string(),
  /** Plain text of the directive's label (text, leaf) or content (container). */
  text: z.string(),
  /** Where the directive starts and ends in the source (lines and columns 1-based, offsets 0-based). */
  position: positionSchema,
  /** A container's `[label]`, when it has one. */
  label: z.string().optional(),
  /** Classes from `.name` shortcuts, space-separated. */
  class: z.string().optional()
})

/** The fields every node has, whatever its kind. */
export type BaseNode<Kind extends string = string> = Omit<z.infer<typeof baseNodeSchema>, 'kind'> & {kind: Kind}

/** A node of a kit whose kinds are not known statically: attributes are `unknown`. */
export type AnyNode = BaseNode & {readonly [attribute: string]: unknown}

type AttributesOf<Definition extends KindDefinition> =
  Definition['attributes'] extends infer Shape extends AttributeShape
    ? {-readonly [Key in keyof Shape]: z.output<Shape[Key]>} extends infer Attributes
      ? OptionalUndefined<Attributes>
      : never
    : unknown

// A relation attribute is a list of ids: required where the rule says `required: true`.
type RelationsOf<Definition extends KindDefinition> =
  Definition['relations'] extends infer Relations extends Readonly<
    Record<string, RelationRule>
  >
    ? {-readonly [Key in keyof Relations as Relations[Key] extends {readonly required: true} ? Key : never]: string[]} & {
        -readonly [Key in keyof Relations as Relations[Key] extends {readonly required: true} ? never : Key]?: string[]
      }
    : unknown

// `{a: string | undefined}` → `{a?: string | undefined}`, as zod infers objects.
type OptionalUndefined<T> = {
  [Key in keyof T as undefined extends T[Key] ? never : Key]: T[Key]
} & {
  [Key in keyof T as undefined extends T[Key] ? Key : never]?: T[Key]
}

/** The node type of one kind, inferred from its definition. */
export type NodeOf<
  Kind extends string,
  Definition extends KindDefinition
> = BaseNode<Kind> & AttributesOf<Definition> & RelationsOf<Definition>

/** The union of the node types of every kind in a kit. */
export type NodeOfKinds<Kinds extends Readonly<Record<string, KindDefinition>>> =
  {
    [Kind in keyof Kinds & string]: NodeOf<Kind, Kinds[Kind]>
  }[keyof Kinds & string]

/** Fields the extractor sets itself; a kind may not declare them. */
export const reservedAttributeNames: ReadonlySet<string> = new Set([
  'id',
  'kind',
  'text',
  'position',
  'label',
  'class'
])
