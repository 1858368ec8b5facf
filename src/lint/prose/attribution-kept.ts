import {consultedByWriter} from './attribution-consulted.js'
import {countedThingsFoundAt} from './attribution-counted.js'
import {thingFound} from './attribution-discovery.js'
import {toldAsHabit} from './attribution-habit.js'
import {answersOfOwnSurvey, toldOnOccasion, toldOwnInquiry} from './attribution-occasion.js'
import {officersOfReport} from './attribution-officers.js'
import {accountAtMeeting, meetingRecord, membersProposal} from './attribution-record.js'
import {doubtOfClaimMade, eventOrganisers, reservationOnly} from './attribution-reservation.js'
import {judgesOfContest, membersTellUs, officersOfExaminedBody, tellsOfItself} from './attribution-self.js'
import {informantsOfOwnInquiry} from './attribution-tense.js'
import type {Span} from './span.js'

// Spans found that are not vague after all (see attribution.ts, which drops
// them once the spans are merged): a source inside somebody's quoted words,
// the writer's own awareness of a class or a question the writer takes up,
// a worry raised to be answered, addressees, the examined body's own
// officers, members, consultees, judges and informants, things found or
// counted, an impersonal passive in a clause a named speaker reports, a
// group the paragraph has picked out, the record of a meeting, and the
// people of the writer's own fieldwork.

/** The writer's own informants, in a team's own inquiry or at its own events: `In our interviews, roasters described`, `at our training sessions`, `growers on our phone round` (round 36), `In our follow-up calls, families continue to tell us` (round 43), `Testers on our own fell team` (the writer's own people; round 38), `Reviews on our own website` (the writer's own customers' word, round 47), `we asked`, `showed us`; a class that `told us` names no one (`Players have told us`). */
const ownInformants =
  /\b(?:showed|show|gave|give|wrote\s+to)\s+us\b|\b(?:in|during|from|at|on)\s+(?:our|my)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(?:interviews?|surveys?|conversations?|focus\s+groups?|workshops?|visits?|calls?|fieldwork|discussions?|consultations?|sessions|clinics|courses|classes|surgeries|rounds?|panels?|teams?|lab|laboratory|workshop)\b|\b(?:we|I)\s+(?:asked|interviewed|spoke|talked|met|surveyed|visited)\b|\b(?:reviews|comments|ratings|posts|messages)\s+(?:left\s+)?on\s+(?:our|my)\s+(?:own\s+)?(?:websites?|site|web\s+pages?|online\s+shop|forums?|pages?)\b/iu
/** `told us`: named by no one, unless the paragraph narrates the writer's own fieldwork (before or after it: `our four walks`), or the writer's publication asked its own members or readers (`The bulletin asked members about call-backs`, a survey of its own, round 43), or the writer's own advisers' casework (`our advisers handled 2,318 new enquiries`: the clients told the writer's caseworkers, round 44), or the responses the writer's own consultation received (`we received 3,000 representations`, round 45). */
const toldUs = /\b(?:told|tell|tells|said\s+to)\s+us\b/iu
const ownFieldwork =
  /\b(?:our|my)\s+(?:[\p{L}-]+\s+)?(?:survey|questionnaire|poll|consultation|interviews|walks|sessions|visits|patrols|rounds)\b|\bwe\s+(?:have\s+)?received\s+(?:[\p{L}\d,]+\s+){0,3}?(?:representations|responses|submissions)\b|\b(?:we|the\s+(?:bulletin|newsletter|magazine|journal|association|society|guild|federation))\s+asked\s+(?:our\s+|its\s+)?(?:members|readers|subscribers|customers|clients|users)\b|\b(?:we|our\s+(?:[\p{L}-]+\s+)?(?:team|staff|researchers|volunteers|fieldworkers|interviewers|advisers|advisors|caseworkers|counsellors))\s+(?:(?:also|then|first)\s+)?(?:visited|interviewed|met|surveyed|spoke|talked|travelled|traveled|went|stayed|handled|advised)\b/iu
/** The writer's own records bearing the class out in the same sentence: `Regulars tell us …, and our scorecards back that up` (the claim rests on the writer's data, not on the class); only for a class that told the writer (`us` after the span, round 39). */
const ownCorroboration =
  /(?<![\p{L}'’-])(?:and|but)\s+our\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:back|backs|backed|bear|bears|bore)\s+(?:that|this|it|them)\s+(?:up|out)|(?:confirm|confirms|confirmed)\s+(?:that|this|it))(?![\p{L}'’-])/iu
