import type {Span} from './span.js'
import {after, lastClause} from './span.js'
import {clauseMarks, small} from './statistic-present.js'
import {isComparedAfter} from './statistic-field.js'

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
//   out`, `40 members and six guests came`);
// - a body's own members at its work, the members opening the sentence and
//   the count one of their sittings or visits, whatever its size (`Members
//   made 180 rota visits and sat on 26 adjudications`);
// - what the writer's own contract or round covers (`Our servicing
//   contract with the county covers 37 boilers`);
// - the entries to a section of the writer's own competition (`There were
//   36 entries in the colour class`);
// - a small part of its own stock the writer's group renewed (`We replaced
//   14 of the 60 pushers`).
// What the writer recorded, counted or found (`we recorded 23 species`), a
// count of 100 or more, a count set against an earlier one (`we filled 23
// bags, up from 15`), shares and changes stay claims.

/** How far back in its sentence a cue is read. */
const reach = 80

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
/** A body's own members opening the sentence: `Members made`, `Board members then carried out`. */
const membersOpening =
  /^\s*(?:(?:The\s+)?(?:Board|Committee|Panel|Bench|Council)(?:['’]s)?\s+)?[Mm]embers\s+(?:(?:also|then|together|between\s+them)\s+)?(?:made|carried\s+out|conducted|undertook|attended|held|visited|sat\s+on)\s/u
/** A verb of the members' work, right before the count: `made`, `and attended`. */
const workVerbBefore =
  /\b(?:made|carried\s+out|conducted|undertook|attended|held|visited|sat\s+on)\s+(?:(?:a\s+further|another|some|about|around|over)\s+)?$/iu
/** One of a body's sittings or visits, ending the count: `214 rota visits`, `38 reviews`. */
const sittingsEnd = /\b(?:visits|meetings|reviews|inspections|hearings|adjudications|sessions|interviews|panels|surgeries|boards|rounds)$/iu
/** What the writer's own contract or round covers, right before the count: `Our tuning contract with the diocese covers`. */
const ownScopeBefore =
  /\bour\s+(?:[\p{L}-]+\s+){0,2}?(?:contract|agreement|round|rota|circuit|patch|beat)\s+(?:with\s+(?:[\p{L}'’-]+\s+){1,3}?)?(?:now\s+)?(?:covers|covered|includes|included|takes\s+in|runs\s+to)\s+(?:(?:about|around|some|over|nearly)\s+)?$/iu
/** Entries, ending the count, and the section of a competition they were in, right after it. */
const entriesEnd = /\bentries$/iu
const sectionAfter = /^\s+(?:in|for)\s+(?:the|each|every|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:section|class|category|categories|round|heat)\b/iu

/** The writer's group renewing part of its own stock, right before the share: `we replaced`, `our volunteers have repainted`. */
const ownRenewalBefore =
  /(?:^|[^\p{L}'’])(?:we|our\s+(?:team|volunteers|staff|engineers|fitters|members))\s+(?:(?:have|had|also|then|finally)\s+)?(?:replaced|renewed|repaired|refitted|refurbished|repainted|upgraded|serviced|retuned|converted|swapped)\s+$/iu
/** A small part of a whole the writer holds: `14 of the 60`, `nine of our 30`. */
const ownPartWords = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:the|our|its)\s+(?:\d{1,3}|twenty|thirty|forty|fifty|sixty)$/iu
/** Every regex of this module, for the ReDoS test. */
export const narrativePatterns: readonly RegExp[] = [
  ownDoingBefore,
  membersEnd,
  turnoutAfter,
  membersOpening,
  workVerbBefore,
  sittingsEnd,
  ownScopeBefore,
  entriesEnd,
  sectionAfter,
  ownRenewalBefore,
  ownPartWords
]

/**
 * Whether a count at `span`, in the sentence from `sentenceStart` of
 * `text`, is the writer's own narrative count (see the list above). Reads at
 * most 100 characters before the figure and 60 after it.
 */
export function isNarrativeCount(text: string, span: Span, sentenceStart: number): boolean {
  const words = text.slice(span.start, span.end)
  // `We replaced 14 of the 60 pushers in March`: the writer's group renewing part of its own stock.
  if (span.kind === 'proportion') return ownPartWords.test(words) && ownRenewalBefore.test(text.slice(Math.max(sentenceStart, span.start - 40), span.start)) && !isComparedAfter(text, span.end)
  if (span.kind !== 'count') return false
  // `Members made 214 rota visits and attended 38 segregation reviews`: a body's own members at its work.
  if (span.start - sentenceStart <= 100 && sittingsEnd.test(words) && !isComparedAfter(text, span.end)) {
    const lead = text.slice(sentenceStart, span.start)
    if (membersOpening.test(lead) && workVerbBefore.test(lead)) return true
  }
  // `There were 52 entries in the pastry class, 11 more than last year`: a count set against an earlier one is a result.
  if (!small(words) || isComparedAfter(text, span.end)) return false
  // `Our tuning contract with the diocese covers 41 instruments`: the scope of the writer's own contract.
  if (ownScopeBefore.test(text.slice(Math.max(sentenceStart, span.start - reach), span.start))) return true
  // `There were 48 entries in the open section`: the entries of a section of the writer's competition.
  if (entriesEnd.test(words) && sectionAfter.test(after(text, span.end, 60))) return true
  const clause = lastClause(text.slice(Math.max(sentenceStart, span.start - reach), span.start), clauseMarks)
  if (ownDoingBefore.test(clause)) return true
  return membersEnd.test(words) && turnoutAfter.test(after(text, span.end, 60))
}
