import {didYouMean, didYouMeanPhrase} from './did-you-mean.js'
import {isValidName} from './id.js'
import {colorExpression, mapShapes} from './map-style.js'

// Build-time checks of a kit's definition, for what TypeScript would catch in
// a typed program but plain JavaScript lets through: each throws one
// `TypeError` naming the place (`kind \`risk\``, `risk.likelihood`) and what
// was expected, so a kit that cannot work fails where it is defined, not as
// an `internal-error` on every document read with it.

const kindKeys = ['description', 'attributes', 'relations', 'map']
const relationRuleKeys = ['to', 'required']
const relationTypeKeys = ['description', 'acyclic']
const mapKeys = ['shape', 'color']
const presetKeys = ['core', 'recommended', 'strict']
const ruleLevels = ['off', 'warn', 'error']
const ruleFamilies = ['syntax', 'graph', 'sources', 'prose', 'settings']
const ruleEntryKeys = ['rule', 'presets', 'family']

/**
 * Takes a kit spec (`defineKit`'s argument, or `extend`'s when `extending`,
 * where `kinds` may be left out); returns nothing, throws a `TypeError` on a
 * mistake.
 */
export function validateKitSpec(spec: unknown, extending = false): void {
  if (!isRecord(spec)) throw new TypeError('Unexpected kit spec ' + describe(spec) + ', expected an object with `kinds`')
  unknownKeys(spec, ['kinds', 'relationTypes', 'rules'], 'the kit spec')
  if (!(extending && spec.kinds === undefined) && !isRecord(spec.kinds)) throw new TypeError('Unexpected `kinds` ' + describe(spec.kinds) + ', expected an object of kind definitions')
  if (spec.relationTypes !== undefined) {
    if (!isRecord(spec.relationTypes)) {
      throw new TypeError('Unexpected `relationTypes` ' + describe(spec.relationTypes) + ', expected an object of relation type definitions')
    }
    for (const [name, definition] of Object.entries(spec.relationTypes)) validateRelationType(name, definition)
  }
  if (spec.rules !== undefined && !Array.isArray(spec.rules)) {
    throw new TypeError('Unexpected `rules` ' + describe(spec.rules) + ', expected an array of rules')
  }
  for (const [name, definition] of Object.entries((spec.kinds ?? {}) as Record<string, unknown>)) validateKind(name, definition)
  for (const rule of (spec.rules as unknown[] | undefined) ?? []) {
    if (isRecord(rule)) validateRuleEntry(rule)
  }
}

function validateRelationType(name: string, definition: unknown): void {
  const place = 'relation type `' + name + '`'
  if (!isValidName(name)) {
    throw new TypeError('Unexpected relation type name `' + name + '`, expected a letter, then letters, digits, `_` or `-`')
  }
  if (!isRecord(definition)) throw new TypeError('Unexpected ' + place + ' ' + describe(definition) + ', expected an object (`{}` for no options)')
  unknownKeys(definition, relationTypeKeys, place)
  optionalOf(definition.description, 'string', '`description` of ' + place)
  optionalOf(definition.acyclic, 'boolean', '`acyclic` of ' + place)
}

function validateKind(name: string, definition: unknown): void {
  const place = 'kind `' + name + '`'
  if (!isRecord(definition)) throw new TypeError('Unexpected ' + place + ' ' + describe(definition) + ', expected an object (`{}` for a kind with nothing more)')
  unknownKeys(definition, kindKeys, place)
  optionalOf(definition.description, 'string', '`description` of ' + place)
  if (definition.attributes !== undefined) {
    if (!isRecord(definition.attributes)) {
      throw new TypeError('Unexpected `attributes` ' + describe(definition.attributes) + ' of ' + place + ', expected an object of zod schemas')
    }
    for (const [attribute, schema] of Object.entries(definition.attributes)) validateSchema(name, attribute, schema)
  }
  if (definition.relations !== undefined) {
    if (!isRecord(definition.relations)) {
      throw new TypeError('Unexpected `relations` ' + describe(definition.relations) + ' of ' + place + ', expected an object of target kind lists')
    }
    for (const [type, rule] of Object.entries(definition.relations)) validateRelationRule(name + '.' + type, rule)
  }
  if (definition.map !== undefined) validateMap(name, definition.map)
}

/**
 * Takes a kind, an attribute and its schema; throws unless the schema is a
 * zod 4 schema (`zod` or `zod/mini`): what decoding, validation and the JSON
 * Schema read.
 */
