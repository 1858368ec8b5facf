import type {VFileMessage} from 'vfile-message'
import type {Input} from '../extract/parse.js'
import {parseDocument} from '../extract/parse.js'
import {resolveKit} from '../kit/default-kit.js'
import type {RuleSettings} from '../lint/config.js'
import {runRules} from '../lint/run-rules.js'
import {resolveSources} from '../sources/resolve.js'
import {sortMessages} from '../util/sort-messages.js'
import type {KitOptions, SourcesOptions} from './options.js'

/** Options of `lint`: a preset (default `recommended`), rule settings, the kit and the sources. */
export interface LintOptions extends RuleSettings, KitOptions, SourcesOptions {}

/**
 * Parse, check and lint a document: every message of parsing and of the
 * preset's rules (`recommended` unless given; `core` is `check`), set by the
 * rule settings, minus what comment controls turn off, sorted by line and
 * column (messages without a place last). The kit's own rules are
 * configured like argmark's. The messages are also on the VFile when you
 * pass one. Never throws on a document; a `kit` or `sources` option of the
 * wrong type throws a `TypeError`.
 */
export function lint(input: Input, options?: LintOptions): VFileMessage[] {
  const parsed = parseDocument(input, resolveKit(options?.kit))
  resolveSources(parsed, options?.sources)
  runRules(parsed.tree, parsed.file, options, 'recommended')
  return sortMessages(parsed.file.messages)
}
