import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {rulesUrl} from '../../util/report.js'
import type {ProseRuleOptions} from '../prose/coverage.js'
import {readProseOptions} from '../prose/options.js'
import {lintProse} from '../prose/run.js'
import {detectSuperlatives} from '../prose/superlative.js'

/** Options of `unsupported-superlative`. */
export interface UnsupportedSuperlativeOptions extends ProseRuleOptions {}

/**
 * “The largest”, “the only”, “never”, “always”: an absolute claim is false
 * on one counter-example, so it needs a source (or a hedge). In the strict
 * preset only: drafts use superlatives loosely.
 */
export const unsupportedSuperlative = lintRule<Root, UnsupportedSuperlativeOptions | undefined>(
  {origin: 'argmark:unsupported-superlative', url: rulesUrl + 'unsupported-superlative.md'},
  (tree: Root, file: VFile, options) => {
    const {scope} = readProseOptions(file, 'unsupported-superlative', options)
    lintProse(tree, file, {
      ruleId: 'unsupported-superlative',
      scope,
      detect: (block) => detectSuperlatives(block.text),
      describe: (found, span) => 'Unexpected unsupported ' + span.kind + ' `' + found + '`'
    })
  }
)
