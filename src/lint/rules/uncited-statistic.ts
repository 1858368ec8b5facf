import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {rulesUrl} from '../../util/report.js'
import type {ProseRuleOptions} from '../prose/coverage.js'
import {english} from '../prose/english.js'
import type {VocabularyOptions} from '../prose/options.js'
import {readProseOptions} from '../prose/options.js'
import {evidenceCoverage, reportUncited} from '../prose/nodes.js'
import {lintProse} from '../prose/run.js'

/** Options of `uncited-statistic`. */
export interface UncitedStatisticOptions extends ProseRuleOptions, VocabularyOptions {
  /**
   * Also drop figures the learned model of a figure's role reads as set or
   * specified rather than measured (default `true`): fewer false alarms on
   * rules, prices and specifications, some findings missed; `false` leaves
   * the word cues alone (see docs/rules/uncited-statistic.md).
   */
  readonly model?: boolean | undefined
}

/**
 * A number about the world — a percentage, `175 million`, `a fifth`, a
 * ratio, `one in five`, `twice as likely`, `doubled since 1970`, a count of
 * people or a measurement — needs a source a reader can check. Years, dates,
 * times, page, section and version numbers, grade ranges, small counts in
 * narrative, the author's own plans and method settings, and targets and
 * limits that are set rather than measured are not statistics. Statistic
 * evidence (`type=statistic`) that no citation backs is reported too, once,
 * at the node.
 */
export const uncitedStatistic = lintRule<Root, UncitedStatisticOptions | undefined>(
  {origin: 'argmark:uncited-statistic', url: rulesUrl + 'uncited-statistic.md'},
  (tree: Root, file: VFile, options) => {
    const {scope, vocabulary, model} = readProseOptions(file, 'uncited-statistic', options, {model: true})
    const {uncited, covered} = evidenceCoverage(file, 'statistic')
    reportUncited(file, 'uncited-statistic', uncited, 'statistic', 'a citation right after it')
    lintProse(tree, file, {
      ruleId: 'uncited-statistic',
      scope,
      covered,
      language: english,
      vocabulary,
      kind: 'phrase',
      detect: (block) => english.statistics(block.text, {model}),
      describe: (found) => 'statistic `' + found + '`'
    })
  }
)
