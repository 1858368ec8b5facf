import type {Span} from './span.js'
import {after, before, startsUpper, wordBefore} from './span.js'
import {grantsMadeBefore} from './statistic-market.js'

// What a number in a statistic's place is not: a reference (`p. 12`), a
// year, a day of a month (`around 5 November`), a clock time, a length of
// time, a label or a name, an amount set rather than measured. Every veto reads a bounded slice around a match,
// so none can rescan the text (test/lint/redos.test.ts checks every one).

/** A reference label before a number: `p. 12`, `section 3`, `version 2.1`, `No. 4`, `§ 2`, and a law's or a code's part abbreviated with its point (`s. 4.2`, `ss. 12`, `cl. 7`, `reg. 3`, `sch. 2`). */
const referenceBefore =
  /(?:\b(?:p|pp|pages?|sections?|sec|chapters?|chap|ch|articles?|art|paragraphs?|paras?|figures?|figs?|tables?|tab|versions?|v|releases?|patch(?:es)?|hotfix(?:es)?|builds?|no|nos|numbers?|resolutions?|rules?|items?|steps?|vols?|volumes?|issues?|annex|appendix|lines?|verses?|editions?|ed|parts?|phase|grade|class|room|flight|model|series|type|stage|category|tier|zone|band|gate|platform|ISBN|ISSN|footnotes?|notes?|n|Python|Node|iOS|Android|Windows)\.?\s*|\b(?:s|ss|cl|cls|reg|regs|sch)\.\s*|[#§]\s*|\p{L}-|\d:)$/iu
/** The word before a fraction that makes it a part of something, not a share: `the first half of`. */
export const fractionBefore = /\b(?:the|first|second|latter|former|other|this|that|each|upper|lower|top|bottom|left|right|front|back|inner|outer|northern|southern|eastern|western)\s+$/iu
/** `that` after a verb of knowing or reporting opens a clause, not a part: `estimated that half of`, `found that half of`. */
export const reportThatBefore =
  /\b(?:estimated|estimates?|found|finds?|shows?|showed|shown|suggests?|suggested|reported|reports?|says?|said|believed|believes?|thought|thinks?|claimed|claims?|known|feared|fears?|argued|argues?)\s+that\s+$/iu
/** A word opening a condition, in the figure's clause: `where the level exceeds`, `when the tank reads above`. */
export const conditionWord = /\b(?:where|wherever|when|whenever|if|once|unless|until|as\s+soon\s+as)\s/iu
/** A word before a count that makes it a name for a group, not a claim: `the 15 countries`. */
export const determinerBefore = /\b(?:the|these|those|its|their|our|his|her|all|first|last|next|top)\s+$/iu
/** A preposition before a year: `in 2002 refugees …`. */
export const yearPrepositionBefore = /\b(?:in|since|by|from|until|till|to|of|during|before|after|between|and|circa|c\.)\s+$/iu
/** A duration or place in a document after an approximate number, not a measurement; a unit of time abbreviated (`2 hrs 44 mins`, `30 secs`) is a duration too. */
const durationAfter = /^\s*(?:years?|months?|weeks?|weekends?|summers?|winters?|days?|nights?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centuries|century|pages?|chapters?|sections?|times|o'clock|[ap]\.?m\.?)(?!\p{L})/iu
/** An age compared, after the time words: `years older than`, `centuries younger than`. */
const ageGapAfter = /^\s*(?:years?|decades?|centuries|century|millennia|months?)\s+(?:older|younger)\s+than\b/iu
/** `is twofold`: a `-fold` that counts parts of an argument, not a change. */
export const predicativeBefore = /\b(?:is|are|was|were|be|been)\s+$/iu
/** A clock time after a decimal: `7.30 pm`, or a preposition of time before it: `at 7.30`. */
export const timeBefore = /\b(?:at|by|until|till|from|before|after|around|the)\s+$|\b\d{1,2}[.:]\d{2}\s*(?:,|and|or|to|–|-)\s*$/iu
/** Plural nouns after a number that measure time or a document, not the world; `hrs`, `mins` and `secs` are hours, minutes and seconds abbreviated. */
export const timeOrPartNoun =
  /^(?:years|months|weeks|weekends|summers|winters|days|hours|hrs|minutes|mins|seconds|secs|decades|centuries|intervals|increments|pages|chapters|sections|paragraphs|lines|volumes|annexes|items|times|o'clock|objectives|goals|targets|principles|recommendations|indicators|criteria|pillars|commitments|questions|points|steps|stages|phases|components|modules|sessions|workshops|rounds|epochs|nodes|runs|layers|classrooms|grades|competencies|competences|categories)$/iu
/** Time and age words that a count in words measures: `more than three years`. */
export const timeNoun = /^(?:years|months|weeks|weekends|fortnights|seasons|summers|winters|springs|autumns|semesters|terms|days|nights|evenings|mornings|afternoons|hours|minutes|seconds|decades|centuries|times|miles|kilometres|metres|feet|inches|pounds|dollars|euros)$/iu
/** `on 23 days`: days counted, not a length of time. */
export const onBefore = /\bon\s+$/iu
/** `on 12 minutes`: a moment of a match, not a count of minutes. */
export const momentNoun = /^(?:minutes|seconds|hours)$/iu
/** A year and a dash or slash before a number: the tail of a season or a year range (`the 2025–26 season`, `2019/20`). */
const yearRangeBefore = /(?<![\d.,])(?:1[5-9]|20)\d{2}\s?[–\/-]$/u
/** A range or a pair of grades, ages, pages, numbered parts of a text or numbered places before a number: `grades 7 to 9`, `flats 3 and 4`, `paragraphs 3.1 and 3.4`, `clauses 4.2 to`. */
const rangeBefore =
  /\b(?:grades?|years?|ages?|pages?|pp?\.|chapters?|sections?|articles?|paragraphs?|paras?|clauses?|rules?|regulations?|conditions?|levels?|classes|steps?|phases?|rounds?|items?|questions?|lines?|sizes?|flats|rooms|floors|units|plots|bays|blocks|platforms|gates)\s+\d+(?:\.\d+){0,2}\s*(?:to|-|–|and|or|through)\s*$/iu
/** Words before an amount that make it set rather than measured: `promised compensation of €200`, `a target of 60%`, `grants of up to £5,000`, `a tolerance of 5 cm`. */
const setBefore =
  /\b(?:(?:promised|pledged|offered|proposed|budgeted|allocated)\s+(?:[\p{L}-]+\s+)?of|set\s+at|capped\s+at|fixed\s+at|limited\s+to|targets?\s+of|threshold\s+of|limit\s+of|ceiling\s+of|cap\s+of|goal\s+of|budget\s+of|grants?\s+of|awards?\s+of|standard\s+of|tolerances?\s+of|bursary\s+of|scholarship\s+of|prize\s+of|fund\s+of|size\s+of|rate\s+of\s+\d[\d.]*\s+and\s+a|learning\s+rate\s+of|batch\s+size\s+of|set\s+the)\s+(?:[\p{L}-]+\s+){0,2}$/iu
/** A figure's own setter right before it: `a target mean strength of 58`, `the required 35 N/mm²`, `a specified 12 mm`: a value named as set, not measured. */
const setterBefore = /\b(?:target|specified|required)\s+$/iu
/** The writer's own group counted, right before its share: `We, being two of`, `we are three of`: who the writers are, not a finding. */
const ownGroupShareBefore = /\b(?:we|us),?\s+(?:being|are|were|as)\s+$/iu
/** `a team of 12`, `a panel of 9 judges`, and the next part of the same make-up (`a team of four chaplains and 23 volunteers`): who took part, not a finding. */
const groupOf = /\b(?:team|group|panel|crew|committee|board|class|cohort|delegation|consortium|jury)\s+of\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:[\p{L}-]+\s){1,3}and\s+)?$/iu
/** `the youth choir, some 30 singers`: a group's size in apposition after its name, who took part. */
const groupAppositive = /\b(?:team|crew|cohort|delegation|jury|choir|chorus|band|orchestra|cast|troupe|ensemble|squad|congregation)s?,\s+$/iu
/** Words after an amount that make it a limit: `the 50 mg/L legal limit`. */
const setAfter =
  /^[\s,–—-]*(?:the\s+|a\s+|an\s+|its\s+)?(?:[\p{L}\/]+\s+)?(?:legal\s+|statutory\s+|upper\s+|lower\s+)?(?:limit|threshold|target|cap|ceiling|goal|minimum|maximum)\b|^\s+(?:recommended|proposed|required|permitted|allowed|prescribed|specified|agreed|set)\s+(?:by|in|under)\b/iu
/** Effort counted in time: `gave over 20,000 hours`, `takes roughly 600 hours of study`. */
const effortBefore =
  /\b(?:gave|give|gives|given|spent|spend|spends|worked|works|volunteered|logged|clocked|put\s+in|puts\s+in|contributed|donated|takes|took|take|taking|requires?|required|needs?|needed|saved|saves|save|lost|loses)\s+(?:(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|over|at\s+least|up\s+to|an\s+average\s+of|an\s+estimated)\s+)?$/iu
/** A hundred hours or more opening a match: `340 hours`, `1,200 volunteer hours`. */
const hoursTally = /^(?:\d{1,3}(?:,\d{3})+|[1-9]\d{2,})\s+(?:\p{L}+\s+)?hours\b/u
const effortAfter = /^\s*(?:hours?|minutes?|days?|weeks?)\s+of\s+(?!(?:the|this|that|its|their|our|his|her|age)\b)\p{L}/iu
/** A task's own length: `takes about`, `needs around` (not `gave`, `spent`, `volunteered`, which count effort given). */
const taskBefore =
  /\b(?:takes|took|take|taking|needs|needed|requires|required)\s+(?:(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|over|at\s+least|up\s+to)\s+)?$/iu
/** Minutes or hours right after the number (`about 30 minutes`), or ending its match (`45 minutes`). */
const taskUnitAfter = /^\s+(?:minutes?|hours?)\b/iu
const taskUnitEnd = /\s(?:minutes?|hours?)$/iu
/** An approximation before or at the start of a number. */
const approximated = /\b(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|over|at\s+least|up\s+to|an\s+average\s+of|an\s+estimated)\s+$/iu
const approximatedMatch = /^(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|over|at\s+least|up\s+to|an\s+average\s+of|an\s+estimated)\s/iu
/** A measurement naming a kind of thing: `one 5 mg tablet`, `the 400 metres final`, `a 12 mm bolt`. */
export const attributeBefore = /\b(?:a|an|one|the|each|every|per|two|three|four|five|six)\s+$/iu
export const attributeAfter =
  /^\s+(?!(?:of|per|a|an|the|in|on|at|to|and|or|for|from|by|with|each|every|is|are|was|were|thick|long|wide|high|deep|tall|higher|lower|above|below|over|under|more|less|away|apart|ago|across|than)\b)\p{Ll}[\p{L}-]*/u
/** A unit joined by a hyphen and a noun after it: `-acre plot`, `-litre engine` (not `-fold`). */
export const hyphenUnitAfter = /^-(?!fold\b)\p{Ll}+\s+\p{Ll}/u
/** A change named after a number: `a 12,000 rise`, `a 3,000 drop in arrests`. */
export const changeNounAfter = /^[\s-]+(?:\p{L}+\s+)?(?:rise|fall|increase|decrease|drop|jump|cut|gain|loss|reduction|surge|shortfall|decline|fewer|more|extra|additional)\b/iu
/** A comparative that sets a threshold: `cracks wider than 0.3 mm`, `documents longer than 2,000 tokens`. */
const thresholdBefore =
  /\b(?:wider|narrower|longer|shorter|larger|smaller|older|younger|heavier|lighter|deeper|shallower|taller|thicker|thinner|steeper)\s+than\s+$/iu
/** A sentence's end mark, with a closing quote or bracket after it. */
const sentenceEnd = /[.!?:;]["'”’)\]]?$/u
/** Words that open a sentence before a number without naming it: `Only 11 students`, `About 40`. */
const openingWord =
  /^(?:only|about|around|some|nearly|almost|over|under|just|roughly|approximately|fewer|more|less|another|all|and|but|of|in|on|at|by|for|from|with|since|after|before|until|to|exactly|precisely|barely|perhaps|maybe|still|yet|so|then|now|today|also|even|well|up|down|each|every|an|a|the|these|those|their|our|its|his|her|my|your)$/iu
/** A clock time after a colon ratio: `10:30 am`. */
/** A clock time after `to` or a dash: `10.00 to 17.30`, `9.15–11.45`. */
export const clockRangeAfter = /^\s*(?:to|until|till|–|-|and)\s*\d{1,2}[.:]\d{2}(?!\d)/iu
export const clockAfter = /^\s*(?:[ap]\.?m\.?|h|hrs|hours|GMT|UTC|CET|EST)(?!\p{L})/iu

/**
 * A match that opens on a word other than a number (`fell from 310`, `about
 * 40`, `average of 12`): a label before it (`the chilled line fell from
 * 310`) does not label the number, which the word stands between.
 */
const wordOpening =
  /^(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+hundred|half|several|many|a\s+few)\b)\p{L}/iu

/** A month's name right after a figure: ` November`, ` May` (case-sensitive, so `about 30 may apply` is not read so). */
const monthAfter =
  /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\p{L}])/u

