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

/** How many messages of one rule a text gets, linted with the `strict` preset. */
export function count(rule: string, text: string): number {
  return lint(text, {preset: 'strict'}).filter((message) => message.ruleId === rule).length
}
