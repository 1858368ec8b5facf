import type {Span} from './span.js'
import {after, before, lastClause} from './span.js'
import {practiceOrReported, purposeAfter} from './superlative-practice.js'
import {studyOrRecordPicked} from './superlative-study.js'
import {inOwnVoice, placeAfter} from './superlative-voice.js'
import {rankedInHolding, rankedInOccasion} from './superlative-scope.js'
import {judgedNotClaimed} from './superlative-judgement.js'
import {pickedInOwnAssessment} from './superlative-class.js'
import {pickedOrWithdrawn} from './superlative-withdrawn.js'
import {reportedNotClaimed} from './superlative-reported.js'
import {tipNotClaimed} from './superlative-tip.js'
import {ownMatterPicked} from './superlative-own.js'
import {askedNotClaimed} from './superlative-asked.js'
import {ownStockPicked} from './superlative-stock.js'
import {ageOfOnePicked} from './superlative-age.js'
import {programmeScope} from './superlative-programme.js'
import {overOwnYears} from './superlative-years.js'
import {partPicked} from './superlative-part.js'

// Whether a superlative or absolute the detector found claims something of
// the world, read in its sentence: not when the sentence hedges it, when it
// is the writer's own experience, advice or an instruction, or when it
// picks something out rather than ranks it (members of a group, a part of a
// whole, an award's name, one of the paragraph's own matter).

/** Hedges anywhere before it in its sentence: `To our knowledge, this is the only …`, `probably the largest`. */
export const hedgeInSentence =
  /\b(?:to\s+(?:our|my)\s+knowledge|to\s+the\s+best\s+of\s+(?:our|my)\s+(?:knowledge|belief)|as\s+far\s+as\s+(?:we|I)\s+(?:know|can\s+tell|are\s+aware)|arguably|probably|perhaps|possibly|may\s+(?:well\s+)?be|might\s+be|could\s+be)\b/iu