/** Whether an approximation's number is a day of the month named after it: `the week around 5 November`, `from about 3 May` (a date, not an amount). */
export function isDayOfMonth(text: string, match: RegExpMatchArray): boolean {
  const n = match.groups?.n ?? ''
  return n.length <= 2 && !n.includes('.') && Number(n) >= 1 && Number(n) <= 31 && monthAfter.test(after(text, match.index! + match[0].length, 16))
}

/** Every regex of this module, for the ReDoS test. */
export const statisticVetoPatterns: readonly RegExp[] = [
  monthAfter,
  reportThatBefore,
  conditionWord,
  ageGapAfter,
  referenceBefore,
  fractionBefore,
  determinerBefore,
  yearPrepositionBefore,
  durationAfter,
  predicativeBefore,
  timeBefore,
  timeOrPartNoun,
  timeNoun,
  onBefore,
  momentNoun,
  rangeBefore,
  yearRangeBefore,
  setBefore,
  setterBefore,
  ownGroupShareBefore,
  groupOf,
  groupAppositive,
  setAfter,
  effortBefore,
  hoursTally,
  effortAfter,
  taskBefore,
  taskUnitAfter,
  taskUnitEnd,
  approximated,
  approximatedMatch,
  attributeBefore,
  attributeAfter,
  changeNounAfter,
  hyphenUnitAfter,
  thresholdBefore,
  sentenceEnd,
  openingWord,
  clockRangeAfter,
  clockAfter,
  wordOpening
]

