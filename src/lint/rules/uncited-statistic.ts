import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {rulesUrl} from '../../util/report.js'
import type {ProseRuleOptions} from '../prose/coverage.js'
import {readProseOptions} from '../prose/options.js'
import {evidenceCoverage, reportUncited} from '../prose/nodes.js'
import {lintProse} from '../prose/run.js'
import {detectStatistics} from '../prose/statistic.js'

/** Options of `uncited-statistic`. */
export interface UncitedStatisticOptions extends ProseRuleOptions {}

/**
 * A number about the world — a percentage, `175 million`, a ratio, `one in
 * five`, `doubled since 1970`, a count of people or a measurement — needs a
 * source a reader can check. Years, dates, times, page, section and version
 * numbers are not statistics. Statistic evidence (`type=statistic`) that no
 * citation backs is reported too, once, at the node.
 */
export const uncitedStatistic = lintRule<Root, UncitedStatisticOptions | undefined>(
  {origin: 'argmark:uncited-statistic', url: rulesUrl + 'uncited-statistic.md'},
  (tree: Root, file: VFile, options) => {
    const {scope} = readProseOptions(file, 'uncited-statistic', options)
    const {uncited, covered} = evidenceCoverage(file, 'statistic')
    reportUncited(file, 'uncited-statistic', uncited, 'statistic', 'a citation right after it')
    lintProse(tree, file, {
      ruleId: 'uncited-statistic',
      scope,
      covered,
      detect: (block) => detectStatistics(block.text),
      describe: (found) => 'Unexpected statistic `' + found + '` without a source'
    })
  }
)
