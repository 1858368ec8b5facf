import {consultedByWriter} from './attribution-consulted.js'
import {countedThingsFoundAt} from './attribution-counted.js'
import {toldAsHabit} from './attribution-habit.js'
import {answersOfOwnSurvey, toldOnOccasion, toldOwnInquiry} from './attribution-occasion.js'
import {eventOrganisers, reservationOnly} from './attribution-reservation.js'
import {officersOfReport} from './attribution-officers.js'
import type {Span} from './span.js'
import {findSpans, mergeSpans} from './span.js'
import {attributionPhrases} from './attribution-phrase.js'
import {detectQuotations} from './quotation.js'
import {vagueSubject} from './attribution-subject.js'
import {judgesOfContest, membersTellUs, officersOfExaminedBody, tellsOfItself} from './attribution-self.js'
import {ruleNotReport} from './attribution-condition.js'
import {decisionNotView} from './attribution-decision.js'
import {feelingCaused} from './attribution-feeling.js'
import {thingFound} from './attribution-discovery.js'
import {futureFinding, informantsOfOwnInquiry} from './attribution-tense.js'
import {accountAtMeeting, concernOfPeople, meetingRecord, membersProposal, qualifyingParticiple} from './attribution-record.js'
import {claimFilingAfter, claimVerb, demandOrFilingAfter, demandOrFilingVerb} from './attribution-vocabulary.js'
import {attributingVerb, feltClause, feltVerb, hearsayVerb, judgementAs, reportingVerbs} from './attribution-verbs.js'

// Vague attributions by kind. The main one is a source with a reporting
// verb: a plural class of people (`Agronomists say`, `Police chiefs
// privately concede`, `Officials in Brussels say`, `Some regulars have heard
// that`) or of studies and data
// (`Recent studies show`, `Evidence suggests`) as the subject of `say`,
// `agree`, `warn`, `found`, `show`… Each reporting verb is found by one
// pattern; its subject is read backwards from it, a bounded number of words,
// in a loop. Verbs of judgement count as reporting verbs where they state a
// standing view: `assume that`, `disagree:`, and `regard`, `treat`, `view`,
// `credit` … `as` or `for` in the present or the perfect (`Historians have
// generally treated the riots as`), not in a past narrative (`states
// treated migration as`). One of a whole class (`Every other cabbie in town
// says`) is a source as vague as the class. The others are fixed phrases
// (`it is widely believed that`, `according to experts`, `there is a broad
// consensus`, `Word from Ireland is that`, `by some estimates`). A source inside somebody's
// quoted words, or an impersonal passive in a clause a named speaker
// reports (`the company says no injuries have been reported`), is theirs.
//
// The phrases are in attribution-phrase.ts, the reading of a subject in
// attribution-subject.ts (with attribution-clause.ts, attribution-head.ts
// and attribution-vocabulary.ts), the reporting verbs in
// attribution-verbs.ts; this module finds the sources before the verbs and
// drops those the writer's own fieldwork names.

