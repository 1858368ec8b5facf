import type {VFile} from 'vfile'
import {readOptions} from '../options.js'
import type {Scope} from './coverage.js'

/** The options of a prose rule once read: `scope` and, for some rules, a word count. */
export interface ReadProseOptions {
  readonly scope: Scope
  readonly minimumWords: number
}

const scopes = ['sentence', 'paragraph'] as const satisfies readonly Scope[]

/**
 * Read a prose rule's options (with `readOptions`, so every rule reports a
 * wrong one the same way). `minimumWords` is read only for the rules that name it.
 */
export function readProseOptions(
  file: VFile,
  ruleId: string,
  options: unknown,
  allowed: {readonly minimumWords?: number} = {}
): ReadProseOptions {
  const scope = {oneOf: scopes, default: 'paragraph'} as const
  if (allowed.minimumWords === undefined) {
    return {...readOptions(file, ruleId, options, {scope}), minimumWords: 0}
  }
  return readOptions(file, ruleId, options, {scope, minimumWords: {minimum: 1, default: allowed.minimumWords}})
}
