import type {Span} from './span.js'

// A class that tells the writer about itself: `Many members tell us they
// joined after a bank turned them down`, `Guests have told us that they
// came back for the garden`, `Other growers tell me they have had the same
// trouble`, `Parents have told us how much their daughters enjoy it`. The people speak of their own doings to the
// writer: first-hand testimony the writer took, not a claim about the world
// lent to an unnamed source (a view they pass on stays vague: `tell us they
// believe the rates will fall`, and so does a stance on a thing: `tell us
// they welcome a doula on the ward`, `they recommend a yearly check`, round 48).

/** `us` or `me`, an optional `that` and `they` with a verb of their own doing or state after a verb of telling (not a verb of opinion, stance or hearsay, which passes a claim on). */
const selfReportAfter =
  /^\s+(?:us|me)\s+(?:that\s+)?they\s+(?:(?:first|only|often|usually|all|still|never|once|have|had)\s+)?(?!(?:think|thinks|thought|believe|believed|feel|felt|reckon|reckoned|know|knew|expect|expected|suspect|suspected|say|said|hear|heard|consider|considered|fear|feared|doubt|doubted|agree|agreed|find|found|welcome|welcomed|prefer|preferred|recommend|recommended|support|supported|favour|favoured|oppose|opposed|advise|advised)(?![\p{L}'’-]))\p{Ll}{2,}/u

/** `us how much they enjoy`, `me how much their children love`: how much the class or its own family enjoys a thing (round 34), a testimonial, no claim about the world. */
const enjoymentAfter =
  /^\s+(?:us|me)\s+how\s+much\s+(?:they|their\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s+(?:(?:all|still|really|have)\s+)?(?:enjoy|enjoyed|love|loved|like|liked|value|valued|appreciate|appreciated|miss|missed)(?![\p{L}'’-])/u

/** A preference over every other, in what the class tells (round 52): `they come back for the ghost stories more than anything`, `they would not travel any other way`: praise of the writer's own offering ranked above all, lent to the class, not a report of its doings. */
const preferenceOverAll = /(?<![\p{L}'’-])(?:more\s+than\s+anything|any\s+other\s+way|anywhere\s+else|nowhere\s+else|above\s+all\s+else)(?![\p{L}'’-])/iu
/** The end of the sentence in what follows a span. */
const sentenceEnd = /[.!?]/u
/** A span that ends on a verb of telling: `Many members tell`, `Guests have told`. */
const tellingEnd = /(?<![\p{L}'’-])(?:tell|tells|told)$/iu

/** Bare `Members` and a verb of telling: `Members tell`, `Members have often told` (members of the `us` they tell, the writer's own body); bare `Colleagues` too (round 53: `Colleagues tell us`, the writer's own staff, as an employer calls them). */
const membersTelling = /^(?:members|colleagues)\s+(?:(?:have|has|often|also|regularly|repeatedly|frequently|now)\s+){0,2}(?:tell|tells|told)$/iu
/** The writer right after the verb: `us`, `me`. */
const writerAfter = /^\s+(?:us|me)(?![\p{L}'’-])/iu

/** Bare `Officials` or `Staff` and a verb of telling: `Officials told`, `Senior officials have told` (a body's own officers, with no quantifier picking part of a class). */
const officersTelling =
  /^(?:(?:senior|department(?:al)?|ministry|agency|council|board)\s+)?(?:officials|officers|staff|managers)\s+(?:(?:have|has|also|later|subsequently|then)\s+){0,2}(?:tell|tells|told)$/iu
/** A body the writer examines, named with `the` in the text before: `The department spent`, `the ministry has not`, `the council's accounts` (an audit's or an inquiry's subject). */
const examinedBody = /(?<![\p{L}'’-])the\s+(?:department|ministry|agency|council|authority|trust|board|commission|directorate|inspectorate|service|executive)(?![\p{L}-])/iu
/** How far before a span the body may be named: the paragraph's opening sentences. */
const bodyReach = 400

/** Bare `Judges` (or `The judges`) and a verb: `Judges praised`, `The judges also noted`. */
const judgesVerb = /^(?:the\s+)?judges\s+(?:(?:have|had|also|particularly|especially|later)\s+){0,2}\p{L}+$/iu
/** A contest the text before names by its outcome: `won a silver award`, `took first prize`, `the Best Float trophy`. */
const contestBefore = /(?<![\p{L}'’-])(?:won|awarded|award|prize|trophy|medal|rosette|championship|competition|contest)(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionSelfPatterns: readonly RegExp[] = [preferenceOverAll, sentenceEnd, selfReportAfter, enjoymentAfter, tellingEnd, membersTelling, writerAfter, officersTelling, examinedBody, judgesVerb, contestBefore]

/** Whether a source span that ends on a verb of telling (`Many members tell`) has the class speak of itself to the writer (`us they joined`). */
export function tellsOfItself(text: string, span: Span): boolean {
  const rest = text.slice(span.end, span.end + 80)
  if (!tellingEnd.test(text.slice(span.start, span.end)) || !(selfReportAfter.test(rest) || enjoymentAfter.test(rest))) return false
  // `Audiences tell us they come back for it more than anything`: a ranking of the writer's own offering, lent to the class.
  const clause = text.slice(span.end, span.end + 160)
  const end = clause.search(sentenceEnd)
  return !preferenceOverAll.test(end < 0 ? clause : clause.slice(0, end))
}

/**
 * Whether a source span is bare `Members` or `Colleagues` telling the writer (`Members tell
 * us that …`, `Colleagues tell us that …`): members or staff of the body that writes as `us`, its own informants
 * in the first person, whatever they pass on. A quantifier or a modifier
 * (`Many members`, `Some long-standing members`) leaves the span to
 * `tellsOfItself`.
 */
export function membersTellUs(text: string, span: Span): boolean {
  return membersTelling.test(text.slice(span.start, span.end)) && writerAfter.test(text.slice(span.end, span.end + 8))
}

/**
 * Whether a source span is a body's own officers telling the writer
 * (`Officials told us that …`) after the text before it (at most 400
 * characters) names the body the writer examines (`The department spent …`):
 * an audit's or an inquiry's evidence from the body itself, named by the
 * paragraph, not a claim lent to an unnamed class. Without such a body
 * (`Officials told us the road would reopen`) the officials are nobody's.
 */
export function officersOfExaminedBody(text: string, span: Span): boolean {
  return (
    officersTelling.test(text.slice(span.start, span.end)) &&
    writerAfter.test(text.slice(span.end, span.end + 8)) &&
    examinedBody.test(text.slice(Math.max(0, span.start - bodyReach), span.start))
  )
}

/**
 * Whether a source span is bare `Judges` (`Judges praised the peonies`)
 * after the text before it (at most 400 characters) names a contest by its
 * outcome (`won a silver award`): the judges of that contest, named by it,
 * not a class of people at large.
 */
export function judgesOfContest(text: string, span: Span): boolean {
  return judgesVerb.test(text.slice(span.start, span.end)) && contestBefore.test(text.slice(Math.max(0, span.start - bodyReach), span.start))
}