/** A count under ten in plain digits: `2`, `7`. */
export function smallCount(value: string): boolean {
  return value.length === 1
}

/** `2002`, not `2,002` or `20.02`: a number that reads as a year. */
export function isYear(value: string | undefined): boolean {
  if (value === undefined || value.length !== 4) return false
  const number = Number(value)
  return Number.isInteger(number) && number >= 1000 && number < 2100
}

/**
 * Whether a match's number is no reference (`p. 12`, `section 3`, `grades 7
 * to 9`, `2025–26`): no label right before the number. A match that opens on
 * another word has its number after that word, so a label before the match
 * labels nothing of it.
 */
export function notReference(text: string, match: RegExpMatchArray): boolean {
  if (wordOpening.test(match[0])) return true
  const lead = before(text, match.index!, 16)
  return !referenceBefore.test(lead) && !rangeBefore.test(before(text, match.index!, 32)) && !yearRangeBefore.test(lead)
}

/** Whether an amount is set rather than measured: a promise, a target, a limit, a threshold, or a value named by its setter right before it (`a target mean strength of 58`, `the required 35 N/mm²`); the writer's own group's share of a body (`We, being two of the three trustees`). */
export function isSet(text: string, span: Span): boolean {
  const lead = before(text, span.start, 40)
  // `ten times the daily limit` measures against a limit; it sets none.
  if (span.kind === 'proportion' && ownGroupShareBefore.test(lead)) return true
  // `made grants of £230,000 in the year`: the grants a body made are a total found (statistic-market.ts), not a grant's set size.
  return (setBefore.test(lead) && !(span.kind === 'money' && grantsMadeBefore.test(lead))) || setterBefore.test(lead) || thresholdBefore.test(lead) || groupOf.test(lead) || ((span.kind === 'count' || span.kind === 'approximate') && groupAppositive.test(lead)) || (span.kind !== 'multiple' && setAfter.test(after(text, span.end, 24)))
}

