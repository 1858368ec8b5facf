import type {Span} from './span.js'
import {after, before, numberStart} from './span.js'

// Figures a body's scheme or rule sets, read from a
// few words around the figure: a body's own setting (`The Board has set the
// opening allocation … at 45%`, `held Bank Rate at 3.75%`), a scale or a
// threshold (`a score out of 20`, `anything above 3%`), a scoring scheme's marks (`a points
// system, with 40 marks for the opening split`), a rule's minimum for a
// class (`The minimum weight for the 1600 class remains 1,020 kg`), a
// threshold the figure names (`above the 1.5% v/v trigger level`), the whole
// extent of one thing (`the full 200 metres of the plot`), a budget given as
// a form's field (`Budget: under £2m`), a rule's share of a gap to a fixed
// number (`Handicaps are 80% of the difference between a player's average
// and 200`), a show schedule's count to an exhibit (`with 25 nuts to a
// plate`, `six stems to a vase`), a service a timetable sets (`112 trains a
// day … in the current timetable`) and a bound that repeats a figure the
// paragraph gave before (`at 5 °C` … `run above 5 °C`). None is measured: a
// reviewer asks for no source for them.

/** A body that has set a figure: `The Board has set the opening allocation for the season at`. */
const hasSetAt = /\b(?:has|have|had)\s+(?:now\s+)?(?:set|fixed)\s+(?:the|its|their)\s+(?:[\p{L}\d'’–-]+\s+){1,10}?at\s/iu
/**
 * A body holding a rate or a charge at a level, right before the figure's
 * number: `The Bank of England held Bank Rate at`, `kept its fees unchanged
 * at`. A decision, as `has set … at` is (not `Inflation held at`, a level
 * measured).
 */
const heldAt =
  /\b(?:held|holds|hold|kept|keeps|keep|left|leaves|leave|maintained|maintains|froze|freezes|freeze)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\p{L}-]+\s+){0,2}?(?:rates?|prices?|fees?|charges?|levy|levies|tariffs?|allowances?|caps?|ceilings?|limits?|targets?|rents?|dividends?|premiums?|subscriptions?)\s+(?:unchanged\s+|steady\s+)?at\s+$/iu
/** What a show's schedule counts an exhibit in, right after a count: ` to a plate`, ` to each vase`. */
const toExhibitAfter = /^\s+to\s+(?:a|an|each|every|the)\s+(?:plate|dish|vase|jar|exhibit|entry|tray|basket|bunch|board|saucer)\b/iu
/** A scale named by its top, no value before it: `a score out of 20`, `marks out of 10`. */
const scaleOnly = /^(?:score|mark|rating|grade|points?)s?\s+out\s+of\s+\d/iu
/**
 * A threshold named by `anything` or `any` level above or below it: `regard
 * anything above 3% as`, `any reading over 40`; and the point above which a
 * risk changes: `the risk rises sharply above 25°C`.
 */
const thresholdOf =
  /\b(?:anything|any\s+(?:[\p{L}-]+\s+)?(?:figure|level|reading|score|rate|value|share|result|count|temperature))\s+(?:(?:much|well)\s+)?(?:above|below|over|under|beyond|exceeding|more\s+than|less\s+than)\s+$|\b(?:risks?|chances?|likelihood|odds|danger)\s+(?:of\s+[\p{L}-]+\s+)?(?:rises?|rose|increases?|increased|climbs?|grows?|jumps?|falls?|fell|drops?|dropped)\s+(?:\p{L}+ly\s+)?(?:above|below|beyond|over|under)\s+$/iu
