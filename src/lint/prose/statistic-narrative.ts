import type {Span} from './span.js'
import {after, lastClause} from './span.js'

// The writer's own narrative counts: a small number of things the writer's
// group or a body's own officers did or had in hand, told as what happened
// rather than found about the world (the header's "small counts in
// narrative"), each read from a bounded slice of the figure's own sentence:
// - the writer's group doing a small number of things in the past, right
//   before the count (`we filled 23 bags`, `we have secured 30 boxes`,
//   `between us we cleared 18 sacks`);
// - a body's own officers carrying out a small number of visits or checks
//   (`Officers carried out 12 visits`);
// - a club's own members turning out to an occasion (`31 members turned
//   out`, `40 members and six guests came`).
// What the writer recorded, counted or found (`we recorded 23 species`), a
// count of 100 or more, shares and changes stay claims.

/** How far back in its sentence a cue is read. */
const reach = 80
/** How big a narrative count may be: below this it is the writer's own doing. */
const smallest = 100

/**
 * The writer's group or a body's officers doing things, right before the
 * count: `we filled`, `we have secured`, `our volunteers cleared`,
 * `Officers carried out`.
 */
const ownDoingBefore =
  /(?:^|[^\p{L}'’])(?:we|(?:between|among)\s+us\s+we|our\s+(?:members|volunteers|group|team|club|branch|pupils|children|helpers)|(?:our\s+|the\s+council['’]s\s+)?(?:officers|wardens|inspectors))\s+(?:(?:have|had|also|then|all|finally|later|between\s+us)\s+){0,2}(?:filled|secured|cleared|planted|picked|bagged|laid|hung|handled|dealt\s+with|answered|visited|hosted|held|ran|organised|organized|served|delivered|packed|sorted|sent|wrote|carried\s+out|made|undertook|conducted|put\s+on)\s+(?:(?:another|a\s+further|some|about|around|over|just\s+over|just\s+under)\s+)?$/iu
/** A club's own people, ending the count: `31 members`, `six guests`. */
const membersEnd = /\b(?:members|guests|players|volunteers|helpers|regulars)$/iu
/** Members turning out, right after the count: `turned out`, `and nine guests squeezed into`. */
const turnoutAfter =
  /^(?:\s+and\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|a\s+few|several)\s+(?:guests|visitors|friends|children))?\s+(?:turned\s+out|turned\s+up|came(?:\s+along)?|attended|joined\s+us|squeezed|crowded|packed|gathered|braved)\b/iu
/** Marks that close a clause, for `lastClause`. */
const clauseMarks = /[;:]|,\s+(?:and|but|while|whereas)\s/gu
/** The leading digits of a count. */
const leadingDigits = /^\d[\d,]*/u

/** Every regex of this module, for the ReDoS test. */
export const narrativePatterns: readonly RegExp[] = [ownDoingBefore, membersEnd, turnoutAfter, clauseMarks, leadingDigits]

/** Whether a count's number, its first word, is below `smallest`. */
function small(words: string): boolean {
  const digits = leadingDigits.exec(words)
  return digits !== null && Number(digits[0].replaceAll(',', '')) < smallest
}

/**
 * Whether a count at `span`, in the sentence from `sentenceStart` of
 * `text`, is the writer's own narrative count (see the list above). Reads at
 * most 80 characters before the figure and 60 after it.
 */
export function isNarrativeCount(text: string, span: Span, sentenceStart: number): boolean {
  if (span.kind !== 'count') return false
  const words = text.slice(span.start, span.end)
  if (!small(words)) return false
  const clause = lastClause(text.slice(Math.max(sentenceStart, span.start - reach), span.start), clauseMarks)
  if (ownDoingBefore.test(clause)) return true
  return membersEnd.test(words) && turnoutAfter.test(after(text, span.end, 60))
}