/** A length of time after a number: `3,000 years`, `three thousand years`. */
export function durationAfterMatch(text: string, match: RegExpMatchArray): boolean {
  return durationAfter.test(after(text, match.index! + match[0].length, 16)) && !isEffort(text, match) && !isAgeGap(text, match)
}

/** An estimated difference in age is a measured comparison, not a span of time: `some 400 years older than` (not `two years older than her sister`). */
function isAgeGap(text: string, match: RegExpMatchArray): boolean {
  if (!ageGapAfter.test(after(text, match.index! + match[0].length, 32))) return false
  return approximated.test(before(text, match.index!, 24)) || approximatedMatch.test(match[0])
}

/** Time counted as effort given or needed, not as a span: `gave over 20,000 hours`, `600 hours of study`. */
export function isEffort(text: string, match: RegExpMatchArray): boolean {
  const end = match.index! + match[0].length
  if (effortAfter.test(after(text, end, 32))) return true
  // `gave over 20,000 hours`: an estimate of effort; `takes 45 minutes` is how long something lasts.
  if (!effortBefore.test(before(text, match.index!, 40))) return false
  // `put in 340 hours`: a tally of a hundred hours or more given is effort counted, exact or not; `spent 3 hours` is a span.
  if (!(approximated.test(before(text, match.index!, 24)) || (match[0].length > 0 && approximatedMatch.test(match[0])) || tallyOfHours(match[0] + after(text, end, 24)))) return false
  // `Bleeding them takes about 30 minutes`, `the crossing takes about an hour`: how long one task takes, a duration.
  return !(taskBefore.test(before(text, match.index!, 40)) && (taskUnitAfter.test(after(text, end, 16)) || taskUnitEnd.test(match[0])))
}

