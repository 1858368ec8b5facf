import type {PatternRule, Span} from './span.js'
import {detectQuotations} from './quotation.js'
import {findSpans, sentenceAt, sentenceStarts, wordBefore} from './span.js'
import {claims} from './superlative-claim.js'
import {voiceRules} from './superlative-voice.js'
import {practiceRules} from './superlative-practice.js'
import {adverbRules} from './superlative-adverb.js'
import {equalRules} from './superlative-equal.js'
import {phraseRules} from './superlative-phrase.js'
import {firstRules} from './superlative-first.js'
import {scopeRules} from './superlative-scope.js'
import {classRules} from './superlative-class.js'
import {forecastRules} from './superlative-forecast.js'
import {beatenRules} from './superlative-beaten.js'
import {outcomeRules} from './superlative-outcome.js'
import {universalRules} from './superlative-universal.js'
import {outdoneRules} from './superlative-outdone.js'
import {relativeRules} from './superlative-relative.js'
import {trackRules} from './superlative-track.js'
import {recordRules} from './superlative-record.js'
import {precedentRules} from './superlative-precedent.js'
import {unhedged} from './superlative-hedge.js'
import {rankRules, rankedRule, recordRule} from './superlative-rank.js'
import {absoluteRules, noneRules} from './superlative-absolute.js'
import {appositiveFirstRule, theFirstRule} from './superlative-ordinal.js'
import {yearsRules} from './superlative-years.js'

/** What joins a superlative to the `has ever` or the `first … since` that closes it: `the highest it has ever been`, `the most damaging storm our engineers have ever faced`, `the largest share of articles for the first time since 2019` (words, no clause mark). */
const everJoin = /^[\s\p{L}'’-]{1,40}$/u
const everWords = /^(?:(?:has|have|had)\s+ever|first\s+(?:[\p{L}'’-]+\s+){0,6}since\s+[^\s.;:!?]+)$/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativePatterns: readonly RegExp[] = [everJoin, everWords]

const rules: PatternRule[] = [
  ...rankRules,
  ...absoluteRules,
  recordRule,
  ...noneRules,
  rankedRule,
  theFirstRule,
  appositiveFirstRule,
  ...voiceRules.map((rule) => ({...rule, accept: unhedged})),
  ...practiceRules.map((rule) => ({...rule, accept: unhedged})),
  ...phraseRules.map((rule) => ({...rule, accept: unhedged})),
  ...firstRules.map((rule) => ({...rule, accept: unhedged})),
  // `higher than I have known them in thirty years` (superlative-years.ts, round 51).
  ...yearsRules.map((rule) => ({...rule, accept: unhedged})),
  ...universalRules.map((rule) => ({...rule, accept: unhedged})),
  // `the rule every plasterer lives by`, `better than it has been for a century` (superlative-relative.ts).
  ...relativeRules.map((rule) => ({...rule, accept: unhedged})),
  ...outdoneRules.map((rule) => ({...rule, accept: (text: string, match: RegExpMatchArray) => unhedged(text, match) && (rule.accept?.(text, match) ?? true)})),
  ...beatenRules.map((rule) => ({...rule, accept: unhedged})),
  ...outcomeRules.map((rule) => ({...rule, accept: unhedged})),
  ...scopeRules.map((rule) => ({...rule, accept: unhedged})),
  ...classRules.map((rule) => ({...rule, accept: unhedged})),
  ...adverbRules.map((rule) => ({...rule, accept: (text: string, match: RegExpMatchArray) => unhedged(text, match) && (rule.accept?.(text, match) ?? true)})),
  // `Nothing else on the shelf burns as cleanly`, `no Scottish lighthouse has lasted`, `longest of all` (superlative-equal.ts, round 47).
  ...equalRules.map((rule) => ({...rule, accept: unhedged})),
  ...forecastRules.map((rule) => ({...rule, accept: (text: string, match: RegExpMatchArray) => unhedged(text, match) && (rule.accept?.(text, match) ?? true)})),
  ...recordRules.map((rule) => ({...rule, accept: (text: string, match: RegExpMatchArray) => unhedged(text, match) && (rule.accept?.(text, match) ?? true)})),
  // `a record for any branch`, `the first case in Yorkshire`, `dearer than silver for the first time`, `bearing the brunt` (superlative-precedent.ts).
  ...precedentRules.map((rule) => ({...rule, accept: (text: string, match: RegExpMatchArray) => unhedged(text, match) && (rule.accept?.(text, match) ?? true)})),
  // `has rehomed every retired dog`, `record sales`, `no part of the region is`, `only the second club from the county` (superlative-track.ts).
  ...trackRules.map((rule) => ({...rule, accept: (text: string, match: RegExpMatchArray) => unhedged(text, match) && (rule.accept?.(text, match) ?? true)}))
]

/**
 * The superlatives and absolutes in a block of prose: “the largest”, “the
 * most important”, “the only”, “never”, “always”, “unprecedented”. Hedged
 * ones (`one of the largest`, `almost always`) and words that only end in
 * `-est` (`the interest`, `the latest`) and words inside quotation marks are not.
 */
export function detectSuperlatives(text: string): Span[] {
  const found = findSpans(text, rules).map((span) => (span.kind === 'than' ? withComparative(text, span) : span))
  if (found.length === 0) return found
  // Someone else's superlative, in quotes, is a quotation, not the draft's claim; in a quoted title (`"Once a Member, Always a Member"`), part of a name.
  const quoted = detectQuotations(text, {minimumWords: 1, titles: true})
  const starts = sentenceStarts(text)
  // Both lists are sorted and quotes do not overlap: one walk over both.
  let next = 0
  const kept = found.filter((span) => {
    while (next < quoted.length && quoted[next]!.end <= span.start) next++
    const quote = quoted[next]
    if (quote && quote.start <= span.start && span.end <= quote.end) return false
    const index = sentenceAt(starts, span.start)
    return claims(text, span, starts[index]!, index > 0 ? starts[index - 1]! : 0)
  })
  return joinEver(text, kept)
}

/** `the highest it has ever been`, `the largest share for the first time since 2019`: a superlative and the `has ever` or the first since a year that closes it are one claim, one span. */
function joinEver(text: string, spans: Span[]): Span[] {
  const joined: Span[] = []
  for (const span of spans) {
    const last = joined.at(-1)
    if (last !== undefined && last.kind === 'superlative' && (span.kind === 'absolute' || span.kind === 'superlative') && everWords.test(text.slice(span.start, span.end)) && everJoin.test(text.slice(last.end, span.start))) {
      joined[joined.length - 1] = {...last, end: span.end}
      continue
    }
    joined.push(span)
  }
  return joined
}

/** `than any other` with the comparative before it: `faster than any other`, `more common than ever before`. */
function withComparative(text: string, span: Span): Span {
  let start = span.start
  const word = wordBefore(text, start)
  if (word.length >= 4 && word.toLowerCase().endsWith('er')) {
    start = text.lastIndexOf(word, start)
  } else if (word.length > 0) {
    const from = text.lastIndexOf(word, start)
    if (wordBefore(text, from).toLowerCase() === 'more') start = text.lastIndexOf('more', from)
    else if (word.toLowerCase() === 'more') start = from
  }
  return {start, end: span.end, kind: 'comparative'}
}
