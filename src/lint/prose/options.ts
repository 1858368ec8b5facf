import type {VFile} from 'vfile'
import {readOptions} from '../options.js'
import type {Scope} from './coverage.js'
import type {Vocabulary} from './vocabulary.js'

/** The options every prose rule reads: where support must be, and its own words. */
export interface VocabularyOptions {
  /** Phrases to report as well as what the rule finds (whole words, any case). */
  readonly phrases?: readonly string[] | undefined
  /** Phrases never to report: a finding that overlaps one is dropped (whole words, any case). */
  readonly ignore?: readonly string[] | undefined
}

/** The options of a prose rule once read. */
export interface ReadProseOptions {
  readonly scope: Scope
  readonly minimumWords: number
  readonly vocabulary: Vocabulary
  /** Whether the language's learned model of a figure's role also reads each figure (`uncited-statistic` only). */
  readonly model: boolean
}

const scopes = ['sentence', 'paragraph'] as const satisfies readonly Scope[]

/**
 * Read a prose rule's options (with `readOptions`, so every rule reports a
 * wrong one the same way): `scope` (default `'sentence'`), `phrases` and
 * `ignore` (default none), `minimumWords` for the rules that name it, and
 * `model` (default `true`) for the rules that allow it.
 */
export function readProseOptions(
  file: VFile,
  ruleId: string,
  options: unknown,
  allowed: {readonly minimumWords?: number; readonly model?: boolean} = {}
): ReadProseOptions {
  const scope = {oneOf: scopes, default: 'sentence'} as const
  const lists = {phrases: [] as string[], ignore: [] as string[]}
  const words = (read: {phrases: Vocabulary['phrases']; ignore: Vocabulary['ignore']}): Vocabulary => ({phrases: read.phrases, ignore: read.ignore})
  if (allowed.model) {
    const read = readOptions(file, ruleId, options, {scope, ...lists, model: true})
    return {scope: read.scope, minimumWords: 0, vocabulary: words(read), model: read.model}
  }
  if (allowed.minimumWords === undefined) {
    const read = readOptions(file, ruleId, options, {scope, ...lists})
    return {scope: read.scope, minimumWords: 0, vocabulary: words(read), model: false}
  }
  const read = readOptions(file, ruleId, options, {scope, ...lists, minimumWords: {minimum: 1, default: allowed.minimumWords}})
  return {scope: read.scope, minimumWords: read.minimumWords, vocabulary: words(read), model: false}
}
