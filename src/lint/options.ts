import type {VFile} from 'vfile'
import {didYouMean, didYouMeanPhrase} from '../util/did-you-mean.js'
import {listCode, report} from '../util/report.js'

/** What a rule's option may be: a list of names or a flag. */
type OptionSpec = Readonly<Record<string, readonly string[] | boolean>>

type Read<Spec extends OptionSpec> = {
  readonly [Name in keyof Spec]: Spec[Name] extends boolean ? boolean : ReadonlySet<string>
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
  const result: Record<string, ReadonlySet<string> | boolean> = {}
  for (const [name, fallback] of Object.entries(defaults)) {
    result[name] = typeof fallback === 'boolean' ? fallback : new Set(fallback)
  }
  if (options === undefined || options === null) return result as Read<Spec>
  if (typeof options !== 'object' || Array.isArray(options)) {
    problem(file, ruleId, 'options `' + String(options) + '`', 'an object')
    return result as Read<Spec>
  }

  for (const [name, value] of Object.entries(options)) {
    const fallback = defaults[name]
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
      else problem(file, ruleId, 'value for `' + name + '`', '`true` or `false`')
    } else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      result[name] = new Set(value as string[])
    } else {
      problem(file, ruleId, 'value for `' + name + '`', 'a list of names')
    }
  }
  return result as Read<Spec>
}

function problem(file: VFile, ruleId: string, what: string, expected: string): void {
  report(file, {
    ruleId,
    place: undefined,
    reason: 'Unexpected ' + what + ' for `' + ruleId + '`, expected ' + expected
  })
}
