import type {Span} from './span.js'

// Two classes that stand for the writer's own sources (round 39), not for
// an unnamed source:
// - a class that `told us` in the simple past where the writer places the
//   meeting: narrowed by a capitalised place (`Truffle hunters in Piedmont
//   told us`) or after the writer's own event or scheme in the paragraph
//   (`our summer festival … Visitors told us`): the people the writer met
//   and asked on one occasion, its own informants in the first person. A
//   class that `tells us` or `has told us` gives its standing view, heard
//   again and again, and stays vague (`Customers tell us`, `Players have
//   told us`), and so do a quantified class (`Some officials told us`) and
//   a bare class with no occasion placed (`Officials told us`);
// - the answers of the writer's own survey: `Comments praised the staff`,
//   `Respondents described …` after `in our survey of 1,150 users` earlier
//   in the paragraph: the survey the writer ran and reports, named;
// - a class that told the writer's own inquiry (round 43): `Providers told
//   our survey that turnover had risen`, `Growers told our interviewers`:
//   the answers of a survey the writer ran, its own data in the first
//   person, not a claim lent to the class.

/** A span ending on `told` in the simple past (no `have`, `has` or `had` before it). */
const pastTold = /(?<![\p{L}'’-])told$/iu
const perfectTold = /(?<![\p{L}'’-])(?:have|has|had|'ve|’ve)\s+(?:[\p{L}-]+\s+)?told$/iu
/** A quantifier opening the span: `Some officials`, `Many visitors`. */
const quantifiedOpening = /^(?:some|many|several|most|few|a\s+few|numerous|other)\s/iu
/** A capitalised place narrowing the class: `in Piedmont`, `at Kew`, `from the Tyne`. */
const placeInSpan = /\s(?:in|at|from|on|around|near)\s+(?:the\s+)?\p{Lu}/u
/** The writer's own event or scheme before the span: `our summer festival`, `our Warm Homes scheme`, `my walking tour`. */
const ownOccasion =
  /(?<![\p{L}'’-])(?:our|my)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,3}?(?:scheme|festival|event|fair|show|project|programme|walk|tour|visit|workshop|open\s+day|course|trial|pilot)s?(?![\p{L}'’-])/iu
/** `us` or `me` right after the span: told to the writer. */
const writerAfter = /^\s+(?:us|me)(?![\p{L}'’-])/iu
/** A survey's answers heading the span: `Comments`, `Responses`, `Respondents`, `Replies`, `Answers`, with up to two words before (`Free-text comments`). */
const surveyAnswers = /^(?:[\p{L}-]+\s+){0,2}(?:comments|responses|respondents|replies|answers)\s/iu
/** The writer's own survey, questionnaire or poll, named before the span: `in our rolling survey`, `my questionnaire`. */
const ownSurvey = /(?<![\p{L}'’-])(?:our|my)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}?(?:survey|questionnaire|poll|consultation|feedback\s+form)(?![\p{L}'’-])/iu

/** A span ending on a verb of telling or answering: `Providers told`, `Growers have told`, `Members answered`. */
const tellingEnd = /(?<![\p{L}'’-])(?:tell|tells|told|answered)$/iu
/** The writer's own inquiry as what was told, right after the span (round 43): ` our survey`, ` my questionnaire`, ` our annual consultation`. */
const ownInquiryAfter = /^\s+(?:our|my)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}?(?:survey|questionnaire|poll|consultation|census|interviewers?|researchers|review|inquiry|call\s+for\s+evidence)(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionOccasionPatterns: readonly RegExp[] = [pastTold, perfectTold, quantifiedOpening, placeInSpan, ownOccasion, writerAfter, surveyAnswers, ownSurvey, tellingEnd, ownInquiryAfter]

/** Whether the source `span` of `text` is a class that told the writer, once, in the simple past, on an occasion the writer places (`Growers in Kent told us`, `our fair … Visitors told us`); reads 8 characters after it and 400 before. */
export function toldOnOccasion(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end)
  if (!pastTold.test(words) || perfectTold.test(words) || quantifiedOpening.test(words) || !writerAfter.test(text.slice(span.end, span.end + 8))) return false
  return placeInSpan.test(words) || ownOccasion.test(text.slice(Math.max(0, span.start - 400), span.start))
}

/** Whether the source `span` of `text` is headed by a survey's answers (`Comments praised`) after the writer's own survey in the 400 characters before it. */
export function answersOfOwnSurvey(text: string, span: Span): boolean {
  return surveyAnswers.test(text.slice(span.start, span.end)) && ownSurvey.test(text.slice(Math.max(0, span.start - 400), span.start))
}

/** Whether the source `span` of `text` ends on a verb of telling whose hearer is the writer's own inquiry (`Providers told our survey`, `Members told my interviewers`); reads 60 characters after it. */
export function toldOwnInquiry(text: string, span: Span): boolean {
  return tellingEnd.test(text.slice(span.start, span.end)) && ownInquiryAfter.test(text.slice(span.end, span.end + 60))
}
