import type {Span} from './span.js'
import {before} from './span.js'

// The writer's own officers giving the body's view (round 36). A report put
// to a committee on a case in front of it (an application, an appeal, a
// licence) speaks in its officers' voice: `Officers consider the plan
// realistic`, `Officers recommend approval`, `Officers are satisfied that`.
// The officers are the report's authors, named by the report itself, not an
// unnamed class lending a claim authority. A class narrowed by a modifier
// (`Fire safety officers believe`, `Senior officers`) or a quantifier (`Some
// officers`) is someone else's people, and a report with no case in front of
// it (`Officers believe the fire was started deliberately`) is news of a
// class.

/** Bare `Officers` opening a sentence, and a verb of the report's judgement in the present: `Officers consider`, `Officers are satisfied`. */
const officersJudging =
  /^Officers\s+(?:(?:therefore|also|now|still|nevertheless|however)\s+)?(?:consider|believe|recommend|accept|conclude|advise|are\s+(?:satisfied|content|of\s+the\s+view|minded))$/u
/** A case in front of a committee, named in the text before: `applied on 3 March for`, `the applicant`, `this application`, `(Appendix C)`. */
const caseBefore =
  /(?<![\p{L}'’-])(?:applied|applicants?|applications?|appellants?|appeal|licen[cs]e\s+holder|the\s+committee|the\s+panel|appendix|annex)(?![\p{L}'’-])/iu
/** How far before a span the case may be named: the paragraph's opening sentences. */
const caseReach = 500

/** Every regex of this module, for the ReDoS test. */
export const attributionOfficersPatterns: readonly RegExp[] = [officersJudging, caseBefore]

/** Whether a source span is a committee report's own officers giving their judgement on the case the text before it names (`Officers consider the plan realistic`, after `applied … for the transfer`). */
export function officersOfReport(text: string, span: Span): boolean {
  return officersJudging.test(text.slice(span.start, span.end)) && caseBefore.test(before(text, span.start, caseReach))
}