/** `longer than any phone I have reviewed`, `the best loaf I ever baked`: compared within the writer's own experience. */
const ownExperienceAfter = /^\s+(?:(?!(?:since|when|before|after|as|because|until|than)\b)[\p{L}-]+\s+){0,5}?I(?:\s|['’])/u
/** `the busiest summer they can remember`: ranked within the memory of the people who tell it, not against the record. */
const memoryAfter = /^\s+(?:[\p{L}-]+\s+){1,3}?(?:that\s+)?(?:they|he|she|we|anyone)\s+(?:can|could)\s+(?:remember|recall)\b/iu
/** A clause mark: what is after it is the superlative's own clause. */
const clauseMark = /[,;:]\s/gu
/** `I have never seen`, `My best loaves have always come`: the writer's own experience, as the clause's subject. */
const ownSubject = /^\s*(?:(?:and|but|so|yet)\s+)?(?:I(?:\s|['’])|My\s+(?:best|worst|favou?rite|own|first|last)\b)/u
/** An absolute with a modal of advice after it (`Nobody should use them`) or before it (`you should never`): advice, not a claim. */
const adviceAfter = /^\s+(?:should|must|ought|needs?\s+to|need)\b/iu
const adviceBefore = /\b(?:should|must|ought\s+to)\s+$/iu
/** `Every culvert of this type on the network should be surveyed`: `every` with the place or kind it ranges over, then a modal of advice (round 55): a recommendation over its own class, not a claim that all are so (a conjunction or a relative in between ends the reading: `every house that floods must`). */
const everyAdviceAfter =
  /^\s+(?:of|on|in|at|across|within|under|along)\s+(?:(?!(?:and|but|or|that|which|who|where)\s)[\p{L}\d'’-]+\s+){1,6}?(?:should|must|ought\s+to|needs?\s+to)(?![\p{L}'’-])/iu
/** `Every` opening a span. */
const everyWord = /^every\s/iu
/** `will` right before an absolute: `will never need`. */
const willBefore = /(?<![\p{L}'’-])will\s+$/iu
/** `should never need`, `should never require`: what is to be expected of a thing, an absolute outcome claimed (not advice on what to do). */
const expectedOutcome = /^\s+(?:need|needs|require|requires)\b/iu
/** `…, as BS 4142 notes`, `…, as ISO 7730 sets out`: a standard named by its number closing the sentence as the source of what it says. */
const standardSource = /^[^.!?]{0,100}?,\s+as\s+(?:the\s+)?\p{Lu}{2,6}\s?\d[\d:-]*\s+(?:notes|states|says|sets\s+out|advises|recommends|explains|puts\s+it)\b/u
/** `always said`, `never tells`: how often someone said a thing, a habit of speech, not a universal (the words said are the quotation's or the attribution's matter). */
const sayingAfter = /^\s+(?:said|says|told|tells|used\s+to\s+say)\b/iu
const bestOrWorst = /(?:best|worst)$/iu
/** `are best seen after rain`: advice on how to do a thing, not a ranking. */
const bestDone =
  /^\s+(?:\p{L}{3,}ed|seen|done|eaten|grown|sown|kept|left|made|taken|drunk|worn|shown|served|enjoyed|viewed|visited|avoided|read|heard|bought|picked|planted|cooked|stored)\b/iu
/** A determiner opening a superlative: `the worst`, `its best`. */
const determinerOpening = /^(?:the|its|their|his|her|our)\s/iu
/** `the youngest of six children`: one picked out of a group counted right after it. */
const ofCounted = /^\s+(?:[\p{L}-]+\s+)?of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b/iu
/** `in this book`, `on our menu`, `gaps in our run`: ranked within the writer's own matter or collection. */
const ownMatterAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:in|on|of|from)\s+(?:this|these|my|our)\s+(?:book|chapter|collection|list|guide|column|issue|article|post|review|range|menu|catalogue|selection|edition|series|section|report|assessment|run|holdings|library|archive|stock)\b/iu
/** `the longest stage on the calendar`: a length or a distance an organiser sets, ranked within its own programme. */
const programmeAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:on|in)\s+(?:the|this|our|its|their)\s+(?:[\p{L}'’-]+\s+)?(?:calendar|programme|program|timetable|schedule|fixture\s+list|card)\b/iu
const setLength = /(?:longest|shortest)$/iu
/** `The most popular, Riverside Loop, …`: a superlative with no noun, opening its sentence, and the name of the one it picks out in apposition. */
const ellipticalName = /^,\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},/u
const openingMarks = /^[\s"“‘(]*$/u
/** `Never leave a child alone`, `Always keep medicines out of reach`: an instruction, not a claim. */
const instructionOpening =
  /^[^\p{L}]{0,3}(?:never|always)\s+(?!(?:been|be|was|were|is|are|has|have|had|the|a|an|this|that|in|on|at|with|for|before|again|so|quite|more|less|been)\b)\p{Ll}+\s/u
/** `The youngest ring is from 1511`, `The oldest sample dates to 1320`: the one of the writer's own samples a finding is told of, dated (a result, not a ranking). */
const datedSubject = /^\s+(?:[\p{L}-]+\s+){1,4}?(?:is|was)\s+(?:from|dated\s+to)\s+\d|^\s+(?:[\p{L}-]+\s+){1,6}?dates\s+(?:from|to)\s+\d/u
/** `The largest single improvement would come from`: the best of the options a report recommends, in the conditional; `The largest single saving came from`: the largest part of a total the report has given, broken down. */
const optionWould =
  /^\s+(?:single\s+)?(?:improvements?|savings?|gains?|benefits?|reductions?|difference|change|cut)\s+(?:(?:would|could)\s+(?:come|be|follow)|came\s+from)\b/iu
/** Words that make a superlative a claim about the world: `ever`, `on record`, `in history`, `to date`. */
const domainAfter =
  /\b(?:ever|on\s+record|in\s+history|to\s+date|of\s+all\s+time|in\s+the\s+world|worldwide|yet|in\s+living\s+memory|in\s+(?:a|the\s+(?:last|past))\s+(?:decade|generation|century)|in\s+(?:\p{L}+\s+)?years)\b/iu
/** `the department's prize for the best final-year project`: the name of an award; a sum for it (`£500 for the heaviest`, round 50): a prize's money. */
const awardBefore = /(?:\b(?:prize|prizes|award|awards|medal|trophy|cup)|[£$€]\d[\d,]*)\s+for\s+$/iu
/** A sentence opening on a possessor and its superlative: `Its cheapest`, `The gallery's newest`. */
const ownerOpening = /^[\s"“‘(]*(?:its|their|his|her|our|(?:the\s+)?[\p{L}-]+['’]s)\s+(?:\p{L}+\s+)?\p{L}+$/iu
/** A noun and the verb it is the subject of (not a linking verb): `model sells`, `case holds`. */
const subjectVerbAfter = /^\s+[\p{L}-]+\s+(?!(?:is|was|has|does|remains|ranks|becomes|seems|appears)\b)\p{Ll}{2,}s\b/u
/**
 * A superlative that picks out members of a group rather than claiming one
 * thing is the most: a plural head after it (`the smallest particles`, `the
 * lowest-paid workers`), at the start of a clause (one someone told too: `told us the oldest
 * oaks would`) or after a preposition.
 */
const pluralHeadAfter = /^\s+(?:[\p{L}-]+\s+)?(?!(?:is|was|has|as|this|thus|its|his|us|less|does)\b)\p{L}{2,}[^s's’]s\b(?!\s+of\b)/u
const groupBefore = /\b(?:that|and|but|while|because|whereas|for|on|in|among|to|from|with|by|at|between|into|amongst|of|told\s+(?:us|me|him|her|them))\s+$/iu
/** `the highest point of the circuit`, `the deepest part of the ocean`: a part of a whole, picked out. */
const partOf = /^\s+(?:part|parts|point|points|section|stretch|end|edge|corner|reaches|portion|stage|leg|floor)\s+of\b/iu
/** The whole a part belongs to: `circuit` in `point of the circuit`. */
const partWhole = /^\s+[\p{L}-]+\s+of\s+(?:the\s+|its\s+|this\s+|that\s+)?([\p{L}-]+)/iu
/** The noun a superlative ranks: `crack` in `The widest crack,`. */
const headNoun = /^\s+([\p{L}-]+)/u
/** A preposition or a pointer where the ranked noun would be: `the fastest over the trip`, `the highest since 2019` (round 40): the superlative has no noun of its own, so it picks out nothing the paragraph named before (`over` in an earlier `over 480 metres` is no noun). */
const notHeadNoun = /^(?:over|from|with|into|onto|since|across|among|amongst|during|after|before|under|above|below|within|without|this|that|these|those|ever|then|there|here|anywhere)$/iu
/** A comparison class after the ranked noun: `in northern Europe`, `in the company's history`, `since 2020`; also after a participle of record (round 44): `roost recorded within 2 km of the site`, `colony known in the county` — ranked across every record of an area. */
const domainNamed = /^[\s,]*(?:[\p{L}-]+\s+)?(?:(?:recorded|known|documented)\s+)?(?:in|on|across|among|within|of|since|anywhere|worldwide|ever|yet|to\s+date|on\s+record)\b/iu
/** A comparison class after a ranked noun of several words, right after the superlative: `volunteer fire-watch scheme in the country`, `cattle at any market`, a part of a land (`domestic building in this part of the county`, round 42) (not after `the main cause of`, whose next words are what it is the cause of). */
const domainAfterCompound =
  /^[\s,]*(?:[\p{L}-]+\s+){1,3}?(?:in\s+(?:the|this|that|our|its)\s+(?:(?:part|parts|corner|end|half)\s+of\s+(?:the|this|that|our|its)\s+)?(?:country|world|region|county|state|nation|kingdom|land|district|city|area)|at\s+(?:any|every))\b/iu
/** A superlative phrase that ends on `of`: the words after it are its complement. */
const ofEnd = /\sof$/iu
const pluralEnding = /(?<!s)(?:es|s)$/u
/** A letter: a character that joins a word. */
const letterChar = /^[\p{L}'’-]$/u
/** What may follow a noun named as a word: nothing more of a word, or a plural ending and then none. */
const nounEnd = /^(?:e?s)?(?![\p{L}'’-])/u
const theWordOpening = /^the\s/iu

/** The writer's own counted holding, in the sentence before: `Our portfolio of 48 casks`, `our 12 hives`, `my collection of 300 stamps`. */
const ownCountedHolding = /(?<![\p{L}'’-])(?:[Oo]ur|[Mm]y)\s+(?:[\p{L}-]+\s+){0,2}?(?:of\s+)?\d[\d,]*\s+\p{L}{2,}/u
/** The one picked out, then what it was: ` performer was`, ` hive is` (a noun and a linking verb, no comparison class between). */
const pickedIsAfter = /^\s+[\p{L}-]+\s+(?:was|is)\s/u
/** A group picked out and what it does, opening its sentence: ` schemes operate from`, ` firms pay` (a plural head, then a verb that is not a link, a ranking verb or a preposition: not `The largest employers are`, `The biggest firms in the region`). */
const groupDoesAfter =
  /^\s+(?:[\p{L}-]+\s+)?\p{L}{2,}[^s's’\P{L}]s\s+(?!(?:are|were|remain|remained|include|included|includes|have|had|being|rank|ranked|come|came|top|lead|led|in|of|on|at|across|among|for|from|by|to|with|within|worldwide|ever|this|last|so|and|or|that|which|who|we|they|I)\b)\p{Ll}{3,}(?![\p{L}'’-])/u

/** A share of a whole, with nothing after it naming the whole: `the largest share.` (not `the largest share of the market`). */
const shareAfter = /^\s+(?:share|portion|slice|part|allocation|cut)(?![\p{L}'’-])(?!\s+of(?![\p{L}'’-]))/iu
/** A division the writer's own text makes, earlier in the sentence: `will distribute £9,900 to eleven charities`, `split the prize between`. */
const ownDivision = /(?<![\p{L}'’-])(?:distribut|divid|split|allocat|shar|award|grant)(?:e|es|ed|ing|s|ting)?\s+(?:[^\s.;!?]+\s+){0,3}?(?:to|between|among|amongst)(?![\p{L}'’-])/iu
/** An imperative of a forecast or a guide opening the sentence: `Expect the best conditions at low tide`, `Look for the biggest sets after lunch` (the writer's own pick of a window). */
const pickOpening = /^\s*(?:expect|look\s+(?:out\s+)?for|aim\s+for|wait\s+for|watch\s+for)\s+$/iu
/** A piece of advice ranked and then given: `the safest course is normally to leave them`, `their biggest tip is to 'drink water …'` (a recommendation, not a ranking of the world). */
const adviceGiven =
  /^\s+(?:course|option|approach|tip|advice|bet|policy|plan|rule|thing\s+to\s+do)\s+(?:is|was)\s+(?:(?:normally|usually|generally|often|always|simply|probably|still)\s+)?to(?![\p{L}'’-])/iu
/** Every regex of this module, for the ReDoS test. */
export const superlativeClaimPatterns: readonly RegExp[] = [
  letterChar,
  nounEnd,
  hedgeInSentence,
  ownExperienceAfter,
  memoryAfter,
  clauseMark,
  ownSubject,
  adviceAfter,
  adviceBefore,
  everyAdviceAfter,
  everyWord,
  willBefore,
  expectedOutcome,
  sayingAfter,
  standardSource,
  bestOrWorst,
  bestDone,
  determinerOpening,
  ofCounted,
  ownMatterAfter,
  instructionOpening,
  programmeAfter,
  setLength,
  ellipticalName,
  openingMarks,
  domainAfter,
  awardBefore,
  ownerOpening,
  subjectVerbAfter,
  datedSubject,
  optionWould,
  pluralHeadAfter,
  groupBefore,
  partOf,
  partWhole,
  headNoun,
  notHeadNoun,
  domainNamed,
  domainAfterCompound,
  pickOpening,
  adviceGiven,
  shareAfter,
  ownDivision,
  ofEnd,
  pluralEnding,
  theWordOpening,
  ownCountedHolding,
  pickedIsAfter,
  groupDoesAfter
]

/**
 * Whether a superlative or absolute found at `span` claims something of the
 * world, read in its sentence (from `sentenceStart`): not when the sentence
 * hedges it before (`To our knowledge, this is the only …`), when it is the
 * writer's own experience (`My best loaves have always come …`, `longer than
 * any phone I have reviewed`), or when it picks something out rather than
 * ranks it: members of a group (`the smallest particles are …`, `for the
 * lowest-paid workers`, `The worst schemes operate from …`), one of the
 * writer's own counted holding (`Our 48 casks … The best performer was`), the
 * subject a sentence goes on to tell about (`The
 * widest crack, 1.1 mm, is in span 23`), a part of a whole (`the highest
 * point of the circuit`), an award's name (`a prize for the best project`).
 */
export function claims(text: string, span: Span, sentenceStart: number, previousStart: number): boolean {
  const lead = text.slice(Math.max(sentenceStart, span.start - 160), span.start)
  if (hedgeInSentence.test(lead) || inOwnVoice(text, span, lead)) return false
  if (practiceOrReported(text, span, lead, text.slice(sentenceStart, sentenceStart + 160))) return false
  // A group named by a superlative alone, a first in someone's story, a measure of surprise, not knowing yet (superlative-reported.ts); a tip or house instruction (superlative-tip.ts); picked from the writer's own figures, place or set (superlative-own.ts).
  // Asked in a question, a survey's own item by its score, a wish, a house's guarantee (superlative-asked.ts).
  if (askedNotClaimed(text, span, sentenceStart)) return false
  // `to replace the oldest minibus`, `its largest customer`: one of a body's own things picked out (superlative-stock.ts); `Every ship … will be inspected`, `We use … for every door`: a programme's or a practice's scope (superlative-programme.ts); `The youngest rider was 9`: one of a group picked out by age (superlative-age.ts).
  if (ownStockPicked(text, span) || programmeScope(text, span) || ageOfOnePicked(text, span)) return false
  // A record restated in apposition, ranked in the writer's own monitoring, `every` in a target, a change ranked in its own counts, a member's point in minutes (superlative-study.ts).
  if (studyOrRecordPicked(text, span, sentenceStart, previousStart)) return false
  if (reportedNotClaimed(text, span) || tipNotClaimed(text, span, lead) || ownMatterPicked(text, span, lead, sentenceStart)) return false
  // `Expect the best conditions at low tide`: a forecast's own pick; `the safest course is normally to leave them`: advice ranked and given.
  if (span.kind === 'superlative' && ((span.start - sentenceStart <= 24 && pickOpening.test(text.slice(sentenceStart, span.start))) || adviceGiven.test(after(text, span.end, 48)))) return false
  // `will distribute £9,900 to eleven charities, with the hospice receiving the largest share`: one part of the writer's own division, picked out.
  if (span.kind === 'superlative' && shareAfter.test(after(text, span.end, 24)) && ownDivision.test(lead)) return false
  // `the most legible sans serif we know of`, `our biggest problem`, `the most economically advantageous tender under the published ratio` (superlative-judgement.ts).
  if (judgedNotClaimed(text, span)) return false
  // `above the highest point of the glacier`, `reduce the worst of the itching`: a part by its place, the most of a thing, picked out (superlative-part.ts, round 57).
  if (partPicked(text, span)) return false
  // `the oldest of which`, `The oldest loom on the roll` after `The Guild's roll lists`, a claim a correction withdraws, a log's `always in pairs` (superlative-withdrawn.ts).
  if (pickedOrWithdrawn(text, span, lead)) return false
  const rest = after(text, span.end, 48)
  // `the clearest colour I have seen in twenty years`: the writer's decades as the measure, a record (superlative-years.ts).
  if (ownExperienceAfter.test(rest) && !placeAfter.test(after(text, span.end, 72)) && !overOwnYears(after(text, span.end, 96))) return false
  // `the busiest summer they can remember`, `The oldest we hold`: ranked within a memory or the writer's own holdings.
  if (span.kind === 'superlative' && (memoryAfter.test(rest) || rankedInHolding(after(text, span.end, 96)))) return false
  const clause = lastClause(lead, clauseMark)
  if (span.kind === 'absolute' && ownSubject.test(clause)) return false
  if (span.kind === 'absolute' && sayingAfter.test(rest)) return false
  if (standardSource.test(after(text, span.end, 140))) return false
  const advisedBefore = adviceBefore.test(before(text, span.start, 16))
  // `will never need topping up`: a forecast of what a thing will need, not advice (`Nobody need apply`).
  const forecast = advisedBefore || willBefore.test(before(text, span.start, 8))
  if (span.kind === 'absolute' && !(forecast && expectedOutcome.test(rest)) && (adviceAfter.test(rest) || advisedBefore)) return false
  if (span.kind === 'absolute' && everyWord.test(text.slice(span.start, span.end)) && everyAdviceAfter.test(after(text, span.end, 72))) return false
  // `are best seen after rain`, `the youngest of six children`, `the most difficult bread in this book`.
  // Not with a determiner: `the worst affected source`, `the best preserved example` rank the noun the participle qualifies.
  if (bestOrWorst.test(text.slice(span.start, span.end)) && !determinerOpening.test(text.slice(span.start, span.end)) && bestDone.test(rest)) return false
  if (span.kind === 'superlative' && (ofCounted.test(rest) || ownMatterAfter.test(rest))) return false
  // `the weakest section across the group`, `We measured … and the narrowest, at the store, is 690 mm`: picked within the writer's own assessment (superlative-class.ts).
  if (span.kind === 'superlative' && pickedInOwnAssessment(lead, rest)) return false
  // `The youngest ring is from 1511`: a dated result; `The largest single improvement would come from`: the best option of a report's own.
  if (span.kind === 'superlative' && openingMarks.test(text.slice(sentenceStart, span.start)) && (datedSubject.test(rest) || optionWould.test(rest))) return false
  // `the longest stage on the calendar`: set by its organiser; `The most popular, Riverside Loop,`: one of the set the paragraph has named, picked out by name.
  if (span.kind === 'superlative' && setLength.test(text.slice(span.start, span.end)) && programmeAfter.test(rest)) return false
  if (span.kind === 'superlative' && ellipticalName.test(rest) && openingMarks.test(text.slice(sentenceStart, span.start))) return false
  if (span.kind === 'absolute' && span.start === sentenceStart && instructionOpening.test(text.slice(span.start, span.start + 40).toLowerCase())) return false
  if (span.kind !== 'superlative' || domainAfter.test(after(text, span.end, 56))) return true
  // `the best meal of the holiday`, `logged the longest dive … at 52 minutes`, `The heaviest pumpkin at this year's weigh-off`, `£500 for the heaviest`: ranked within the writer's own occasion or tally, one show's entries, or a prize.
  if (awardBefore.test(before(text, span.start, 24)) || rankedInOccasion(before(text, span.start, 24), rest)) return false
  // `Its cheapest model sells for …`, `The gallery's newest case holds …`: one of its own, picked out as a subject.
  if (ownerOpening.test(text.slice(sentenceStart, span.end)) && subjectVerbAfter.test(rest)) return false
  if (pluralHeadAfter.test(rest) && groupBefore.test(before(text, span.start, 24))) return false
  if (openingMarks.test(text.slice(sentenceStart, span.start))) {
    // `The worst schemes operate from serviced offices`: a group picked out by its quality and told of, not a ranking.
    if (theWordOpening.test(text.slice(span.start, span.end)) && groupDoesAfter.test(rest)) return false
    // `Our portfolio of 48 casks … The best performer was`: one of the writer's own counted holding, picked out.
    if (sentenceStart > 0 && pickedIsAfter.test(rest) && ownCountedHolding.test(text.slice(Math.max(previousStart, sentenceStart - 320), sentenceStart))) return false
  }
  // Ranked within what the paragraph has just described (`Cracks … were found in 7 of the 40 spans. The widest crack …`,
  // `the highest point of the circuit`): picked out of the draft's own matter, not of the world.
  // The class may come after a noun of three words and a part of a land (`dated domestic building in this part of the county`): read 72 characters.
  if (!ofEnd.test(text.slice(span.start, span.end)) && domainAfterCompound.test(after(text, span.end, 72))) return true
  // `the hardest slides to capture`, after `digitised 4,318 slides`: how hard the kind is to handle, a claim about it, not one of the counted picked out.
  if (purposeAfter.test(rest)) return true
  return !withinOwnMatter(text, rest, sentenceStart, previousStart)
}

/** Whether the noun a superlative ranks, or the whole it is part of, was named in the sentence before (at most 320 characters of it). */
function withinOwnMatter(text: string, rest: string, sentenceStart: number, previousStart: number): boolean {
  if (sentenceStart === 0) return false
  const earlier = text.slice(Math.max(previousStart, sentenceStart - 320), sentenceStart).toLowerCase()
  const found = (partOf.test(rest) ? partWhole : headNoun).exec(rest)
  if (!found || notHeadNoun.test(found[1]!)) return false
  // A comparison class named after it makes it a claim again: `the longest canal in northern Europe`.
  if (domainNamed.test(rest.slice(found.index + found[0].length))) return false
  const stem = found[1]!.toLowerCase().replace(pluralEnding, '')
  return stem.length >= 4 && holdsNoun(earlier, stem)
}

/**
 * Whether `earlier` names the noun `stem` as a word of its own, in the
 * singular or the plural (`option`, `options`), not inside another word
 * (`optional`, round 42: another word, not the noun picked out).
 */
function holdsNoun(earlier: string, stem: string): boolean {
  for (let at = earlier.indexOf(stem); at !== -1; at = earlier.indexOf(stem, at + 1)) {
    if (at > 0 && letterChar.test(earlier.charAt(at - 1))) continue
    if (nounEnd.test(earlier.slice(at + stem.length, at + stem.length + 3))) return true
  }
  return false
}
