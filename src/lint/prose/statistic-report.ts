import type {PatternRule} from './span.js'
import {before} from './span.js'
import {determinerBefore, isYear, notReference} from './statistic-veto.js'

// Figures a body reports as its results that have no number in digits
// before a unit: how often something is done (`several hundred times a
// season`), a change against the year before (`Entries were up on last
// year`), a count of staff (`employed 143 staff`) and a count standing
// alone as the subject of a finding or after its whole (`the audit found
// that nine had lapsed`, `Of the 40 schools inspected, 12 were`), the
// whole it is a part of named before it.

/** `several hundred times a season`, `a few thousand times a year`: a frequency counted in hundreds. */
const hundredTimes =
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine|several|a\s+few|some|many)\s+(?:hundred|thousand|dozen)\s+times\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|season|night|weekend|summer|winter|term)\b/giu
/** `Entries were up on last year`, `Sales are down on the previous quarter`: a change with no number. */
const upOnLast =
  /\b(?:were|was|are|is|have\s+been|has\s+been)\s+(?:(?:well|sharply|slightly|significantly|markedly|substantially|again)\s+)?(?:up|down)\s+on\s+(?:last|the\s+previous|the\s+same\s+\p{L}+\s+last)\s+(?:year|season|month|week|quarter|term)\b/giu
/** `143 staff`, `1,200 full-time staff`: a body's staff counted. */
const staffCount = /(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:full-time|part-time|permanent|temporary)\s+)?staff\b/giu

/** A count with no noun, as the subject of a verb in the past: `eight followed`, `nine of them had lapsed`, `14 were`. */
const bareCount =
  /(?<![\p{L}\d.,'’/$€£¥])(?<n>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\s+(?:of\s+(?:them|these|those)\s+)?(?:(?:had|have|were|was)\s+)?(?:\p{Ll}{2,}ed|were|had|lacked|came|began|fell|went|took|broke|grew|rose|led|met|did|won|lost)\b/giu
/** A finding reported in a `that` clause, right before its count: `found that`, `showed that only`. */
const findingThat =
  /\b(?:found|finds|showed|shows|revealed|reveals|confirmed|confirms|established|concluded|noted|identified)\s+that\s+(?:(?:only|just|about|around|nearly|almost|some|over|more\s+than|fewer\s+than|at\s+least|all\s+but)\s+)?$/iu

/** A whole counted before its part: `Of the 40 schools inspected,`, `Out of sixty applicants,`. */
const ofWholeBefore =
  /\b(?:out\s+)?of\s+(?:(?:the|these|those|all|our|its|their)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,\s+$/iu

/** A finding reported in a `that` clause anywhere before in the sentence: `The inspection found that most gates were unlocked, and`. */
const findingThatIn = /\b(?:found|finds|showed|shows|revealed|reveals|confirmed|confirms|established|concluded|noted|identified)\s+that\s/iu
/** A count that opens a clause joined to the one before: `…, and seven had`, `but only four`. */
const joinedClause = /(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:(?:only|just|another|a\s+further|all\s+but)\s+)?$/iu
/** The end of a sentence in the words before a count. */
const sentenceEnd = /[.!?]["”’)]*\s/gu
/** `of them`, `of these`: a count that picks out part of a set just named. */
const ofPronoun = /\sof\s+(?:them|these|those)\s/iu
/** A whole counted in the words before: `rescued 40 hedgehogs`, `sixty entries`. */
const countedWhole =
  /(?:(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+|\d{2,})(?!\d|,\d)|\b(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|dozen|dozens))\s+(?:[\p{L}-]+\s+)?\p{L}{2,}s\b/iu

/** Every regex of this module, for the ReDoS test. */
export const statisticReportPatterns: readonly RegExp[] = [
  hundredTimes,
  upOnLast,
  staffCount,
  bareCount,
  findingThat,
  ofWholeBefore,
  findingThatIn,
  joinedClause,
  sentenceEnd,
  ofPronoun,
  countedWhole
]

/** The words of the sentence before `index`, at most `size` characters back. */
function sentenceBefore(text: string, index: number, size: number): string {
  const lead = before(text, index, size)
  let from = 0
  for (const match of lead.matchAll(sentenceEnd)) from = match.index + match[0].length
  return lead.slice(from)
}

/**
 * Whether a bare count reports a part of a finding: right after `found
 * that`, after its whole (`Of the 40 schools inspected,`), opening a clause
 * joined to a finding's (`found that most gates were unlocked, and seven
 * had`), or picking out part of a set counted just before (`rescued 40
 * hedgehogs. Nine of them needed treatment`).
 */
function partOfFinding(text: string, match: RegExpMatchArray): boolean {
  const index = match.index!
  if (findingThat.test(before(text, index, 40)) || ofWholeBefore.test(before(text, index, 64))) return true
  if (joinedClause.test(before(text, index, 24)) && findingThatIn.test(sentenceBefore(text, index, 160))) return true
  return ofPronoun.test(' ' + match[0] + ' ') && countedWhole.test(before(text, index, 200))
}

/** The patterns of reported results, by kind. */
export const reportRules: readonly PatternRule[] = [
  {regex: hundredTimes, kind: 'rate'},
  {regex: upOnLast, kind: 'change'},
  // `the 40 staff`, `our 12 staff`: a group named, not counted as a finding.
  {regex: staffCount, kind: 'count', accept: (text, match) => !determinerBefore.test(before(text, match.index!, 16))},
  // `found that eight followed a config change`: a part of a whole counted before; `in 2019 prices rose` has no finding before it; `flats 3 and 4 had` numbers places.
  {
    regex: bareCount,
    kind: 'count',
    accept: (text, match) => !isYear(match.groups?.n) && notReference(text, match) && partOfFinding(text, match)
  }
]
