import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {z} from 'zod'
import {safeParseAttribute} from '../kit/attribute.js'
import type {KindInfo} from '../kit/define-kit.js'
import {listCode, listWords, report} from '../util/report.js'

/** What `validateAttributes` reads of one directive. */
export interface AttributesToValidate {
  readonly info: KindInfo
  /** The attributes decoded by their schemas (`decodeAttribute`), without `id`; those left out are deleted from it. */
  readonly decoded: Record<string, unknown>
  /** The attributes as written (strings), for the messages. */
  readonly raw: Record<string, string | null | undefined>
  /** Where each attribute is written. */
  readonly places: Record<string, Position | undefined>
  /** Where the directive opens: the place of a message about a missing attribute. */
  readonly opening: Position | undefined
  /** The node's `#id`, when written. */
  readonly id: string | undefined
  readonly file: VFile
}


/**
 * Validate a node's decoded attributes with its kind's schema and return its
 * output (defaults and transforms applied). Each invalid attribute (or
 * missing required one) is reported once (`invalid-attribute`) and left out;
 * the others are validated again without it, so each still gets its schema's
 * output. A schema of the kit that throws instead of accepting or rejecting a
 * value is the kit's failure, not the document's: an `invalid-attribute`
 * naming the kind, the node and the error, and that attribute is left out
 * (`{}` when the attributes cannot be told apart). Never throws.
 */
export function validateAttributes(input: AttributesToValidate): Record<string, unknown> {
  const {info, decoded} = input
  let schema: z.ZodObject = info.attributesSchema
  let result = safeParseAttribute(schema, decoded)
  const left: string[] = []
  if ('thrown' in result) {
    left.push(...throwingAttributes(input))
    result = safeParseAttribute(omit(schema, left), decoded)
    if ('thrown' in result) {
      kitFailure(input, undefined, result.thrown)
      return {}
    }
  }
  if (result.success) return result.data
  const reported = new Set<string>()
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? '')
    if (reported.has(name)) continue
    reported.add(name)
    report(input.file, {
      ruleId: 'invalid-attribute',
      place: input.places[name] ?? input.opening,
      reason: describeIssue(issue, name, input.raw[name], info)
    })
    delete decoded[name]
    left.push(name)
  }
  schema = omit(schema, left)
  const retry = safeParseAttribute(schema, decoded)
  return 'thrown' in retry || !retry.success ? eachAttribute(schema, decoded) : retry.data
}

// The schema without the attributes left out: a required one that is missing no longer fails it.
function omit(schema: z.ZodObject, names: readonly string[]): z.ZodObject {
  const mask = Object.fromEntries(names.filter((name) => Object.hasOwn(schema.shape, name)).map((name) => [name, true]))
  return Object.keys(mask).length === 0 ? schema : schema.omit(mask as Record<string, true> & Record<number, never>)
}

// Each attribute validated on its own, keeping those that pass: when the
// attributes cannot be validated together (an issue about no one attribute).
function eachAttribute(schema: z.ZodObject, decoded: Record<string, unknown>): Record<string, unknown> {
  const output: Record<string, unknown> = {}
  for (const [name, attribute] of Object.entries(schema.shape)) {
    const outcome = safeParseAttribute(attribute as z.core.$ZodType, decoded[name])
    if ('thrown' in outcome || !outcome.success) continue
    if (outcome.data !== undefined || Object.hasOwn(decoded, name)) output[name] = outcome.data
  }
  return output
}

// The attributes whose own schema throws on the decoded value: each is
// reported and deleted from `decoded`.
function throwingAttributes(input: AttributesToValidate): string[] {
  const names: string[] = []
  for (const [name, schema] of input.info.attributes) {
    const outcome = safeParseAttribute(schema, input.decoded[name])
    if (!('thrown' in outcome)) continue
    names.push(name)
    kitFailure(input, name, outcome.thrown)
    delete input.decoded[name]
  }
  return names
}

