import type {Span} from './span.js'
import {after, lastClause} from './span.js'
import {clauseMarks, small} from './statistic-present.js'

// An event's or the writer's own field and stock, told as what it had rather
// than found about the world (the header's "small counts in narrative" and
// the organisers' own materials), each read from a bounded slice of the
// figure's own sentence:
// - the small field an event drew, opened, set off or was contested with,
//   an event named earlier in the clause (`The county rally drew 28 crews`,
//   `The carnival opened on Saturday with 48 floats`, `The ride set off from
//   the green with 19 motorcycles`);
// - the small number of suppliers the writer's own shop stocks from (`We
//   stock cheese from 12 farms`);
// - the writer's own hiring (`We have since added 4 staff`), read by
//   statistic-label.ts.
// A count compared with another year is a result in the writer's voice too
// (voice.ts reads `isComparedAfter`).
// An audience (`drew 1,400 visitors`), a count that is not the field (`drew
// 45 complaints`), the entries a competition attracted (a tally its rivals
// are measured by), a count of 100 or more and a count compared with another
// year (`28 crews, up from 17 last year`, `We trained 3,214 delegates this
// year, up 14%`) stay claims.

/** How far back in its sentence a cue is read. */
const reach = 120

/** An event, earlier in the count's clause: `The county rally`, `the harvest carnival`. */
const eventNamed =
  /\b(?:festival|fair|show|championships?|tournament|competition|contest|regatta|rally|run|ride|race|parade|procession|carnival|gala|exhibition|league|cup|open\s+day|sportive|triathlon|marathon)\b/iu
/** What the event did with its field, right before the count: `drew`, `featured`, `with`. */
const fieldVerbBefore =
  /\b(?:drew|attracted|featured|welcomed|brought\s+together|had|saw|with)\s+(?:(?:some|about|around|just|only|nearly|a\s+record)\s+)?$/iu
/** The field or stock of an event, ending the count: `28 crews`, `19 vintage motorcycles`. */
const fieldEnd =
  /\b(?:teams|crews|clubs|squads|sides|competitors|riders|drivers|runners|cyclists|sculptures|exhibits|stalls|stallholders|exhibitors|tractors|cars|vehicles|engines|lorries|buses|motorcycles|bikes|boats|yachts|dinghies|floats|bands|choirs|acts|stages|pitches|rinks|courts|classes|categories|dogs|horses|ponies|breeds)$/iu
/** The writer's shop stocking from its suppliers, right before the count: `We stock cheese from`. */
const ownStockBefore =
  /(?:^|[^\p{L}'’])we\s+(?:(?:now|also|still|currently)\s+)?(?:stock|sell|carry|source|buy\s+in|take)\s+(?:[\p{L}-]+\s+){0,4}?from\s+(?:(?:some|about|around|over|more\s+than)\s+)?$/iu
/** The suppliers a shop stocks from, ending the count: `12 farms`, `23 growers and makers`. */
const suppliersEnd =
  /\b(?:growers|makers|producers|suppliers|farms|farmers|bakeries|bakers|breweries|brewers|dairies|potters|artists|crafters|beekeepers|smallholders|orchards|vineyards)$/iu
/** A comparison after a count, which makes it a level measured: `, up from 17`, `, up 14% on last year`, `against 5 in 2022`, `more than double last year's`, `12% down on last year`; `up` or `down` without `from` only opening the comparison, after a comma or after a share (not `sign up on`); `than` only before another time (not `more than 40 tonnes`, a second measure); `twice` not as a frequency (`each visited twice a year`). Read by statistic-narrative.ts, statistic-method.ts and voice.ts too. */
const comparedAfter =
  /^[^.;!?]{0,60}?(?:(?:^|,|\d\s?%)\s*(?:up|down)\s+(?:from|on|by|(?=\d))|\b(?:up\s+from|down\s+from|against|compared|than\s+(?:last|in|the\s+year|before|ever)|double|doubled|treble|twice(?!\s+(?:a|an|per|each|every)\s)|rose|fell|increase|decrease|record)\b)/iu
/** `against` a set figure right after a count, not an earlier one: `, against a recommended complement of 16`. */
const againstSetAfter =
  /^[^.;!?]{0,40}?\bagainst\s+(?:a|an|the|its|our|their)\s+(?:recommended|required|target|planned|agreed|full|normal|maximum|minimum|funded|budgeted)\b/iu
/** The writer's own hiring, right before the count: `We have since added`, `we recruited a further`. */
const ownHiring =
  /(?:^|[^\p{L}'’])(?:we|I)\s+(?:(?:have|had|'ve|’ve)\s+)?(?:(?:since|now|also|recently|just|already)\s+)?(?:added|hired|recruited|taken\s+on|took\s+on|appointed|trained)\s+(?:(?:a\s+further|another|an\s+extra|over|more\s+than|about|around)\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const fieldPatterns: readonly RegExp[] = [eventNamed, fieldVerbBefore, fieldEnd, ownStockBefore, suppliersEnd, comparedAfter, againstSetAfter, ownHiring]

/** Whether a count ending at `end` of `text` is compared with another year right after it (reads 60 characters): a result, in any voice. */
export function isComparedAfter(text: string, end: number): boolean {
  return comparedAfter.test(after(text, end, 60))
}

/** Whether a body's own headcount ending at `end` of `text` is set against an earlier one (reads 60 characters), not against a complement it should have. */
export function isHeadcountCompared(text: string, end: number): boolean {
  const rest = after(text, end, 60)
  return comparedAfter.test(rest) && !againstSetAfter.test(rest)
}

/**
 * Whether the words `lead` (up to 80 characters) before a figure are the
 * writer's own hiring, with no comparison in the words `rest` after it
 * (`We trained 3,214 delegates this year, up 14%` is a result).
 */
export function isOwnHiring(lead: string, rest: string): boolean {
  return ownHiring.test(lead) && !comparedAfter.test(rest)
}

/**
 * Whether a count at `span`, in the sentence from `sentenceStart` of
 * `text`, is an event's or the writer's own field or stock (see the list
 * above). Reads at most 120 characters before the figure and 60 after it.
 */
export function isFieldCount(text: string, span: Span, sentenceStart: number): boolean {
  if (span.kind !== 'count') return false
  const words = text.slice(span.start, span.end)
  if (!small(words) || isComparedAfter(text, span.end)) return false
  const near = text.slice(Math.max(sentenceStart, span.start - reach), span.start)
  if (suppliersEnd.test(words) && ownStockBefore.test(near)) return true
  if (!fieldEnd.test(words)) return false
  const clause = lastClause(near, clauseMarks)
  return fieldVerbBefore.test(clause) && eventNamed.test(clause)
}