function validateSchema(kind: string, attribute: string, schema: unknown): void {
  const zod = isRecord(schema) || typeof schema === 'function' ? (schema as {_zod?: {def?: {type?: unknown}; version?: {major?: unknown}}})._zod : undefined
  if (zod && typeof zod.def?.type === 'string' && zod.version?.major === 4) return
  const what = isRecord(schema) && '_def' in schema && !('_zod' in schema) ? 'a zod 3 schema (from `zod/v3`)' : describe(schema)
  throw new TypeError(
    'Unexpected attribute schema ' + what + ' for `' + kind + '.' + attribute + '`, expected a zod 4 schema (such as `z.string()` from `zod`)'
  )
}

function validateRelationRule(place: string, rule: unknown): void {
  const expected = ', expected a non-empty list of kind names or `{to: [kinds], required?: boolean}`'
  let to: unknown = rule
  if (isRecord(rule)) {
    unknownKeys(rule, relationRuleKeys, '`' + place + '`')
    optionalOf(rule.required, 'boolean', '`required` of `' + place + '`')
    to = rule.to
  }
  if (!Array.isArray(to)) throw new TypeError('Unexpected relation rule ' + describe(rule) + ' for `' + place + '`' + expected)
  if (to.length === 0) throw new TypeError('Unexpected empty list of target kinds for `' + place + '`' + expected)
  for (const target of to) {
    if (typeof target !== 'string') throw new TypeError('Unexpected target ' + describe(target) + ' in `' + place + '`, expected a kind name')
  }
}

function validateMap(kind: string, map: unknown): void {
  const place = '`map` of kind `' + kind + '`'
  if (!isRecord(map)) throw new TypeError('Unexpected ' + place + ' ' + describe(map) + ', expected `{shape?, color?}`')
  unknownKeys(map, mapKeys, place)
  if (map.shape !== undefined && !mapShapes.includes(map.shape as never)) {
    throw new TypeError('Unexpected map shape ' + describe(map.shape) + ' of kind `' + kind + '`, expected one of ' + list(mapShapes))
  }
  if (map.color !== undefined && (typeof map.color !== 'string' || !colorExpression.test(map.color))) {
    throw new TypeError('Unexpected map colour ' + describe(map.color) + ' of kind `' + kind + '`, expected `#rgb` or `#rrggbb`')
  }
}

/** Takes a rule's `{rule, presets, family}`; throws on unknown keys, presets or families. */
function validateRuleEntry(entry: Record<string, unknown>): void {
  unknownKeys(entry, ruleEntryKeys, 'a kit rule entry')
  validateRuleMeta(entry.presets, entry.family, 'a kit rule entry')
}

/**
 * Takes a rule's presets and family (either may be `undefined`) and where they
 * are, for messages; throws on an unknown preset name, level or family.
 */
export function validateRuleMeta(presets: unknown, family: unknown, place: string): void {
  if (presets !== undefined) {
    if (!isRecord(presets)) throw new TypeError('Unexpected `presets` ' + describe(presets) + ' of ' + place + ', expected `{core?, recommended?, strict?}`')
    unknownKeys(presets, presetKeys, '`presets` of ' + place)
    for (const [name, level] of Object.entries(presets)) {
      if (level !== undefined && !ruleLevels.includes(level as string)) {
        throw new TypeError('Unexpected level ' + describe(level) + ' for preset `' + name + '` of ' + place + ', expected ' + list(ruleLevels))
      }
    }
  }
  if (family !== undefined && !ruleFamilies.includes(family as string)) {
    throw new TypeError('Unexpected `family` ' + describe(family) + ' of ' + place + ', expected one of ' + list(ruleFamilies))
  }
}

function unknownKeys(record: Record<string, unknown>, known: readonly string[], place: string): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      throw new TypeError('Unexpected key `' + key + '` in ' + place + didYouMeanPhrase(didYouMean(key, known)) + ', expected ' + list(known))
    }
  }
}

function optionalOf(value: unknown, type: 'string' | 'boolean', place: string): void {
  if (value !== undefined && typeof value !== type) throw new TypeError('Unexpected value ' + describe(value) + ' for ' + place + ', expected a ' + type)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Takes any value; returns a short, readable form of it for a message. */
/** A value as a message shows it: in backticks, one line, at most 40 characters (a function by its name). */
export function describe(value: unknown): string {
  if (typeof value === 'function') return 'function `' + (value.name || 'anonymous') + '`'
  if (value === undefined) return '`undefined`'
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return '`' + (text.length > 40 ? text.slice(0, 39) + '…' : text) + '`'
}

function list(names: readonly string[]): string {
  return names.map((name) => '`' + name + '`').join(', ')
}
