import type {Span} from './span.js'
import {after, lastClause} from './span.js'
import {isHeadcountCompared} from './statistic-field.js'

// A body's own count of who or what it has or had in hand, told as
// narrative rather than found: whose figure it is decides, and here it is
// the body's own doing, each read from a bounded slice of the figure's own
// sentence:
// - who a gathering met or drew, in a small count after `with` (`The panel
//   sat in the town hall, with 31 tenants drawn by ballot`);
// - the small group that did a body's work, as the agent of a passive
//   (`The guide was checked by 9 volunteer wardens`);
// - the small number of staff a firm took on (`The bakery has taken on 14
//   staff`);
// - what an application or a plan is for (`plans ref. 24/0098 for 36
//   homes`): the subject of the application, not a measurement;
// - the speakers or sites a data set was drawn from, after its own size
//   (`The corpus holds 9,000 clauses from 40 writers`);
// - a body's own small headcount, after the body and `had` or `has` (`The
//   Bench had 14 magistrates`, `the committee now has 9 trustees`);
// - the attendance of a meeting as a part of the body, after `with` and
//   before its members `present` (`with 41 of the 60 members present`).
// A count big enough to be a tally of the world (`with 4,000 entrants`), a
// count a body found or lost (`turned away 41 children`), shares and changes
// stay claims.

/** How far back in its sentence a cue is read. */
const reach = 120
/** How big a narrative count may be: below this it is the body's own headcount. */
const smallest = 100

/** `with`, right before the count: who a gathering had. */
const withBefore = /(?<!\balong\s)\bwith\s+(?:(?:some|about|around|just|only|nearly)\s+)?$/iu
/** A gathering in the same clause before it: `met`, `sat`, `drew`, `turnout`. */
const gatheringCue =
  /\b(?:met|meets|meeting|meet|assembly|assembled|gathered|gathering|convened|sat|turnout|attendance|drew|session|workshop|hearing)\b/iu
/** The agent of a passive of a body's work, right before the count: `reviewed by`, `drafted and checked by`. */
const agentBefore =
  /\b(?:reviewed|checked|drafted|written|judged|assessed|tested|piloted|trialled|trialed|endorsed|signed|approved|refereed|moderated|marked|led|run|staffed|delivered|taught|attended|compiled|edited)\s+by\s+(?:(?:some|about|around|just|only)\s+)?$/iu
/** A firm taking on staff, right before the count: `has taken on`, `hired a further`. */
const hiredBefore =
  /\b(?:taken\s+on|took\s+on|takes\s+on|hired|hires|employs|employed|appointed|recruited)\s+(?:(?:a\s+further|another|an\s+extra|some|about|around|nearly)\s+)?$/iu
/** Staff, ending the count: `18 staff`, `12 new engineers`. */
const staffEnd =
  /\b(?:staff|people|workers|employees|apprentices|engineers|operators|drivers|trainees|graduates|technicians|fitters|nurses|teachers|chefs|cooks|cleaners|officers|assistants)$/iu
/** What an application or a plan is for, right before the count: `application 26/0112/FUL for`, `plans for up to`. */
const applicationFor =
  /\b(?:application|applications|permission|consent|proposals?|plans?|scheme|appeal|outline)(?:\s+[^\s.;:!?]+){0,3}?\s+for\s+(?:(?:up\s+to|a\s+further|another)\s+)?$/iu
/** A data set's own size, earlier in its clause: `The dataset comprises`, `the corpus holds`. */
const datasetHolds =
  /\b(?:dataset|data\s+set|corpus|sample|collection|archive|database)\s+(?:now\s+|also\s+)?(?:comprises|comprised|consists\s+of|consisted\s+of|contains|contained|holds|held|includes|included|covers|covered)\s/iu
/** Where a data set's items came from, right before the count: `from`, `across`. */
const drawnFrom = /\b(?:from|across|by)\s+$/iu
/** A body and its having, right before the count: `The Board had`, `our committee now has`. */
const bodyHadBefore =
  /\b(?:the|our|its|their)\s+(?:board|committee|panel|bench|council|trust|court|governing\s+body|executive|association|society|club|branch|guild|choir)\s+(?:(?:now|then|still|only)\s+)?(?:had|has|numbered|numbers)\s+(?:(?:only|just|about|around)\s+)?$/iu
/** The seats of a body, ending the count: `11 members`, `9 trustees`. */
const seatsEnd = /\b(?:members|trustees|governors|councillors|magistrates|directors|officers|wardens|assistants|elders)$/iu
/** The body's people and `present` right after a part of them: ` members present`, ` voting delegates present`. */
const membersPresent =
  /^\s+(?:[\p{L}-]+\s+)?(?:members|councillors|trustees|directors|delegates|governors|residents|shareholders|partners|elders|parishioners)\s+present\b/iu
/** Marks that close a clause, for `lastClause` (statistic-narrative.ts reads its clauses the same way). */
export const clauseMarks = /[;:]|,\s+(?:and|but|while|whereas)\s/gu
/** The leading digits of a count. */
const leadingDigits = /^\d[\d,]*/u

/** Every regex of this module, for the ReDoS test. */
export const presentPatterns: readonly RegExp[] = [
  withBefore,
  gatheringCue,
  agentBefore,
  hiredBefore,
  staffEnd,
  applicationFor,
  datasetHolds,
  drawnFrom,
  bodyHadBefore,
  seatsEnd,
  membersPresent,
  clauseMarks,
  leadingDigits
]

/** Whether a count's number, its first word, is below 100: a small count, the writer's own (statistic-narrative.ts uses it too). */
export function small(words: string): boolean {
  const digits = leadingDigits.exec(words)
  return digits !== null && Number(digits[0].replaceAll(',', '')) < smallest
}

/**
 * Whether a count at `span`, in the sentence from `sentenceStart` of
 * `text`, is a body's own count of who or what it has or had in hand (see
 * the list above). Reads at most 120 characters before the figure and, for
 * a part of the body present, 48 after it.
 */
export function isPresentCount(text: string, span: Span, sentenceStart: number): boolean {
  const near = text.slice(Math.max(sentenceStart, span.start - reach), span.start)
  const words = text.slice(span.start, span.end)
  // `with 41 of the 60 members present`: who of the body came to its meeting.
  if (span.kind === 'proportion') return small(words) && withBefore.test(lastClause(near, clauseMarks)) && membersPresent.test(after(text, span.end, 48))
  if (span.kind !== 'count') return false
  if (applicationFor.test(near)) return true
  const clause = lastClause(near, clauseMarks)
  if (drawnFrom.test(clause) && datasetHolds.test(clause)) return true
  // `The choir has 48 singers, up from 31`: a headcount set against an earlier one is a result.
  if (!small(words) || isHeadcountCompared(text, span.end)) return false
  if (withBefore.test(clause) && gatheringCue.test(clause)) return true
  if (agentBefore.test(clause)) return true
  // `The Board had 11 members`: a body's own headcount.
  if (bodyHadBefore.test(clause) && seatsEnd.test(words)) return true
  return hiredBefore.test(clause) && staffEnd.test(words)
}
