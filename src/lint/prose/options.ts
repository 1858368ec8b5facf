import type {VFile} from 'vfile'
import {didYouMean, didYouMeanPhrase} from '../../util/did-you-mean.js'
import {listCode, report} from '../../util/report.js'
import type {Scope} from './coverage.js'

/** The options of a prose rule once read: `scope` and, for some rules, a word count. */
export interface ReadProseOptions {
  readonly scope: Scope
  readonly minimumWords: number
}

const scopes: readonly Scope[] = ['sentence', 'paragraph']

/**
 * Read a prose rule's options. They can come from a command line or a
 * config file, so a wrong one is reported on the file (and its default used)
 * rather than thrown. `minimumWords` is read only for the rules that name it.
 */
export function readProseOptions(
  file: VFile,
  ruleId: string,
  options: unknown,
  allowed: {readonly minimumWords?: number} = {}
): ReadProseOptions {
  let scope: Scope = 'paragraph'
  let minimumWords = allowed.minimumWords ?? 0
  if (options === undefined || options === null) return {scope, minimumWords}
  if (typeof options !== 'object' || Array.isArray(options)) {
    problem(file, ruleId, 'options `' + String(options) + '`', 'an object')
    return {scope, minimumWords}
  }
  const names = allowed.minimumWords === undefined ? ['scope'] : ['scope', 'minimumWords']
  for (const [name, value] of Object.entries(options)) {
    if (name === 'scope') {
      if (value === 'sentence' || value === 'paragraph') scope = value
      else if (value !== undefined) problem(file, ruleId, 'value `' + String(value) + '` for `scope`', listCode(scopes))
    } else if (name === 'minimumWords' && allowed.minimumWords !== undefined) {
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1) minimumWords = value
      else if (value !== undefined) problem(file, ruleId, 'value `' + String(value) + '` for `minimumWords`', 'a whole number of at least 1')
    } else {
      problem(file, ruleId, 'option `' + name + '`', listCode(names) + didYouMeanPhrase(didYouMean(name, names)))
    }
  }
  return {scope, minimumWords}
}

function problem(file: VFile, ruleId: string, what: string, expected: string): void {
  report(file, {ruleId, place: undefined, reason: 'Unexpected ' + what + ' for `' + ruleId + '`, expected ' + expected})
}
