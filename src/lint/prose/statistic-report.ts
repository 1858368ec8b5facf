import type {PatternRule} from './span.js'
import {before} from './span.js'
import {determinerBefore} from './statistic-veto.js'

// Figures a body reports as its results that have no number in digits
// before a unit: how often something is done (`several hundred times a
// season`), a change against the year before (`Entries were up on last
// year`) and a count of staff (`employed 143 staff`).

/** `several hundred times a season`, `a few thousand times a year`: a frequency counted in hundreds. */
const hundredTimes =
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine|several|a\s+few|some|many)\s+(?:hundred|thousand|dozen)\s+times\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|season|night|weekend|summer|winter|term)\b/giu
/** `Entries were up on last year`, `Sales are down on the previous quarter`: a change with no number. */
const upOnLast =
  /\b(?:were|was|are|is|have\s+been|has\s+been)\s+(?:(?:well|sharply|slightly|significantly|markedly|substantially|again)\s+)?(?:up|down)\s+on\s+(?:last|the\s+previous|the\s+same\s+\p{L}+\s+last)\s+(?:year|season|month|week|quarter|term)\b/giu
/** `143 staff`, `1,200 full-time staff`: a body's staff counted. */
const staffCount = /(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:full-time|part-time|permanent|temporary)\s+)?staff\b/giu

/** Every regex of this module, for the ReDoS test. */
export const statisticReportPatterns: readonly RegExp[] = [hundredTimes, upOnLast, staffCount]

/** The patterns of reported results, by kind. */
export const reportRules: readonly PatternRule[] = [
  {regex: hundredTimes, kind: 'rate'},
  {regex: upOnLast, kind: 'change'},
  // `the 40 staff`, `our 12 staff`: a group named, not counted as a finding.
  {regex: staffCount, kind: 'count', accept: (text, match) => !determinerBefore.test(before(text, match.index!, 16))}
]