/** A scoring scheme named in the sentence: `the association's points system`, `the marking scheme`. */
const scoringScheme = /\b(?:points?|marking|scoring|judging|marks)\s+(?:system|scheme|schedule|rubric|criteria|table)\b/iu
/** Marks or points at a span's end: `40 marks`. */
const marksEnd = /(?:marks|points)$/iu
/** What a scheme's marks are for, right after them: `for the opening split`. */
const forAfter = /^\s+(?:for|go\s+to|are\s+awarded\s+for)\s/iu
/** A rule's minimum or maximum for a class, kept or set: `The minimum weight for the 1600 class remains`. */
const ruleBound =
  /\b(?:minimum|maximum)\s+(?:[\p{L}-]+\s+){0,2}?for\s+(?:[\p{L}\d'’-]+\s+){1,5}?(?:remains|stays|will\s+(?:remain|stay|be)|is\s+(?:set|fixed)\s+at|has\s+been\s+(?:set|raised|lowered|cut)\s+to)\s+$/iu
/**
 * A threshold the figure names, right after it: `the 1.5% v/v trigger
 * level`, `the 50 mg/l action level`; with `the` before the figure (the
 * body's own level, not a reading against it).
 */
const thresholdAfter =
  /^\s*(?:[\p{L}/]{1,6}\s+)?(?:trigger|action|alarm|alert|warning|intervention|screening|compliance|assessment)\s+(?:level|value|point|limit|threshold)s?\b/iu
/** `the ` right before a figure. */
const definiteBefore = /\bthe\s+$/iu
/** The whole extent of one thing, before the figure: `the full `. */
const wholeBefore = /\bthe\s+(?:full|whole|entire)\s+$/iu
/** The one thing the whole extent is of, after the figure: ` of the plot`. */
const ofThingAfter = /^\s+of\s+(?:the|its|their|his|her|this|that)\s/iu
/** A budget given as a form's field, at the sentence's opening: `Budget: low, under £2m`. */
const budgetField = /^[^\p{L}]{0,3}(?:estimated\s+|indicative\s+|proposed\s+)?budget\s*:/iu
/** A bound right before a figure: `run above `, `kept below `. */
const boundBefore = /\b(?:above|below|over|under)\s+$/iu
/** A share a rubric or an exam gives one part of the score, around the share: `skills worth 40% of the raw score`, `coursework counts for 30% of the final mark`. */
const weightBefore = /\b(?:worth|counts?\s+(?:for|towards)|counted\s+(?:for|towards)|carr(?:y|ies)|weighted\s+at)\s+$/iu
const ofScoreAfter = /^\s+of\s+(?:the|a|each|their|its|your)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:score|scores|mark|marks|grade|points)\b/iu
/** A clause mark: the setting must be the figure's own clause. */
const clauseMark = /[;:]\s/gu

// Each figure reads a bounded slice (characters), so a long sentence or paragraph costs linear time:
// a scoring scheme named within 200 characters of the marks, a figure repeated within the 1,000
// characters before the sentence.
const near200 = 200
const earlier = 1000

/** A share a rule takes of a gap to a fixed number, right after it: `of the difference between a player's average and 200`. */
const ofFixedGapAfter = /^\s+of\s+the\s+(?:difference|gap)\s+between\s+(?:[\p{L}'’-]+\s+){1,6}?and\s+\d/iu
/** `is` or `are` right before the share: a rule stated in the present. */
const presentIsBefore = /\b(?:is|are)\s+$/iu
/** Every regex of this module, for the ReDoS test. */
/** A service's frequency right after a count: ` a day`, ` an hour`, ` per weekday`. */
const perPeriodAfter = /^\s+(?:a|an|per|each)\s+(?:day|hour|week|weekday|month)\b/iu
/** A timetable the sentence names as the count's source: `in the current timetable`, `under the winter timetable`, `timetabled`. */
const timetableNamed = /\b(?:in|under|by)\s+(?:the|its|their|our|this)\s+(?:[\p{L}'’-]+\s+){0,2}?timetables?\b|\btimetabled\b/iu

export const schemePatterns: readonly RegExp[] = [
  perPeriodAfter,
  timetableNamed,
  ofFixedGapAfter,
  presentIsBefore,
  hasSetAt,
  toExhibitAfter,
  heldAt,
  scaleOnly,
  thresholdOf,
  scoringScheme,
  marksEnd,
  forAfter,
  ruleBound,
  thresholdAfter,
  definiteBefore,
  wholeBefore,
  ofThingAfter,
  budgetField,
  boundBefore,
  weightBefore,
  ofScoreAfter,
  clauseMark
]

/** The words of a figure's sentence before it, from the last `;` or `:` (at most 120 characters). */
function clauseBefore(text: string, span: Span, sentenceStart: number): string {
  const lead = text.slice(Math.max(sentenceStart, span.start - 120), span.start)
  let cut = 0
  for (const match of lead.matchAll(clauseMark)) cut = match.index + match[0].length
  return lead.slice(cut)
}

/**
 * Whether a figure at `span`, in the sentence from `sentenceStart` to
 * `sentenceEnd` (offsets into `text`), is set by a scheme rather than
 * measured:
 * - a body's own setting (`has set the opening allocation … at 45% … and 100%`),
 *   or a rate it holds (`held Bank Rate at 3.75%`);
 * - a scale named by its top (`a score out of 20`), a threshold named by
 *   `anything above` (`regard anything above 3% as`) and the point above
 *   which a risk changes (`the risk rises sharply above 25°C`);
 * - a scoring scheme's marks (`a points system, with 40 marks for …`), the
 *   scheme named within 200 characters;
 * - a rule's minimum or maximum for a class (`The minimum weight for the
 *   1600 class remains 1,020 kg`);
 * - a threshold the figure names (`above the 1.5% v/v trigger level`);
 * - the whole extent of one thing (`the full 200 metres of the plot`);
 * - a sum in a budget field (`Budget: low, under £2m`);
 * - a service a timetable sets (`112 trains a day … in the current timetable`);
 * - a part's weight in a score (`worth 40% of the raw score`);
 * - a bound that repeats, word for word, a figure given in the 1,000
 *   characters before its sentence (`at 5 °C` … `often run above 5 °C`).
 * Changes and multiples are never set this way.
 */
export function isSchemeFigure(text: string, span: Span, sentenceStart: number, sentenceEnd: number): boolean {
  if (span.kind === 'change' || span.kind === 'multiple') return false
  const words = text.slice(span.start, span.end)
  const near = before(text, span.start, 16)
  if (hasSetAt.test(clauseBefore(text, span, sentenceStart))) return true
  if (heldAt.test(text.slice(Math.max(sentenceStart, numberStart(text, span) - 100), numberStart(text, span)))) return true
  if (scaleOnly.test(words) || thresholdOf.test(before(text, span.start, 48))) return true
  if (marksEnd.test(words) && forAfter.test(after(text, span.end, 24)) && scoringScheme.test(text.slice(Math.max(sentenceStart, span.start - near200), Math.min(sentenceEnd, span.end + near200)))) return true
  if (ruleBound.test(before(text, span.start, 96))) return true
  if (definiteBefore.test(near) && thresholdAfter.test(after(text, span.end, 48))) return true
  if ((span.kind === 'measurement' || span.kind === 'count') && wholeBefore.test(near) && ofThingAfter.test(after(text, span.end, 16))) return true
  if (span.kind === 'percentage' && weightBefore.test(near) && ofScoreAfter.test(after(text, span.end, 48))) return true
  // `Handicaps are 80% of the difference between a player's average and 200`: a rule's formula, not a share measured.
  if (span.kind === 'percentage' && presentIsBefore.test(near) && ofFixedGapAfter.test(after(text, span.end, 96))) return true
  if (span.kind === 'money' && budgetField.test(text.slice(sentenceStart, Math.min(span.start, sentenceStart + 40)))) return true
  // `classes for green and brown nuts, with 25 nuts to a plate`: the schedule's rule for an exhibit, set, not counted.
  if (span.kind === 'count' && toExhibitAfter.test(after(text, span.end, 24))) return true
  // `112 trains a day pass over the crossing in the current timetable`: a service a timetable sets, not counted.
  if ((span.kind === 'count' || span.kind === 'approximate') && perPeriodAfter.test(after(text, span.end, 16)) && timetableNamed.test(text.slice(Math.max(sentenceStart, span.start - 120), Math.min(sentenceEnd, span.end + 120)))) return true
  return span.kind === 'measurement' && boundBefore.test(near) && text.slice(Math.max(0, sentenceStart - earlier), sentenceStart).includes(words)
}