/** A clause of contrast after a span: `Makers claim …, but the sweeps we surveyed disagree` sets the writer's own informants against the class; they do not name it. */
const contrastClause = /,\s+(?:but|yet|whereas|while)\s|;\s/u
/** A counted group opening a span, `Two members have told`, and `us` or `me` after it: the writer's own informants, counted, not a class. */
const countedOpening = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s/iu
const toWriterAfter = /^\s+(?:us|me)\b/iu
/**
 * A clause a named speaker reports, right before a span: `the company says no
 * injuries have been reported`, `Ardenhout said that`. The passive inside it
 * is the named speaker's claim.
 */
const namedSays =
  /(?:(?<![A-Za-z0-9_])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+\p{Ll}{3,}|(?<![A-Za-z0-9_])(?:[Hh]e|[Ss]he|[Ii]t)|[\p{Ll},]\s+\p{Lu}\p{Ll}+)\s+(?:says|said|adds|added|confirms|confirmed|states|stated|insists|insisted)\s+(?:that\s+)?/gu
/** What ends the clause a named speaker reports. */
const clauseStop = /[.!?;:"“”]/gu
/** What a class is asked to do after its span: `Creditors who have not yet submitted a claim should use the form`: addressees, not sources. */
const addresseeAfter =
  /^\s+(?:should|must|needs?\s+to|are\s+(?:asked|advised|invited|reminded|encouraged|required|requested)\s+to|may\s+wish\s+to)\b/iu

/** `We know many parents fear`, `I understand that some readers feel`: the writer's own awareness of a class, opening the span or before it. */
const ownKnowledge = /(?<![A-Za-z0-9_])(?:[Ww]e|I)\s+(?:(?:all|already|well)\s+)?(?:know|understand|appreciate|realise|realize|recognise|recognize)\s/u
/** A worry or a belief raised to be answered in its own sentence: `Some buyers worry that the vans are slow, but …`, `Walkers often assume that …, but the reverse is true` (a concern or a misconception the writer takes up, no source lending authority). */
const worryWord = /\b(?:worr(?:y|ies)|assumes?)$/iu
const answeredAfter = /,\s+but\s/iu
/** A sentence's end: a full stop, a question or an exclamation mark, inside a closing quote or bracket too (`spring." `), and the space after it. */
const sentenceStop = /[.!?]["”'’)]?\s/gu
/** What ends the worry's clause before its answer. */
const worryClauseEnd = /[.;!?]/u
const leadingSpace = /^\s/u
/** A bare plural opening a span, with no quantifier or modifier before it: `Members put`. */
const bareHead = /^(\p{L}+s)\s/u
/** An indirect question right before a source span, after a verb of asking or looking (round 41): `we looked at why so many trials report`, `asked whether studies show` — what the class does is the question the writer takes up, not a source lent to a claim (not `which is why guides swear by them`: a reason, no question). */
const questionBefore =
  /(?<![\p{L}'’-])(?:ask|asks|asked|asking|wonder|wonders|wondered|look|looks|looked|looking|examine[sd]?|explore[sd]?|explain[sd]?|consider(?:s|ed)?|investigate[sd]?|question(?:s|ed)?)\s+(?:at\s+|into\s+)?(?:why|whether)\s+(?:so\s+|too\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionKeptPatterns: readonly RegExp[] = [
  ownInformants,
  toldUs,
  ownFieldwork,
  ownCorroboration,
  contrastClause,
  countedOpening,
  toWriterAfter,
  namedSays,
  clauseStop,
  addresseeAfter,
  ownKnowledge,
  worryWord,
  answeredAfter,
  sentenceStop,
  worryClauseEnd,
  leadingSpace,
  bareHead,
  questionBefore
]

/**
 * Whether a span found in `text` (its `start` and `end` 0-based offsets into
 * it) is not a vague attribution: inside `quote`, the only quotation that can
 * hold it (`"Juniors always think …"`, the speaker's source, not the
 * writer's), or, for a source, the writer's own knowledge (`We know many
 * parents fear`), an indirect question (`asked whether studies show`),
 * addressees (`Creditors who have not yet submitted a claim should`), the
 * examined body's own people (`Officials told us`, `Officers consider`,
 * `Judges praised the peonies`, `Members have suggested`), things found or
 * counted (`Divers found the blade edges`, `Two defects found at Level 3`),
 * a counted group that told the writer (`Two members have told us`), a group
 * named before (`members who returned the survey … Members put`), a
 * meeting's record, or the writer's own informants and fieldwork (`Parents
 * told us`, `In our interviews, roasters described`); a worry answered in
 * its clause (`Some buyers worry that …, but`), and an impersonal passive a
 * named speaker reports (`the company says no injuries have been reported`).
 */
export function notVague(text: string, span: Span, quote: Span | undefined): boolean {
  if (quote && quote.start < span.start && span.end < quote.end) return true
  if (span.kind === 'source' && ownKnowledge.test(sentenceLead(text, span.start, 40) + text.slice(span.start, span.end))) return true
  if (span.kind === 'source' && questionBefore.test(sentenceLead(text, span.start, 40))) return true
  // `…, but we would not rely on this`: the writer's own reservation answers nothing (attribution-reservation.ts).
  if (worryWord.test(text.slice(span.start, span.end)) && answered(text.slice(span.end, span.end + 100)) && !reservationOnly(text.slice(span.end, span.end + 160))) return true
  if (span.kind === 'source' && addresseeAfter.test(text.slice(span.end, span.end + 40))) return true
  // `Officials told us`, after `The department spent`: the examined body's own officers (attribution-self.ts).
  if (span.kind === 'source' && (tellsOfItself(text, span) || membersTellUs(text, span) || officersOfExaminedBody(text, span))) return true
  // `Officers consider the plan realistic`, after `applied … for the transfer`: a committee report's own officers judging its case (attribution-officers.ts).
  if (span.kind === 'source' && officersOfReport(text, span)) return true
  // `Parish councils tell us`, beside `Our ranger team`: a body's own consultees; `Readers who have written to us report`: its correspondents (attribution-consulted.ts).
  if (span.kind === 'source' && consultedByWriter(text, span)) return true
  // `Judges praised the peonies`, after `won a silver award`: the judges of the contest the text names (attribution-self.ts).
  if (span.kind === 'source' && judgesOfContest(text, span)) return true
  // `Members have suggested a club timber store`, beside `the committee`: the body's own members proposing (attribution-record.ts).
  if (span.kind === 'source' && membersProposal(text, span)) return true
  // `Divers found the blade edges in good condition`: a thing come upon in the narrative (attribution-discovery.ts).
  if (span.kind === 'source' && thingFound(text, span)) return true
  // `Two defects found at Level 3 remain open`, `no defects found.`: a participle after a count of things (attribution-counted.ts).
  if (span.kind === 'source' && countedThingsFoundAt(text, span)) return true
  // `Organisers estimate that`: the organisers of the event reported, one body (attribution-reservation.ts).
  if (span.kind === 'source' && eventOrganisers(text, span)) return true
  // `…, though few in the town believe it`: a doubt of the claim just reported, none lent (attribution-reservation.ts).
  if (doubtOfClaimMade(text, span)) return true
  // `In our sample of 212 cases … several consultants admitted`: the informants of the writer's own inquiry (attribution-tense.ts).
  if (span.kind === 'source' && informantsOfOwnInquiry(text, span)) return true
  if (span.kind === 'source' && countedOpening.test(text.slice(span.start, span.end)) && toWriterAfter.test(text.slice(span.end, span.end + 8))) return true
  if (span.kind === 'impersonal' && namedSaysBefore(text.slice(Math.max(0, span.start - 90), span.start))) return true
  // `Members put the losses down to`, after `members who returned the survey`: the group the paragraph has picked out, named again.
  if (span.kind === 'source' && namedBefore(text, span)) return true
  // `Members noted the improvement`, after `The Group received`: the record of a meeting (attribution-record.ts).
  if (span.kind === 'source' && meetingRecord(text, span)) return true
  // `At the open meeting, several owners described dogs collapsing`: people at an event the writer records, recounting what happened to them (attribution-record.ts).
  if (span.kind === 'source' && accountAtMeeting(text, span)) return true
  // `Parents told us`: the writer's informants on one occasion; `Comments praised`, after `our survey`: the answers of the writer's own survey (attribution-occasion.ts).
  // `Providers told our survey`: the answers of the writer's own inquiry (attribution-occasion.ts).
  if (span.kind === 'source' && (toldOnOccasion(text, span) || answersOfOwnSurvey(text, span) || toldOwnInquiry(text, span))) return true
  const sentence = sentenceAround(text, span)
  // The writer's records bearing a class out excuse only a class that told the writer (`Regulars tell us …, and our scorecards back that up`); a class's standing observation at large (`Actuaries have long observed … and our analysis bears this out`) is still lent to the class (round 39).
  if (ownInformants.test(sentence) || (ownCorroboration.test(sentence) && toWriterAfter.test(text.slice(span.end, span.end + 8)))) return true
  // `Women in Koba village told us`, after `Our team visited 14 villages`: the people of the writer's own fieldwork.
  // The fieldwork may be named after the span too (`… on any of our four walks this month`).
  // Not a class's view told as a habit (`Employers consistently tell us`), beside the writer's own survey all the same (attribution-habit.ts).
  return toldUs.test(sentence) && ownFieldwork.test(text.slice(Math.max(0, span.start - 600), span.end + 600)) && !toldAsHabit(text, span)
}

/**
 * Whether a named speaker's reporting clause ends at most 50 characters
 * before the end of `lead`, with no clause stop after it: `the company says
 * no injuries`. The clause lies after the last stop; every start is tried,
 * so the match that ends last is found.
 */
function namedSaysBefore(lead: string): boolean {
  let from = 0
  for (const stop of lead.matchAll(clauseStop)) from = stop.index + 1
  const tail = lead.slice(from)
  namedSays.lastIndex = 0
  for (let match = namedSays.exec(tail); match !== null; match = namedSays.exec(tail)) {
    if (tail.length - match.index - match[0].length <= 50) return true
    namedSays.lastIndex = match.index + 1
  }
  return false
}

/** Whether a bare plural opening a source span names a group the text before it (at most 600 characters) picked out with a relative clause (`members who returned the survey`). */
function namedBefore(text: string, span: Span): boolean {
  const head = bareHead.exec(text.slice(span.start, span.end))
  if (head === null) return false
  const before = text.slice(Math.max(0, span.start - 600), span.start).toLowerCase()
  const noun = head[1]!.toLowerCase()
  return ['who', 'that', 'whose', 'which'].some((relative) => before.includes(noun + ' ' + relative + ' '))
}

/**
 * The sentence around a span: from the last sentence end before it to the
 * next after it (at most 200 characters each way), or to a clause of
 * contrast after it (`, but the sweeps we surveyed …`). A sentence may end
 * inside a closing quote (`… floods every spring." Shepherds say`): the words of
 * the sentence before it are not read with the span's.
 */
function sentenceAround(text: string, span: Span): string {
  const from = Math.max(0, span.start - 200)
  const lead = text.slice(from, span.start)
  let opening = -1
  for (const stop of lead.matchAll(sentenceStop)) opening = stop.index + stop[0].length
  const tail = text.slice(span.end, span.end + 200)
  const contrast = tail.search(contrastClause)
  const ends = [tail.search(sentenceStop), contrast].filter((index) => index !== -1)
  return (opening === -1 ? lead : lead.slice(opening)) + text.slice(span.start, span.end) + (ends.length === 0 ? tail : tail.slice(0, Math.min(...ends)))
}

/** The text before `start` (at most `size` characters) from the last sentence end in it: `… we know of. Readability tests` keeps nothing of the sentence before. */
function sentenceLead(text: string, start: number, size: number): string {
  const lead = text.slice(Math.max(0, start - size), start)
  let opening = 0
  for (const stop of lead.matchAll(sentenceStop)) opening = stop.index + stop[0].length
  return lead.slice(opening)
}

/** Whether the words after a worry answer it in the same clause: `that the vans are slow, but …` (up to the first `.`, `;`, `!` or `?`). */
function answered(rest: string): boolean {
  const end = rest.search(worryClauseEnd)
  return leadingSpace.test(rest) && answeredAfter.test(end < 0 ? rest : rest.slice(0, end))
}
