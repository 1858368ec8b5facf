import {z} from 'zod'
import type {ArgumentGraph} from './graph.js'
import {citationSchema, metaSchema, relationSchema, sourceSchema} from './graph.js'
import {idSchema, isValidName} from './id.js'
import type {AnyNode, KindDefinition, NodeOfKinds} from './kind.js'
import {reservedAttributeNames} from './kind.js'
import {positionSchema} from './position.js'
import type {NormalizedRelationRule, RelationTypeDefinition} from './relation.js'
import {defaultRelationTypes, normalizeRelationRule} from './relation.js'

type Kinds = Readonly<Record<string, KindDefinition>>
type RelationTypes = Readonly<Record<string, RelationTypeDefinition>>

/** What `defineKit` and `kit.extend` take. */
export interface KitSpec<K extends Kinds = Kinds> {
  readonly kinds: K
  /**
   * Relation types: for `defineKit`, all of them (default: supports, attacks,
   * explains, qualifies); for `extend`, those to add.
   */
  readonly relationTypes?: RelationTypes
}

/** A kind as the parser and checker use it: definition plus derived schemas. */
export interface KindInfo {
  readonly name: string
  readonly definition: KindDefinition
  /** Every attribute the kind accepts (relations and `class` included). */
  readonly attributes: ReadonlyMap<string, z.ZodType>
  readonly relations: ReadonlyMap<string, NormalizedRelationRule>
  /** Validates a node's decoded attributes (without `id`). */
  readonly attributesSchema: z.ZodObject
  /** Validates a whole node of this kind as it appears in the graph. */
  readonly nodeSchema: z.ZodObject
}

/**
 * What every kit has, whatever its kinds: all that parsing and checking use.
 */
export interface AnyKit {
  readonly kinds: Kinds
  readonly relationTypes: RelationTypes
  /** Names of the kinds, in definition order. */
  readonly kindNames: readonly string[]
  kind(name: string): KindInfo | undefined
  /** JSON Schema (draft 2020-12) of a graph document. */
  toJSONSchema(): Record<string, unknown>
}

/**
 * The vocabulary a document is read with. Parsing, checking and the JSON
 * Schema are all driven by it, so a new kind needs no change anywhere else.
 */
export interface Kit<K extends Kinds = Kinds> extends AnyKit {
  readonly kinds: K
  /** A node of any kind: a discriminated union over `kind`. */
  readonly nodeSchema: z.ZodType<NodeOfKinds<K>>
  /** A whole graph document: `{nodes, relations, citations, sources, meta}`. */
  readonly graphSchema: z.ZodType<ArgumentGraph<NodeOfKinds<K>>>
  /** A new kit with more kinds or relation types; a kind of the same name replaces the old one. */
  extend<const More extends Kinds>(
    spec: KitSpec<More>
  ): Kit<Omit<K, keyof More> & More>
}

/** The node type of a kit: `type Node = KitNode<typeof kit>`. */
export type KitNode<K extends AnyKit> = K extends Kit<infer Defs> ? NodeOfKinds<Defs> : AnyNode

/** The graph type of a kit. */
export type KitGraph<K extends AnyKit> = ArgumentGraph<KitNode<K>>

/**
 * Define a kit from kinds and relation types.
 * Throws a `TypeError` on a definition that cannot work (a programming error,
 * not a document error): a bad kind name, a reserved attribute, a relation to
 * an unknown kind or of an unknown type.
 */
export function defineKit<const K extends Kinds>(spec: KitSpec<K>): Kit<K> {
  const relationTypes: RelationTypes = {...(spec.relationTypes ?? defaultRelationTypes)}
  const infos = new Map<string, KindInfo>()

  for (const [name, definition] of Object.entries(spec.kinds)) {
    infos.set(name, createKindInfo(name, definition, relationTypes))
  }

  for (const info of infos.values()) {
    for (const [type, rule] of info.relations) {
      for (const target of rule.to) {
        if (!spec.kinds[target]) {
          throw new TypeError(
            `Unexpected target kind \`${target}\` in \`${info.name}.${type}\`, expected one of ${listNames(Object.keys(spec.kinds))}`
          )
        }
      }
    }
  }

  const nodeSchemas = [...infos.values()].map((info) => info.nodeSchema)
  const [first, ...rest] = nodeSchemas
  if (!first) throw new TypeError('Unexpected kit without kinds, expected at least one kind')
  const nodeSchema = z.discriminatedUnion('kind', [first, ...rest])
  const graphSchema = z.object({
    nodes: z.array(nodeSchema),
    relations: z.array(relationSchema),
    citations: z.array(citationSchema),
    sources: z.array(sourceSchema),
    meta: metaSchema
  })

  return {
    kinds: spec.kinds,
    relationTypes,
    kindNames: [...infos.keys()],
    nodeSchema: nodeSchema as unknown as z.ZodType<NodeOfKinds<K>>,
    graphSchema: graphSchema as unknown as z.ZodType<ArgumentGraph<NodeOfKinds<K>>>,
    kind(name) {
      return infos.get(name)
    },
    extend(more) {
      return defineKit({
        kinds: {...spec.kinds, ...more.kinds},
        relationTypes: {...relationTypes, ...more.relationTypes}
      }) as unknown as Kit<Omit<K, keyof typeof more.kinds> & typeof more.kinds>
    },
    toJSONSchema() {
      return z.toJSONSchema(graphSchema, {target: 'draft-2020-12'}) as Record<string, unknown>
    }
  }
}

function createKindInfo(
  name: string,
  definition: KindDefinition,
  relationTypes: RelationTypes
): KindInfo {
  if (!isValidName(name)) {
    throw new TypeError(
      `Unexpected kind name \`${name}\`, expected a letter, then letters, digits, \`_\` or \`-\``
    )
  }

  const attributes = new Map<string, z.ZodType>()
  const relations = new Map<string, NormalizedRelationRule>()

  for (const [attribute, schema] of Object.entries(definition.attributes ?? {})) {
    if (reservedAttributeNames.has(attribute)) {
      throw new TypeError(
        `Unexpected reserved attribute \`${attribute}\` on kind \`${name}\`, expected another name`
      )
    }
    attributes.set(attribute, schema)
  }

  for (const [type, rule] of Object.entries(definition.relations ?? {})) {
    if (!Object.hasOwn(relationTypes, type)) {
      throw new TypeError(
        `Unexpected relation type \`${type}\` on kind \`${name}\`, expected one of ${listNames(Object.keys(relationTypes))}`
      )
    }
    if (attributes.has(type)) {
      throw new TypeError(
        `Unexpected attribute \`${type}\` on kind \`${name}\` that is also a relation, expected one or the other`
      )
    }
    const normalized = normalizeRelationRule(rule)
    relations.set(type, normalized)
    const list = z.array(idSchema).min(1)
    attributes.set(type, normalized.required ? list : list.optional())
  }

  attributes.set('class', z.string().optional())
  const attributeShape = Object.fromEntries(attributes)
  const attributesSchema = z.object(attributeShape)
  const shape = z.object({
    kind: z.literal(name),
    id: idSchema,
    text: z.string(),
    position: positionSchema,
    label: z.string().optional(),
    ...attributeShape
  })
  const nodeSchema = definition.description ? shape.describe(definition.description) : shape

  return {name, definition, attributes, relations, attributesSchema, nodeSchema}
}

function listNames(names: readonly string[]): string {
  return names.map((name) => '`' + name + '`').join(', ')
}
