import type {LintOptions} from '../../src/index.js'
import {lint} from '../../src/index.js'
import type {Span} from '../../src/lint/prose/span.js'
import {detectStatistics} from '../../src/lint/prose/statistic.js'

// What the paired tests of each round of the prose rules read: the words a
// detector finds, and how many messages of one rule a text gets.

/** The words each span `detect` finds covers, in order (offsets are 0-based UTF-16 code units). */
export function found(detect: (text: string) => Span[], text: string): string[] {
  return detect(text).map((span) => text.slice(span.start, span.end))
}

/** The words of each statistic `detectStatistics` finds in `text`, in order. */
export function statisticsFound(text: string): string[] {
  return found(detectStatistics, text)
}

/** How many messages of one rule a text gets, linted with the `strict` preset and any `rules` settings on top. */
export function count(rule: string, text: string, rules?: LintOptions['rules']): number {
  return lint(text, rules ? {preset: 'strict', rules} : {preset: 'strict'}).filter((message) => message.ruleId === rule).length
}

/**
 * `uncited-statistic` with the word cues alone (`model: false`): for rows about
 * what covers a statistic, where the figure must be found whatever the learned
 * model's weights read it as.
 */
export const cuesAlone: LintOptions['rules'] = {'uncited-statistic': ['error', {model: false}]}
