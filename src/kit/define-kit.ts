import * as z from 'zod'
import type {ArgumentGraph} from './graph.js'
import {graphPartsSchema, relationSchema} from './graph.js'
import {isValidName} from './id.js'
import type {AnyNode, KindDefinition, NodeOfKinds} from './kind.js'
import {baseNodeSchema, reservedAttributeNames} from './kind.js'
import type {NormalizedRelationRule, RelationTypeDefinition} from './relation.js'
import {defaultRelationTypes, normalizeRelationRule} from './relation.js'
import type {KitRule} from './rule.js'
import {validateKitSpec} from './validate-spec.js'

type Kinds = Readonly<Record<string, KindDefinition>>
type RelationTypes = Readonly<Record<string, RelationTypeDefinition>>

/** What `defineKit` and `kit.extend` take. */
export interface KitSpec<K extends Kinds = Kinds, R extends RelationTypes = RelationTypes> {
  readonly kinds: K
  /**
   * Relation types: for `defineKit`, all of them (default: supports, attacks,
   * explains, qualifies); for `extend`, those to add.
   */
  readonly relationTypes?: R
  /**
   * Lint rules the kit brings (any unified-lint-rule, or one made with
   * `defineGraphRule`): configured, silenced and documented like argmark's
   * own. For `extend`, those to add.
   */
  readonly rules?: readonly KitRule[]
}

/** A kind as the parser and checker use it: definition plus derived schemas. */
export interface KindInfo {
  readonly name: string
  readonly definition: KindDefinition
  /** Every attribute the kind accepts (relations and `class` included). */
  readonly attributes: ReadonlyMap<string, z.core.$ZodType>
  readonly relations: ReadonlyMap<string, NormalizedRelationRule>
  /** Validates a node's decoded attributes (without `id`). */
  readonly attributesSchema: z.ZodObject
  /** Validates a whole node of this kind as it appears in the graph. */
  readonly nodeSchema: z.ZodObject
}

/**
 * What every kit has, whatever its kinds: all that parsing, checking and
 * linting use.
 */
export interface AnyKit {
  readonly kinds: Kinds
  readonly relationTypes: RelationTypes
  /** The rules the kit brings, besides argmark's. */
  readonly rules: readonly KitRule[]
  /** Names of the kinds, in definition order. */
  readonly kindNames: readonly string[]
  /** Names of the relation types, in definition order. */
  readonly relationTypeNames: readonly string[]
  kind(name: string): KindInfo | undefined
  /** JSON Schema (draft 2020-12) of a graph document. */
  toJSONSchema(): Record<string, unknown>
}

/**
 * The vocabulary a document is read with. Parsing, checking and the JSON
 * Schema are all driven by it, so a new kind needs no change anywhere else.
 * `K` are its kinds, `T` the names of its relation types.
 */
export interface Kit<K extends Kinds = Kinds, T extends string = string> extends AnyKit {
  readonly kinds: K
  readonly relationTypeNames: readonly T[]
  /** A node of any kind: a discriminated union over `kind`. */
  readonly nodeSchema: z.ZodType<NodeOfKinds<K>>
  /** A whole graph document: `{nodes, relations, citations, sources, meta}`. */
  readonly graphSchema: z.ZodType<ArgumentGraph<NodeOfKinds<K>, T>>
  /**
   * A new kit with more kinds, relation types and rules; a kind of the same
   * name replaces the old one.
   */
  extend<const More extends Kinds, const MoreTypes extends RelationTypes = {}>(
    spec: KitSpec<More, MoreTypes>
  ): Kit<Omit<K, keyof More> & More, T | (keyof MoreTypes & string)>
}

/** The node type of a kit: `type Node = KitNode<typeof kit>`. */
export type KitNode<K extends AnyKit> = K extends Kit<infer Defs, string> ? NodeOfKinds<Defs> : AnyNode

/** The relation type names of a kit: `'supports' | 'attacks' | …` for the default kit. */
export type KitRelationType<K extends AnyKit> = K['relationTypeNames'][number]

/** The graph type of a kit. */
export type KitGraph<K extends AnyKit> = ArgumentGraph<KitNode<K>, KitRelationType<K>>

