import type {Root} from 'mdast'
import {unified} from 'unified'
import type {VFileMessage} from 'vfile-message'
import {checkGraph} from '../check/check-graph.js'
import {sortMessages} from '../check/check.js'
import type {Input, ParseResult} from '../extract/parse.js'
import {parse} from '../extract/parse.js'
import {defaultKit} from '../kit/default-kit.js'
import type {AnyKit} from '../kit/define-kit.js'
import type {CslItem} from '../sources/csl.js'
import {report} from '../util/report.js'
import type {ArgmarkLintOptions} from './config.js'
import {argmarkLint} from './plugin.js'

/** Options of `lint`. */
export interface LintOptions extends ArgmarkLintOptions {
  /**
   * The document's sources, loaded by the caller (see `loadSources`), as
   * `check` takes them: citation keys are checked against them.
   */
  readonly sources?: readonly CslItem[] | undefined
}

/**
 * Parse, check and lint a document: every message of parse and check, set by
 * the rule settings, and every lint rule's, minus what comment controls turn
 * off, sorted by line and column (messages without a place last). The
 * messages are also on the VFile when you pass one. Never throws.
 */
export function lint(input: Input, options?: LintOptions): VFileMessage[] {
  const kit = options?.kit ?? defaultKit
  const parsed = parse(input, {kit, sources: options?.sources})
  return lintParsed(parsed, {...options, kit}, options?.sources !== undefined)
}

/**
 * Check and lint a document `parse` already read (the CLI loads its sources
 * in between). `sourcesLoaded`: whether `graph.sources` holds all of them.
 */
export function lintParsed(
  {graph, tree, file}: ParseResult<AnyKit>,
  options: ArgmarkLintOptions,
  sourcesLoaded: boolean
): VFileMessage[] {
  const kit = options.kit ?? defaultKit
  try {
    checkGraph(graph, file, kit, {sourcesLoaded})
    unified()
      .use(argmarkLint, {preset: options.preset, rules: options.rules, kit})
      .runSync(tree as Root, file)
  } catch (error) {
    report(file, {
      ruleId: 'internal-error',
      place: undefined,
      reason:
        'Unexpected failure while linting (' + String(error) + '), expected a lint; please report this document'
    })
  }
  return sortMessages(file.messages)
}
