import type {VFile} from 'vfile'
import {didYouMean, didYouMeanPhrase} from '../kit/did-you-mean.js'
import {listCode, report} from '../util/report.js'

/** An option that is one of a few names (`scope: 'sentence' | 'paragraph'`). */
export interface ChoiceOption {
  readonly oneOf: readonly string[]
  readonly default: string
}

/** An option that is a whole number of at least `minimum`. */
export interface CountOption {
  readonly minimum: number
  readonly default: number
}

/** What a rule's option may be, given by its default: a list of names, a flag, a choice or a count. */
type OptionSpec = Readonly<Record<string, readonly string[] | boolean | ChoiceOption | CountOption>>

type Read<Spec extends OptionSpec> = {
  readonly [Name in keyof Spec]: Spec[Name] extends boolean
    ? boolean
    : Spec[Name] extends ChoiceOption
      ? Spec[Name]['oneOf'][number]
      : Spec[Name] extends CountOption
        ? number
        : ReadonlySet<string>
}

/**
 * Read a rule's options against their defaults. Options can come from a
 * command line or a config file, so a wrong one is reported on the file (and
 * its default used) rather than thrown.
 */
export function readOptions<const Spec extends OptionSpec>(
  file: VFile,
  ruleId: string,
  options: unknown,
  defaults: Spec
): Read<Spec> {
  const result: Record<string, ReadonlySet<string> | boolean | string | number> = {}
  for (const [name, fallback] of Object.entries(defaults)) {
    result[name] = typeof fallback === 'boolean' ? fallback : isList(fallback) ? new Set(fallback) : fallback.default
  }
  if (options === undefined || options === null) return result as Read<Spec>
  if (typeof options !== 'object' || Array.isArray(options)) {
    problem(file, ruleId, 'options `' + String(options) + '`', 'an object')
    return result as Read<Spec>
  }

  for (const [name, value] of Object.entries(options)) {
    const fallback = defaults[name]
    // A config file written in JavaScript may leave an option `undefined`: its default.
    if (value === undefined && fallback !== undefined) continue
    if (fallback === undefined) {
      const names = Object.keys(defaults)
      const suggestion = didYouMean(name, names)
      problem(
        file,
        ruleId,
        'option `' + name + '`',
        (names.length > 0 ? listCode(names) : 'no options') + didYouMeanPhrase(suggestion)
      )
    } else if (typeof fallback === 'boolean') {
      if (typeof value === 'boolean') result[name] = value
      else problem(file, ruleId, 'value ' + shown(value) + ' for `' + name + '`', '`true` or `false`')
    } else if (isList(fallback)) {
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) result[name] = new Set(value as string[])
      else problem(file, ruleId, 'value ' + shown(value) + ' for `' + name + '`', 'a list of names')
    } else if ('oneOf' in fallback) {
      if (typeof value === 'string' && fallback.oneOf.includes(value)) result[name] = value
      else problem(file, ruleId, 'value `' + String(value) + '` for `' + name + '`', listCode(fallback.oneOf))
    } else if (typeof value === 'number' && Number.isInteger(value) && value >= fallback.minimum) {
      result[name] = value
    } else {
      problem(file, ruleId, 'value `' + String(value) + '` for `' + name + '`', 'a whole number of at least ' + fallback.minimum)
    }
  }
  return result as Read<Spec>
}

function isList(spec: OptionSpec[string]): spec is readonly string[] {
  return Array.isArray(spec)
}

function problem(file: VFile, ruleId: string, what: string, expected: string): void {
  report(file, {
    ruleId,
    place: undefined,
    reason: 'Unexpected ' + what + ' for `' + ruleId + '`, expected ' + expected
  })
}

/**
 * A wrong option value as the message shows it: JSON in code, so a string is quoted (a YAML
 * `yes` read as the string `"yes"` shows as such); past 40 characters, its first 40 and `…`.
 */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value)
  return '`' + (json.length > 40 ? json.slice(0, 40) + '…' : json) + '`'
}