function kitFailure(input: AttributesToValidate, name: string | undefined, error: unknown): void {
  const node = input.info.name + (input.id === undefined ? '' : ' `' + input.id + '`')
  const what = name === undefined ? 'attributes of ' + node : '`' + name + '` on ' + node
  const opening = input.opening?.start
  const where = opening ? ' at ' + String(opening.line) + ':' + String(opening.column) : ''
  report(input.file, {
    ruleId: 'invalid-attribute',
    place: (name === undefined ? undefined : input.places[name]) ?? input.opening,
    reason:
      "Unexpected failure in the kit's schema of " + what + where + ' (' + String(error) + '), expected a schema that accepts or ' +
      'rejects the value without throwing; ' + (name === undefined ? 'the attributes are' : 'the attribute is') +
      " left out: please report this to the kit's authors"
  })
}


function describeIssue(issue: z.core.$ZodIssue, name: string, value: string | null | undefined, info: KindInfo): string {
  const where = '`' + name + '` on ' + info.name
  if (value === undefined) {
    const expected = issue.code === 'invalid_type' && issue.expected === 'nonoptional' ? undefined : describeExpected(issue, 0)
    return 'Unexpected missing attribute ' + where + ', expected ' + (expected ?? 'a value: the attribute is required')
  }
  const shown = value === '' ? 'empty value' : 'value `' + value + '`'
  return 'Unexpected ' + shown + ' for ' + where + ', expected ' + describeExpected(issue, 0)
}

// zod's names of the types it expects, as a message says them.
const typeWords: Readonly<Record<string, string>> = {
  array: 'a list of ids',
  bigint: 'a big integer',
  int: 'an integer',
  nan: 'NaN (not a number)',
  never: 'no value: the attribute must be left out',
  nonoptional: 'a value',
  null: 'no value: the attribute must be left out',
  set: 'a list',
  tuple: 'a list',
  undefined: 'no value: the attribute must be left out',
  void: 'no value: the attribute must be left out'
}

/** `a number`, `an object`: a type's name after its article. */
function describeType(type: string): string {
  return typeWords[type] ?? ('aeiou'.includes(type.charAt(0)) ? 'an ' : 'a ') + type.replaceAll('_', ' ')
}

// Unions nest; deeper than this, their options are not spelled out.
const maxUnionDepth = 4

function describeExpected(issue: z.core.$ZodIssue, depth: number): string {
  switch (issue.code) {
    case 'invalid_value': {
      return listCode(issue.values.map(String))
    }
    case 'invalid_type': {
      return describeType(issue.expected)
    }
    case 'too_small': {
      return describeBound(issue.origin, issue.minimum, issue.inclusive !== false, 'at least ', 'greater than ')
    }
    case 'too_big': {
      return describeBound(issue.origin, issue.maximum, issue.inclusive !== false, 'at most ', 'less than ')
    }
    case 'invalid_union': {
      const options = depth < maxUnionDepth ? issue.errors.map((branch) => (branch[0] ? describeExpected(branch[0], depth + 1) : '')) : []
      const unique = [...new Set(options.filter((option) => option !== ''))]
      if (unique.length > 0) {
        return listWords(unique)
      }
      return passes(issue)
    }
    default: {
      return passes(issue)
    }
  }
}

// `at least 1 id`, `at most 20 characters`, `a number greater than 0`.
function describeBound(origin: string, bound: number | bigint, inclusive: boolean, within: string, beyond: string): string {
  const units: Readonly<Record<string, string>> = {array: ' id', string: ' character', set: ' item', file: ' byte'}
  const unit = units[origin]
  if (unit !== undefined) return within + String(bound) + unit + (bound === 1 || origin === 'array' ? '' : 's')
  const what = origin === 'bigint' || origin === 'int' ? 'an integer ' : 'a number '
  return what + (inclusive ? 'of ' + within : beyond) + String(bound)
}

function passes(issue: z.core.$ZodIssue): string {
  return 'a value that passes: ' + issue.message.charAt(0).toLowerCase() + issue.message.slice(1)
}
