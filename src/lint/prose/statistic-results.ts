import type {Span} from './span.js'

// An event's results, in a paragraph that says where they are published in
// full: `Full results are on the club website`, `Full results and splits
// can be found on the noticeboard`. The winners' times, scores and averages
// the paragraph gives (`won with an average of 6.41 seconds`, `a best round
// of 68`) are read from the results it points to, so a reviewer has the
// source. Shares, changes and multiples stay claims: they compare; so does
// the size of the field, a count right before a verb of entering (`with 680
// dancers entered`), which the results do not give.

/**
 * A sentence that says where the full results are: `Full results are on`,
 * `Full results and splits are posted at`, `Complete scores can be found in`.
 */
const resultsPointer =
  /\b(?:full|complete|all(?:\s+the)?|detailed)\s+(?:results|scores|standings|placings|times|splits|scorecards|league\s+tables|tables)(?:\s+and\s+(?:[\p{L}-]+\s+){0,2}?(?:results|scores|standings|placings|times|splits|scorecards|tables|photos|photographs|reports))?\s+(?:are|is|will\s+be|have\s+been|can\s+be\s+(?:found|seen|read))\s+(?:now\s+)?(?:on|at|in|from|online|available|published|posted|displayed|listed)\b/iu

/** A share's sign inside a span: `turnout was 62%` is a share whatever the rule that read it. */
const shareSign = /%|\bper\s?cent\b/iu

/**
 * A verb of entering right after a count: `680 dancers entered`, `312
 * riders took part`. How many entered is the size of the field, a count of
 * the world, not a placing, a time or a score the results give.
 */
const enteredAfter = /^\s+(?:(?:had|have|were)\s+)?(?:entered|took\s+part|competed|registered|started)\b/iu

/** Every regex of this module, for the ReDoS test. */
export const resultsPatterns: readonly RegExp[] = [resultsPointer, shareSign, enteredAfter]

/** Kinds of figure an event's results give: times, scores, counts and averages, not shares or comparisons. */
const resultKinds = new Set(['count', 'approximate', 'measurement', 'rate', 'scale'])

/** Whether a paragraph says where its event's full results are published (one pass over `text`). */
export function pointsToResults(text: string): boolean {
  return resultsPointer.test(text)
}

/** Whether the figure at `span` of `text` is one an event's published results give (no share, nor the count of those who entered: `680 dancers entered`), in a paragraph that `pointsToResults`. */
export function isPublishedResult(text: string, span: Span, pointed: boolean): boolean {
  if (!pointed || !resultKinds.has(span.kind) || shareSign.test(text.slice(span.start, span.end))) return false
  return !(span.kind === 'count' && enteredAfter.test(text.slice(span.end, span.end + 24)))
}
