import type {Span} from './span.js'
import {before, mergeSpans} from './span.js'

// One message for one statistic: a figure and the one before it that is its
// baseline or other end are joined into one span (moved out of statistic.ts),
// and so are an entry's count and the classes it spreads over.

/** Between two figures of one comparison: `…, up from`, `from … to`, `between … and`, `, or`, `, higher than the pre-drill prediction of`. */
const baselineBetween =
  /^(?:[^.;:!?]{0,48}\b(?:up|down)\s+from|\s*(?:to|or|,\s*or|–|-|against|,\s*against|versus|vs\.?)|,?\s+(?:higher|lower|more|less|above|below|greater|smaller|larger|warmer|colder|hotter|cooler)\s+than\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}?of)\s*$/iu
/** `between £90 million and`: the first end of a range. */
const betweenBefore = /\bbetween\s+$/iu
const andBetween = /^\s+and\s+$/iu

/** Between an entry's count and the classes it spreads over: ` across`, ` entered across`. */
const acrossBetween = /^\s+(?:\p{L}+\s+)?across\s+$/iu
/** The classes an entry spreads over: `24 age classes`, `38 events`, `14 classes`. */
const classesSpan = /^\d+\s+(?:[\p{L}-]+\s+)?(?:classes|categories|events|divisions|sections|heats)$/iu

/** Every regex of this module, for the ReDoS test. */
export const joinPatterns: readonly RegExp[] = [baselineBetween, betweenBefore, andBetween, acrossBetween, classesSpan]

/**
 * One message for one statistic: a figure joined to the one before it as its
 * baseline or other end (`rose to 4.2% …, up from 2.9%`, `from 1,200 to
 * 5,000`, `between £90 million and £100 million`, `€9, or €5`) is one span
 * with it, and so is the count of classes an entry spreads over (`212 riders
 * entered across 24 age classes`).
 */
export function joinBaselines(text: string, spans: Span[]): Span[] {
  const joined: Span[] = []
  for (const span of spans) {
    const last = joined.at(-1)
    const gap = last ? text.slice(last.end, span.start) : ''
    const range = last !== undefined && andBetween.test(gap) && betweenBefore.test(before(text, last.start, 12))
    // `212 riders entered across 24 age classes`, `drew 186 drivers across 14 classes`: an entry and the classes it spreads over are one count.
    const spread = last !== undefined && acrossBetween.test(gap) && classesSpan.test(text.slice(span.start, span.end))
    if (last && span.start - last.end <= 64 && (range || spread || baselineBetween.test(gap))) {
      last.end = span.end
    } else {
      joined.push({...span})
    }
  }
  return mergeSpans(joined)
}
