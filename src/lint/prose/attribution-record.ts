import type {Span} from './span.js'

// Two readings where a plural and a verb after it lend no claim to an
// unnamed source.
// - The record of a meeting: bare `Members` and a verb in the simple past
//   (`Members noted the improvement`), in a paragraph that names the body
//   meeting (`The Group received the debrief`, `the Committee`): the body's
//   own members, named by the record. `Members say` (a standing view) and
//   `Some members felt` (a part of a class) stay as they are.
// - A past participle that qualifies its noun (`Proposals accepted at the
//   October workshop have saved …`): a phrase of time or place after it,
//   then the clause's own finite verb; the participle reports nothing.
// - Concerns raised about a thing (`raised concerns about queue times`)
//   lend a claim only when a class of groups raises them (`Fans' groups
//   have raised concerns about`); people at a meeting (`Several speakers
//   raised concerns about`) voice a worry, not a finding. `raise concerns
//   that` states a claim whoever raises it.

/** Bare `Members` and a verb in the simple past: the whole span. */
const membersPast = /^members\s+\p{L}{2,}ed$/iu
/** A body that meets, named in the paragraph: `The Group`, `the committee`, `the Board`, `the meeting`, `the Chair`. */
const meetingBody =
  /(?<![\p{L}'’-])the\s+(?:[\p{L}-]+\s+)?(?:group|committee|sub-committee|subcommittee|board|panel|council|forum|cabinet|assembly|meeting|chair|chairman|chairwoman|trustees)(?![\p{L}'’-])/iu
/** After a participle: a phrase of time or place, then a finite verb (`at the October workshop have saved`); not a clause the verb reports (`in May that the drain had`). */
const qualifierThenVerb =
  /^\s+(?:at|in|on|during|since|by|before|after|under)\s+(?:(?!(?:that|which|who|whether|if)\s)[\p{L}\d'’-]+\s+){1,5}?(?:have|has|had|are|were|is|was|will|would)\s/iu
/** A verb in an `-ed` past form. */
const edForm = /^\p{L}{2,}ed$/iu
/** `, with trigger levels agreed with`: `with` opening a clause (after a comma, a bracket or `and`) and at most three words before the participle, an absolute phrase that settles terms, not a source (`Studies with older patients showed` keeps its subject: no comma). */
const withAbsolute = /(?:[,;(]\s*|(?<![\p{L}'’-])(?:and|but)\s+)with\s+(?:[\p{L}-]+\s+){1,3}$/iu
/** Bare `Members` and a verb of proposal, with `have` or not: `Members have suggested`, `Members proposed`. */
const membersProposing = /^members\s+(?:(?:have|has|also|recently)\s+){0,2}(?:suggested|proposed|requested|recommended)$/iu
/** What a proposal takes: a thing to be done or had (`a club timber store`, `an extra session`), not a clause. */
const proposalAfter = /^\s+(?:a|an)\s+\p{Ll}/u

/** `raised concerns`, `raise doubts`: the verb of a worry voiced. */
const concernVerb = /^raise[sd]?\s/iu
/** `about` or `over` after it: a worry about a thing, not a clause. */
const aboutAfter = /^\s+(?:about|over)(?![\p{L}'’-])/iu
/** A class of groups right before the verb, with at most two words (auxiliaries, adverbs) between: `Fans' groups have`, `campaign organisations`. */
const groupsBefore =
  /(?<![\p{L}'’-])(?:groups|organi[sz]ations|associations|bodies|charities|campaigners|unions|societies|coalitions|networks)['’]?\s+(?:[\p{L}'’-]+\s+){0,2}$/iu

/** A sentence opening on the event it records: `At the open meeting in March, `, `During last week's drop-in session, `. */
const eventOpening =
  /^(?:at|during)\s+(?:the|our|a|an|this|last|that)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:meeting|AGM|workshop|session|forum|consultation|drop-in|surgery|open\s+day|evening|hearing)(?:\s+(?:in|on|last|this)\s+[\p{L}\d]+)?,\s/iu
/** A verb of recounting what happened: `described`, `recounted`, `spoke of`. */
const recountVerb = /(?<![\p{L}'’-])(?:described|recounted|recalled|related|shared)$/iu
/** What the recount is not: a judgement (`described it as`) or a clause (`described how the council had`, `that`). */
const judgementAfter = /^\s+(?:(?:it|them|this|that|the\s+[\p{L}-]+)\s+as\b|that\b|how\b)/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionRecordPatterns: readonly RegExp[] = [
  membersPast,
  meetingBody,
  qualifierThenVerb,
  edForm,
  concernVerb,
  aboutAfter,
  groupsBefore,
  eventOpening,
  recountVerb,
  judgementAfter,
  withAbsolute,
  membersProposing,
  proposalAfter
]

/** Whether a source span is bare `Members` with a verb in the simple past in a paragraph naming the body that meets (`text` is the whole block). */
export function meetingRecord(text: string, span: Span): boolean {
  return membersPast.test(text.slice(span.start, span.end)) && meetingBody.test(text)
}

/** Whether a reporting verb in an `-ed` form (at `verbStart`, its text `verb`) is a participle qualifying the noun before it: a phrase of time or place, then a finite verb, follows it, or `with` opens the clause it ends (`, with trigger levels agreed`). */
export function qualifyingParticiple(text: string, verbStart: number, verb: string): boolean {
  const end = verbStart + verb.length
  return edForm.test(verb) && (qualifierThenVerb.test(text.slice(end, end + 80)) || withAbsolute.test(text.slice(Math.max(0, verbStart - 48), verbStart)))
}

/** Whether a `raise concerns` found at `verbStart` (its text `verb`) is a worry about a thing (`about`, `over` after it) raised by no class of groups: no vague source. */
export function concernOfPeople(text: string, verbStart: number, verb: string): boolean {
  const end = verbStart + verb.length
  return concernVerb.test(verb) && aboutAfter.test(text.slice(end, end + 12)) && !groupsBefore.test(text.slice(Math.max(0, verbStart - 60), verbStart))
}

/**
 * Whether a source span ending on a verb of recounting in the past
 * (`several owners described`) stands in a sentence that opens on the event
 * the writer records (`At the open meeting in March, `), with a thing
 * happened after it (`dogs collapsing`), not a judgement or a clause: the
 * people's account of their own experience at a meeting the writer reports.
 * `text` is the whole block; the sentence is read back from the span's start.
 */
export function accountAtMeeting(text: string, span: Span): boolean {
  if (!recountVerb.test(text.slice(span.start, span.end)) || judgementAfter.test(text.slice(span.end, span.end + 40))) return false
  const lead = text.slice(Math.max(0, span.start - 120), span.start)
  const stop = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('? '), lead.lastIndexOf('! '))
  return eventOpening.test(stop === -1 && span.start > 120 ? '' : lead.slice(stop + 1).trimStart())
}

/**
 * Whether a source span is bare `Members` proposing a thing (`Members have
 * suggested a club timber store`) beside the body that decides, named at
 * most 400 characters either side (`the committee`): the body's own members
 * asking for something, not a claim about the world lent to a class.
 */
export function membersProposal(text: string, span: Span): boolean {
  return (
    membersProposing.test(text.slice(span.start, span.end)) &&
    proposalAfter.test(text.slice(span.end, span.end + 8)) &&
    meetingBody.test(text.slice(Math.max(0, span.start - 400), span.end + 400))
  )
}
