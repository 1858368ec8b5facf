import type {VFileMessage} from 'vfile-message'
import type {Input} from '../extract/parse.js'
import {parseDocument} from '../extract/parse.js'
import {resolveKit} from '../kit/default-kit.js'
import type {RulesConfig} from '../lint/config.js'
import {runRules} from '../lint/run-rules.js'
import {resolveSources} from '../sources/resolve.js'
import {sortMessages} from '../util/sort-messages.js'
import type {KitOptions, SourcesOptions} from './options.js'

/** Options of `check`. */
export interface CheckOptions extends KitOptions, SourcesOptions {
  /** Settings per rule id on top of the `core` preset (turn a rule off, make a warning an error). */
  readonly rules?: RulesConfig | undefined
}

/**
 * Parse and validate a document: every message parsing raised (malformed
 * directives, unknown or invalid attributes, front matter, invalid inline
 * references) and every message of the `core` preset's rules (duplicate ids,
 * unknown references, relations the kit does not allow, cycles, citation
 * keys, unused sources, quotations without a locator, a missing
 * bibliography), minus what the document's control comments turn off,
 * sorted by line and column (messages without a place last). The messages
 * are also on the VFile when you pass one. Never throws on a document; a
 * `kit` or `sources` option of the wrong type throws a `TypeError`.
 */
export function check(input: Input, options?: CheckOptions): VFileMessage[] {
  const parsed = parseDocument(input, resolveKit(options?.kit))
  resolveSources(parsed, options?.sources)
  runRules(parsed.tree, parsed.file, {preset: 'core', rules: options?.rules}, 'core')
  return sortMessages(parsed.file.messages)
}
