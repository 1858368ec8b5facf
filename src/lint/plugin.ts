import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {RuleSettings} from './config.js'
import {runRules} from './run-rules.js'

/** Options of `argmarkLint`: a preset (default `recommended`; `core` is `check`) and rule settings. */
export type ArgmarkLintOptions = RuleSettings

/**
 * The unified plugin behind `check` and `lint`: runs the rule engine
 * (`runRules`) over the graph `remarkArgmark` left on the file, with the kit
 * it was read with. Use it after `remarkArgmark` (and `argmarkSources`, to
 * check citation keys against a bibliography).
 */
export const argmarkLint: Plugin<[ArgmarkLintOptions?], Root> = function (options) {
  return function (tree: Root, file: VFile): undefined {
    runRules(tree, file, options, 'recommended')
  }
}