const pastHeard = /^heard$/iu
const perfectBefore = /\b(?:have|has|had)\s+(?:\p{L}+\s+)?$|['’]ve\s+$/iu
const quantifiedSubject = /^(?:some|many|most|several|a\s+few|few|a\s+number\s+of|a\s+lot\s+of|plenty\s+of|lots\s+of)\s/iu
/** `remember it as …`, `remember that …`, `recall a forge in every village`, `remember otters being common`, a bygone scene as it commonly was (`remember queues stretching along the quay`, `recall crowds filling the streets`, round 47): a memory offered as a claim about the world, not a memory of an event. */
const rememberVerb = /^(?:remember|recall)(?:s|ed)?$/iu
const rememberedAs =
  /^\s+(?:that\b|(?:it|him|her|them|this|that|the\s+[\p{L}-]+)\s+as\b|(?:(?:a|an|the)\s+)?(?!(?:two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions|dozens)\s)(?:[\p{L}-]+\s+){1,3}?(?:on|in|at)\s+(?:(?:nearly|almost|virtually)\s+)?(?:every|each|most|all)\s|(?:[\p{L}-]+\s+){1,3}?being\s+(?:so\s+|very\s+|once\s+)?(?:common|plentiful|abundant|everywhere|rare|scarce|cheap|widespread)\b|(?:queues|crowds|lines|carts|boats|trains|trams|ships|shops|stalls|fields|streets|houses)\s+(?:(?:of|for|at|on|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?)?(?:stretching|queuing|lining|filling|packing|crowding|coming|going|running)\b)/iu
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
/** `agreed to write`, `agree to the plan`: a decision taken, not a view held. */
const agreeVerb = /^agree[sd]?$/iu
const toAfter = /^\s+to\b/iu
/** A counted group opening a span, `Two members have told`, and `us` or `me` after it: the writer's own informants, counted, not a class. */
const countedOpening = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s/iu
const toWriterAfter = /^\s+(?:us|me)\b/iu
/** `feel better`: a feeling, not an opinion; an opinion takes a clause (`feel that`, `feel it is`). */
const feelVerb = /^feels?$/iu
const clauseAfter = /^\s+(?:that|it|this|there|they|we|he|she|you|I|the|these|those|strongly|deeply|sure|certain)\b/u
/** `tell you to let it rise`: an instruction, not a claim. */
const tellVerb = /^(?:tell|tells|told)$/iu
/** `Imports tell a similar story`, `the figures tell a different story`: matter compared with what went before (an idiom), no source telling a claim. */
const storyAfter = /^\s+(?:a\s+(?:similar|different|familiar)|the\s+same|another|a\s+very\s+(?:similar|different))\s+(?:story|tale)(?![\p{L}'’-])/iu
/** `call it a "Carthaginian peace"`: a name given in quotes. */
const callVerb = /^call(?:s|ed)?$/iu
const quoteAhead = /^[^.!?"“‘']{0,30}["“‘']/u
/** Four words or more in the quotes ahead: somebody's words (`called the finale "a storm with no ship in it"`), not a name. */
const longQuoteAhead = /^[^.!?"“‘']{0,30}["“‘'](?:[^"”’'\s]+\s+){3}[^"”’'\s]/u
/** What `call` takes when it names: a pronoun (`called her the most original`) or a noun and its name (`call the plan a disaster`). */
const namingObject =
  /^\s+(?:it|them|him|her|this|that|these|those|me|us|such|(?:the|this|that|its|their)\s+[\p{L}-]+\s+(?!(?:after|before|to|for|when|on|in|at|and|but|because|as|from|about|back|again|yesterday|today|last|this|that|with|over|into|out|up|off)\b)["“‘']?\p{L})/iu
/**
 * A clause a named speaker reports, right before a span: `the company says no
 * injuries have been reported`, `Ardenhout said that`. The passive inside it
 * is the named speaker's claim.
 */
const namedSays =
  /(?:(?<![A-Za-z0-9_])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+\p{Ll}{3,}|(?<![A-Za-z0-9_])(?:[Hh]e|[Ss]he|[Ii]t)|[\p{Ll},]\s+\p{Lu}\p{Ll}+)\s+(?:says|said|adds|added|confirms|confirmed|states|stated|insists|insisted)\s+(?:that\s+)?/gu
/** What ends the clause a named speaker reports. */
const clauseStop = /[.!?;:"“”]/gu
const directiveAfter = /^\s+(?:you|us|me|them|him|her|people|readers|patients|users|\p{L}+s)\s+(?:not\s+)?to\s/iu
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
/** What stands between a reporting verb and the subject of the clause it reports: `Studies have shown that patients report`. */
const reportedClauseGap = /^\s{1,3}(?:that\s{1,3})?$/u
/** The longest text `reportedClauseGap` takes (three spaces, `that`, three spaces). */
const reportedGapLength = 10
/** A bare plural opening a span, with no quantifier or modifier before it: `Members put`. */
const bareHead = /^(\p{L}+s)\s/u

/** `Any part found to be worn`, `samples found to have been mislabelled`: `found` with `to be` after it is a passive participle qualifying its noun, not a finding reported. */
const foundVerb = /^found$/iu
/** `point to` offers a cause only with people as its subject: `Analysts point to`, not `Arrows point to the exit`, `Signs point to a thaw`. */
const pointToVerb = /^point(?:s|ed)?\s+to$/iu
/** A noun for people by its ending or itself: `analysts`, `regulators`, `economists`, `experts`. */
const peopleWord = /^(?:\p{L}{2,}(?:ists|ysts|ers|ors|ians|ants|ents|ics|als|ees)|experts|observers|insiders|sources|people|staff|crew|fans)$/iu
/** The head of a subject: its first plural (`Analysts`, `readers` in `Other readers on the circuit`, `surveys` in `surveys of employers`). */
const firstPlural = /(?<![\p{L}'’-])\p{L}{2,}s(?![\p{L}'’-])/u
const toBeAfter = /^\s+to\s+(?:be|have)(?![\p{L}'’-])/iu
/** An indirect question right before a source span, after a verb of asking or looking (round 41): `we looked at why so many trials report`, `asked whether studies show` — what the class does is the question the writer takes up, not a source lent to a claim (not `which is why guides swear by them`: a reason, no question). */
const questionBefore =
  /(?<![\p{L}'’-])(?:ask|asks|asked|asking|wonder|wonders|wondered|look|looks|looked|looking|examine[sd]?|explore[sd]?|explain[sd]?|consider(?:s|ed)?|investigate[sd]?|question(?:s|ed)?)\s+(?:at\s+|into\s+)?(?:why|whether)\s+(?:so\s+|too\s+)?$/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionPatterns: readonly RegExp[] = [
  pastHeard,
  perfectBefore,
  quantifiedSubject,
  rememberVerb,
  rememberedAs,
  ownInformants,
  toldUs,
  ownFieldwork,
  contrastClause,
  ownCorroboration,
  sentenceStop,
  feelVerb,
  clauseAfter,
  tellVerb,
  storyAfter,
  callVerb,
  quoteAhead,
  longQuoteAhead,
  namingObject,
  namedSays,
  clauseStop,
  directiveAfter,
  addresseeAfter,
  bareHead,
  ownKnowledge,
  worryWord,
  answeredAfter,
  worryClauseEnd,
  leadingSpace,
  agreeVerb,
  toAfter,
  countedOpening,
  toWriterAfter,
  reportedClauseGap,
  foundVerb,
  toBeAfter,
  pointToVerb,
  peopleWord,
  firstPlural,
  questionBefore
]

/**
 * The vague attributions in a block of prose: a plural class of people or
 * studies with a reporting verb (“Economists broadly agree”, “Police chiefs
 * privately concede”, “Recent studies show”, “Evidence suggests”),
 * impersonal passives (“it is widely believed that”, “are thought to”),
 * “some argue”, “according to experts”, “people familiar with”, “there is a
 * broad consensus”. A named source is not vague: a name or acronym in the
 * subject (`UNHCR officials say`), a pointer back (`these studies show`,
 * `the researchers caution`), a kind of data (`payroll data show`), or a
 * counted group (`46% of teens say`).
 */
export function detectVagueAttributions(text: string): Span[] {
  const spans = findSpans(text, attributionPhrases)
  for (const match of text.matchAll(hearsayVerb)) {
    const start = vagueSubject(text, match.index, match[0])
    // `Councillors heard that`: a meeting told, in the past; hearsay needs the perfect or the present (`have heard that`) or a quantifier (`Some members heard that`).
    const subject = start === undefined ? '' : text.slice(start, match.index)
    if (start === undefined || (pastHeard.test(match[0]) && !perfectBefore.test(subject) && !quantifiedSubject.test(subject))) continue
    spans.push({start, end: match.index + match[0].length, kind: 'source'})
  }
  for (const match of [...text.matchAll(attributingVerb), ...text.matchAll(judgementAs)]) {
    // `Subsidence claims blamed on trees are often found`: a participle qualifying its noun, a finite verb after its phrase (attribution-record.ts; round 44).
    if (qualifyingParticiple(text, match.index, match[0])) continue
    const start = vagueSubject(text, match.index, match[0])
    if (start !== undefined) spans.push({start, end: match.index + match[0].length, kind: 'source'})
  }
  for (const match of text.matchAll(feltVerb)) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 40)
    const start = feltClause.test(rest) ? vagueSubject(text, match.index, match[0]) : undefined
    if (start !== undefined && quantifiedSubject.test(text.slice(start, match.index))) spans.push({start, end: match.index + match[0].length, kind: 'source'})
  }
  for (const match of reportingVerbs.flatMap((verb) => [...text.matchAll(verb)])) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 40)
    if (feelVerb.test(match[0]) && !clauseAfter.test(rest)) continue
    if (tellVerb.test(match[0]) && (directiveAfter.test(rest) || storyAfter.test(rest))) continue
    if (agreeVerb.test(match[0]) && toAfter.test(rest)) continue
    if (foundVerb.test(match[0]) && toBeAfter.test(rest)) continue
    if (demandOrFilingVerb.test(match[0]) && demandOrFilingAfter.test(rest)) continue
    if (claimVerb.test(match[0]) && claimFilingAfter.test(rest)) continue
    // `any shop found in breach`, `Members can claim a discount`: a rule, not a report (attribution-condition.ts); `accepted a two-year deal`: a decision (attribution-decision.ts).
    if (ruleNotReport(text, match.index, match[0]) || decisionNotView(text, match.index, match[0])) continue
    // `Late trains worry some commuters`: a thing causing a feeling, no source (attribution-feeling.ts).
    if (feelingCaused(text, match.index, match[0])) continue
    if (rememberVerb.test(match[0]) && !rememberedAs.test(rest)) continue
    // `Locals call the estate "the island"`: naming a term, not a claim.
    if (callVerb.test(match[0]) && ((quoteAhead.test(rest) && !longQuoteAhead.test(rest)) || !namingObject.test(rest))) continue
    // `Trials at two sites will report in the summer`: results not yet in (attribution-tense.ts).
    if (futureFinding(text, match.index, match[0])) continue
    // `Proposals accepted at the workshop have saved`: a participle qualifying its noun (attribution-record.ts).
    if (qualifyingParticiple(text, match.index, match[0])) continue
    // `Several speakers raised concerns about the cost`: a worry voiced, unless a class of groups raises it.
    if (concernOfPeople(text, match.index, match[0])) continue
    const start = vagueSubject(text, match.index, match[0])
    if (start === undefined || (pointToVerb.test(match[0]) && !peopleWord.test(firstPlural.exec(text.slice(start, match.index))?.[0] ?? ''))) continue
    spans.push({start, end: match.index + match[0].length, kind: 'source'})
  }
  // Inside somebody's quoted words (`"Juniors always think …"`), a source is the speaker's, not the writer's.
  const quotations = detectQuotations(text, {minimumWords: 1})
  // Quotations are sorted and do not overlap: the only one that can hold a span is the first that ends after its start, found by a pointer that only moves on.
  let open = 0
  const kept = mergeSpans(spans).filter((span) => {
    while (open < quotations.length && quotations[open]!.end <= span.start) open++
    const quote = quotations[open]
    if (quote && quote.start < span.start && span.end < quote.end) return false
    if (span.kind === 'source' && ownKnowledge.test(sentenceLead(text, span.start, 40) + text.slice(span.start, span.end))) return false
    if (span.kind === 'source' && questionBefore.test(sentenceLead(text, span.start, 40))) return false
    // `…, but we would not rely on this`: the writer's own reservation answers nothing (attribution-reservation.ts).
    if (worryWord.test(text.slice(span.start, span.end)) && answered(text.slice(span.end, span.end + 100)) && !reservationOnly(text.slice(span.end, span.end + 160))) return false
    if (span.kind === 'source' && addresseeAfter.test(text.slice(span.end, span.end + 40))) return false
    // `Officials told us`, after `The department spent`: the examined body's own officers (attribution-self.ts).
    if (span.kind === 'source' && (tellsOfItself(text, span) || membersTellUs(text, span) || officersOfExaminedBody(text, span))) return false
    // `Officers consider the plan realistic`, after `applied … for the transfer`: a committee report's own officers judging its case (attribution-officers.ts).
    if (span.kind === 'source' && officersOfReport(text, span)) return false
    // `Parish councils tell us`, beside `Our ranger team`: a body's own consultees; `Readers who have written to us report`: its correspondents (attribution-consulted.ts).
    if (span.kind === 'source' && consultedByWriter(text, span)) return false
    // `Judges praised the peonies`, after `won a silver award`: the judges of the contest the text names (attribution-self.ts).
    if (span.kind === 'source' && judgesOfContest(text, span)) return false
    // `Members have suggested a club timber store`, beside `the committee`: the body's own members proposing (attribution-record.ts).
    if (span.kind === 'source' && membersProposal(text, span)) return false
    // `Divers found the blade edges in good condition`: a thing come upon in the narrative (attribution-discovery.ts).
    if (span.kind === 'source' && thingFound(text, span)) return false
    // `Two defects found at Level 3 remain open`, `no defects found.`: a participle after a count of things (attribution-counted.ts).
    if (span.kind === 'source' && countedThingsFoundAt(text, span)) return false
    // `Organisers estimate that`: the organisers of the event reported, one body (attribution-reservation.ts).
    if (span.kind === 'source' && eventOrganisers(text, span)) return false
    // `In our sample of 212 cases … several consultants admitted`: the informants of the writer's own inquiry (attribution-tense.ts).
    if (span.kind === 'source' && informantsOfOwnInquiry(text, span)) return false
    if (span.kind === 'source' && countedOpening.test(text.slice(span.start, span.end)) && toWriterAfter.test(text.slice(span.end, span.end + 8))) return false
    if (span.kind === 'impersonal' && namedSaysBefore(text.slice(Math.max(0, span.start - 90), span.start))) return false
    // `Members put the losses down to`, after `members who returned the survey`: the group the paragraph has picked out, named again.
    if (span.kind === 'source' && namedBefore(text, span)) return false
    // `Members noted the improvement`, after `The Group received`: the record of a meeting (attribution-record.ts).
    if (span.kind === 'source' && meetingRecord(text, span)) return false
    // `At the open meeting, several owners described dogs collapsing`: people at an event the writer records, recounting what happened to them (attribution-record.ts).
    if (span.kind === 'source' && accountAtMeeting(text, span)) return false
    // `Parents told us`: the writer's informants on one occasion; `Comments praised`, after `our survey`: the answers of the writer's own survey (attribution-occasion.ts).
    // `Providers told our survey`: the answers of the writer's own inquiry (attribution-occasion.ts).
    if (span.kind === 'source' && (toldOnOccasion(text, span) || answersOfOwnSurvey(text, span) || toldOwnInquiry(text, span))) return false
    const sentence = sentenceAround(text, span)
    // The writer's records bearing a class out excuse only a class that told the writer (`Regulars tell us …, and our scorecards back that up`); a class's standing observation at large (`Actuaries have long observed … and our analysis bears this out`) is still lent to the class (round 39).
    if (ownInformants.test(sentence) || (ownCorroboration.test(sentence) && toWriterAfter.test(text.slice(span.end, span.end + 8)))) return false
    // `Women in Koba village told us`, after `Our team visited 14 villages`: the people of the writer's own fieldwork.
    // The fieldwork may be named after the span too (`… on any of our four walks this month`).
    // Not a class's view told as a habit (`Employers consistently tell us`), beside the writer's own survey all the same (attribution-habit.ts).
    return !(toldUs.test(sentence) && ownFieldwork.test(text.slice(Math.max(0, span.start - 600), span.end + 600)) && !toldAsHabit(text, span))
  })
  // `Studies have shown that patients who … report`: the subjects of the clause a vague source reports are part of its claim, one problem.
  // The spans are in order and apart, so only the source right before can be separated by a bare `that`.
  const result: Span[] = []
  let lastSource: Span | undefined
  for (const span of kept) {
    const gap = lastSource === undefined ? Infinity : span.start - lastSource.end
    const reported = span.kind === 'source' && gap <= reportedGapLength && reportedClauseGap.test(text.slice(lastSource!.end, span.start))
    if (span.kind === 'source') lastSource = span
    if (!reported) result.push(span)
  }
  return result
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
