import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {rulesUrl} from '../../util/report.js'
import {detectVagueAttributions} from '../prose/attribution.js'
import type {ProseRuleOptions} from '../prose/coverage.js'
import {readProseOptions} from '../prose/options.js'
import {lintProse} from '../prose/run.js'

/** Options of `vague-attribution`. */
export interface VagueAttributionOptions extends ProseRuleOptions {}

/**
 * “Studies show”, “experts agree”, “it is widely believed”: a claim lent to
 * someone unnamed borrows authority without a source a reader can check.
 */
export const vagueAttribution = lintRule<Root, VagueAttributionOptions | undefined>(
  {origin: 'argmark:vague-attribution', url: rulesUrl + 'vague-attribution.md'},
  (tree: Root, file: VFile, options) => {
    const {scope} = readProseOptions(file, 'vague-attribution', options)
    lintProse(tree, file, {
      ruleId: 'vague-attribution',
      scope,
      detect: (block) => detectVagueAttributions(block.text),
      describe: (found) => 'Unexpected vague attribution `' + found + '` without a source'
    })
  }
)