/** Whether a match opens on a hundred hours or more (`340 hours`, `1,200 volunteer hours`): a tally of time given, not one sitting. */
function tallyOfHours(words: string): boolean {
  return hoursTally.test(words)
}

/** The last word of a match (its letters after the last space). */
export function lastWord(value: string): string {
  return value.slice(value.lastIndexOf(' ') + 1)
}

/**
 * Whether a capitalised word inside the sentence right before a number makes
 * it part of a name or a label: `Equation 4 gives`, `Route 66 runs`, `our
 * Year 11 students`. A capitalised word that opens the sentence does not
 * (`Only 11 students`).
 */
export function namedBefore(text: string, index: number): boolean {
  const word = wordBefore(text, index)
  if (!startsUpper(word)) return false
  return !opensSentence(text, text.lastIndexOf(word, index)) || !openingWord.test(word)
}

/** Whether a word at `start` opens a sentence: at the start of the text or a line, or after a sentence's end mark and a space. */
export function opensSentence(text: string, start: number): boolean {
  const lead = before(text, start, 4)
  const trimmed = lead.trimEnd()
  if (trimmed === '' || lead.slice(trimmed.length).includes('\n')) return true
  return trimmed.length < lead.length && sentenceEnd.test(trimmed)
}

export function notYear(text: string, match: RegExpMatchArray): boolean {
  return notReference(text, match) && !isYear(match.groups?.n)
}
