import type {Span} from './span.js'
import {after, before} from './span.js'

// Superlatives and absolutes that rank or count within the writer's own
// matter, or that another clause of the sentence claims (round 36):
// - a record restated by a superlative in apposition: `drew a record 412
//   plants, the largest entry since the society moved` (one claim, found
//   where its scope is stated, at the superlative);
// - ranked within the writer's own monitoring: `The hottest street in the
//   network` after `a three-year monitoring campaign`;
// - `every` inside a target set, not measured: `sets a target of 20% canopy
//   in every ward by 2040`;
// - a change ranked within the writer's own counts the sentence before
//   gives: `according to our counters (Figure 2). Saturday trade recovered
//   most strongly`;
// - a point a named member made at a meeting the text records: `The
//   committee met … Mr Harris pointed out that the memorial is the only
//   record` (the minutes record what was said; they do not claim it).

/** `a record`, `a new record` opening a span. */
const recordOpening = /^an?\s+(?:new\s+)?record\s/iu
/** A superlative in apposition after it, with its scope: `, the largest entry since the society moved`. */
const restatedAfter = /^[^.;!?,]{0,60},\s+(?:the|its|their)\s+(?:\p{L}{2,}est|most\s+\p{L}+|best|greatest)\s+(?:[\p{L}-]+\s+){0,3}?(?:since|ever|on\s+record)(?![\p{L}'’-])/u
/** Ranked within a study's own set after the noun: ` street in the network`, ` site in our sample`. */
const studySetAfter =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:in|of|across|among)\s+(?:the|our|this)\s+(?:(?:monitoring|sensor|study|survey|measurement)\s+)?(?:network|sample|study\s+area|dataset|campaign|panel|cohort)(?![\p{L}'’-])/iu
/** The writer's own monitoring named before: `a three-year monitoring campaign`, `our sensors`, `this study`. */
const ownStudyBefore = /(?<![\p{L}'’-])(?:monitoring|sensors|our\s+(?:study|survey|sample|measurements)|this\s+(?:study|survey|summary))(?![\p{L}'’-])/iu
/** How far before a span the monitoring may be named. */
const studyReach = 400
/** `every` opening a span. */
const everyOpening = /^every\s/iu
/** A target, goal or pledge set before `every`: `a target of 20% canopy in `. */
const targetBefore = /(?<![\p{L}'’-])(?:targets?|goals?|aims?|ambitions?|pledges?|commitments?)\s+(?:of|to|for)\s/giu
/** What ends a clause between a phrase and the span: a full stop, a semicolon, a question or an exclamation mark. */
const clauseStop = /[.;!?]/u
/** A change ranked by degree: `most strongly`, `least sharply`. */
const changeDegree = /(?:most|least)\s+\p{Ll}{3,}ly$/u
/** The writer's own counts in the sentence before: `our counters`, `our survey`, `(Figure 2)`. */
const ownCountsBefore =
  /(?<![\p{L}'’-])our\s+(?:[\p{L}-]+\s+)?(?:counters|counts|survey|figures|data|records|sensors|monitoring|footfall\s+cameras)(?![\p{L}'’-])|\((?:see\s+)?(?:Figure|Fig\.|Table)\s+\d/u
/** A named member's point at a meeting, in the clause before: `Mr Harris pointed out that the memorial is `. */
const memberPointBefore =
  /(?<![\p{L}'’-])(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Revd)\.?\s+\p{Lu}[\p{L}'’-]+\s+(?:pointed\s+out|noted|observed|remarked|explained|reminded\s+(?:members|the\s+committee|the\s+meeting))\s+that\s/gu
/** A meeting the text records: `The committee met`, `members present`. */
const meetingBefore = /(?<![\p{L}'’-])(?:committee|meeting|members\s+present|the\s+chair|minutes|agreed\s+to)(?![\p{L}'’-])/iu
/** How far before a span the meeting may be named. */
const meetingReach = 600

/** Every regex of this module, for the ReDoS test. */
export const superlativeStudyPatterns: readonly RegExp[] = [
  recordOpening,
  restatedAfter,
  studySetAfter,
  ownStudyBefore,
  everyOpening,
  targetBefore,
  clauseStop,
  changeDegree,
  ownCountsBefore,
  memberPointBefore,
  meetingBefore
]

/** Whether a superlative or absolute ranks or counts within the writer's own matter, or is claimed by another clause (see above); `sentenceStart` and `previousStart`: where its sentence and the one before start. */
export function studyOrRecordPicked(text: string, span: Span, sentenceStart: number, previousStart: number): boolean {
  const words = text.slice(span.start, span.end)
  if (recordOpening.test(words) && restatedAfter.test(after(text, span.end, 120))) return true
  if (span.kind === 'superlative' && studySetAfter.test(after(text, span.end, 64)) && ownStudyBefore.test(before(text, span.start, studyReach))) return true
  if (everyOpening.test(words) && inOpenClause(before(text, span.start, 64), targetBefore)) return true
  if (changeDegree.test(words) && sentenceStart > 0 && ownCountsBefore.test(text.slice(Math.max(previousStart, sentenceStart - 320), sentenceStart))) return true
  return inOpenClause(before(text, span.start, 120), memberPointBefore) && meetingBefore.test(before(text, span.start, meetingReach))
}

/** Whether `phrase` (a global pattern) occurs in `window` with no clause stop between its last match and the window's end. */
function inOpenClause(window: string, phrase: RegExp): boolean {
  let end = -1
  for (const match of window.matchAll(phrase)) end = match.index + match[0].length
  return end >= 0 && !clauseStop.test(window.slice(end))
}