/**
 * Define a kit from kinds, relation types and rules.
 * Throws a `TypeError` on a definition that cannot work (a programming error,
 * not a document error): a bad kind name, a reserved attribute, an attribute
 * schema that is not a zod 4 schema, a relation to an unknown kind or of an
 * unknown type, an empty list of target kinds, an unknown key in a kind, a
 * relation rule, a relation type or a map style (a typo such as `relation:`),
 * a map shape or colour maps do not know, a preset level or family that does
 * not exist, a rule that is not a function.
 */
export function defineKit<const K extends Kinds, const R extends RelationTypes = typeof defaultRelationTypes>(
  spec: KitSpec<K, R>
): Kit<K, keyof R & string> {
  validateKitSpec(spec)
  const relationTypes: RelationTypes = {...(spec.relationTypes ?? defaultRelationTypes)}
  const rules = [...(spec.rules ?? [])]
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

  for (const rule of rules) {
    const plugin = typeof rule === 'function' ? rule : rule?.rule
    if (typeof plugin !== 'function') {
      throw new TypeError(
        'Unexpected rule `' + String(typeof rule === 'object' && rule !== null ? plugin : rule) +
          '` in the kit, expected a unified-lint-rule plugin or `{rule, presets}`'
      )
    }
  }

  const nodeSchemas = [...infos.values()].map((info) => info.nodeSchema)
  const [first, ...rest] = nodeSchemas
  if (!first) throw new TypeError('Unexpected kit without kinds, expected at least one kind')
  const nodeSchema = z.discriminatedUnion('kind', [first, ...rest])
  const typeNames = Object.keys(relationTypes)
  const relation = relationSchema.extend({
    type: typeNames.length > 0 ? z.enum(typeNames as [string, ...string[]]) : z.never()
  })
  const graphSchema = z.object({nodes: z.array(nodeSchema), relations: z.array(relation), ...graphPartsSchema.shape})

  return {
    kinds: spec.kinds,
    relationTypes,
    rules,
    kindNames: [...infos.keys()],
    relationTypeNames: typeNames as Array<keyof R & string>,
    nodeSchema: nodeSchema as unknown as z.ZodType<NodeOfKinds<K>>,
    graphSchema: graphSchema as unknown as z.ZodType<ArgumentGraph<NodeOfKinds<K>, keyof R & string>>,
    kind(name) {
      return infos.get(name)
    },
    extend(more) {
      validateKitSpec(more, true)
      return defineKit({
        kinds: {...spec.kinds, ...more.kinds},
        relationTypes: mergeRelationTypes(relationTypes, more.relationTypes),
        rules: [...rules, ...(more.rules ?? [])]
      }) as never
    },
    toJSONSchema() {
      // The graph as `exportGraph` writes it holds each schema's output; what
      // JSON Schema cannot say (a `.transform()`'s result, `z.date()`) is
      // `{}`, any value, rather than an error that would leave a kit with a
      // transform without a schema (and `argmark lint --cache` without a key).
      return z.toJSONSchema(graphSchema, {target: 'draft-2020-12', unrepresentable: 'any'}) as Record<string, unknown>
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

  const attributes = new Map<string, z.core.$ZodType>()
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
    const list = z.array(baseNodeSchema.shape.id).min(1)
    attributes.set(type, normalized.required ? list : list.optional())
  }

  attributes.set('class', baseNodeSchema.shape.class)
  const attributeShape = Object.fromEntries(attributes)
  const attributesSchema = z.object(attributeShape)
  const {id, text, position, label} = baseNodeSchema.shape
  const shape = z.object({kind: z.literal(name), id, text, position, label, ...attributeShape})
  const nodeSchema = definition.description ? shape.describe(definition.description) : shape

  return {name, definition, attributes, relations, attributesSchema, nodeSchema}
}

/**
 * Takes the kit's relation types and those `extend` adds; returns them
 * together. A type the kit has already is merged field by field: the fields
 * given replace the old ones and those left out are kept, so giving
 * `supports` a new description does not silently drop its acyclicity (and
 * the `circular-support` check with it); `acyclic: false` says so on purpose.
 */
function mergeRelationTypes(base: RelationTypes, more: RelationTypes | undefined): RelationTypes {
  const merged: Record<string, RelationTypeDefinition> = {...base}
  for (const [name, definition] of Object.entries(more ?? {})) {
    merged[name] = Object.hasOwn(base, name) ? {...base[name], ...withoutUndefined(definition)} : definition
  }
  return merged
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>
}

function listNames(names: readonly string[]): string {
  return names.map((name) => '`' + name + '`').join(', ')
}
