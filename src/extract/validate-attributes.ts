import type {Position} from 'unist'
import type {VFile} from 'vfile'
import * as z from 'zod'
import type {KindInfo} from '../kit/define-kit.js'
import {listCode, report} from '../util/report.js'

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
 * output (defaults and transforms applied). Each invalid attribute is
 * reported once (`invalid-attribute`) and left out; the rest are validated
 * again so they still get the output. A schema of the kit that throws
 * instead of accepting or rejecting a value is the kit's failure, not the
 * document's: an `invalid-attribute` naming the kind, the node and the
 * error, and that attribute is left out (`{}` when the attributes cannot be
 * told apart). Never throws.
 */
export function validateAttributes(input: AttributesToValidate): Record<string, unknown> {
  const {info, decoded} = input
  let schema: z.ZodObject = info.attributesSchema
  let result = safely(schema, decoded)
  if ('thrown' in result) {
    const throwing = throwingAttributes(input)
    schema = schema.omit(Object.fromEntries(throwing.map((name) => [name, true])) as Record<string, true> & Record<number, never>)
    result = safely(schema, decoded)
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
  }
  const retry = safely(schema, decoded)
  return retry.success ? retry.data : decoded
}

// The attributes whose own schema throws on the decoded value: each is
// reported and deleted from `decoded`.
function throwingAttributes(input: AttributesToValidate): string[] {
  const names: string[] = []
  for (const [name, schema] of input.info.attributes) {
    const outcome = safely(schema, input.decoded[name])
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

// zod's own `safeParse`, not the schema's method: a kit may declare attributes with zod/mini.
function safely<T>(schema: z.core.$ZodType<T>, value: unknown): z.ZodSafeParseResult<T> | {readonly success: false; readonly thrown: unknown} {
  try {
    return z.safeParse(schema, value)
  } catch (error) {
    return {success: false, thrown: error}
  }
}

function describeIssue(issue: z.core.$ZodIssue, name: string, value: string | null | undefined, info: KindInfo): string {
  const where = '`' + name + '` on ' + info.name
  if (value === undefined) {
    return 'Unexpected missing attribute ' + where + ', expected ' + describeExpected(issue)
  }
  const shown = value === '' ? 'empty value' : 'value `' + value + '`'
  return 'Unexpected ' + shown + ' for ' + where + ', expected ' + describeExpected(issue)
}

function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value': {
      return listCode(issue.values.map(String))
    }
    case 'invalid_type': {
      return issue.expected === 'array' ? 'a list of ids' : 'a ' + issue.expected
    }
    case 'too_small': {
      return issue.origin === 'array' ? 'at least ' + String(issue.minimum) + ' id' : 'a longer value'
    }
    default: {
      return 'a value that passes: ' + issue.message.charAt(0).toLowerCase() + issue.message.slice(1)
    }
  }
}
