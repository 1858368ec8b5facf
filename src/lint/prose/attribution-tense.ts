import type {Span} from './span.js'

// Two readings of a reporting verb by its tense, where the source it
// seems to name lends the claim no authority.
// - A verb of finding in the future (`Trials at two sites will report in
//   the summer`, `the survey will show whether`): results not yet in, so
//   nothing is claimed on anyone's word. A verb of saying in the future
//   stays vague (`Old hands will tell you that`: a generic present).
// - A class of people reporting in the simple past in a paragraph that
//   narrates the writer's own inquiry (`In our sample of 200 cases …,
//   several consultants admitted they filled it in later`): the
//   informants of that inquiry, reported as its findings, not a class
//   the writer borrows a claim from. The perfect (`have admitted`) states
//   a standing view and stays vague.

/** A verb of finding: what studies and trials do when they report results. */
const findingEnd = /(?<![\p{L}'’-])(?:report|show|find|reveal|confirm|indicate|demonstrate|prove|suggest|establish)$/iu
/** `will` or `shall` right before the verb, with at most an adverb of time or sequence between (not `will often find`, a generic present). */
const futureBefore = /(?:(?<![\p{L}'’-])(?:will|shall)|['’]ll)\s+(?:(?:also|soon|then|first|eventually|only|not|finally|later)\s+)?$/iu
/** A reporting verb in the simple past at a span's end: `admitted`, `said`, `told`, `felt` (an `-ed` form or an irregular past). */
const pastEnd = /(?<![\p{L}'’-])(?:\p{L}{2,}ed|said|told|thought|felt|found|held|knew|swore)$/iu
/** An auxiliary of the perfect or the future inside the span: `have admitted`, `had said`, `will tell`. */
const auxiliaryInside = /(?<![\p{L}'’-])(?:have|has|had|will|would|shall)(?![\p{L}'’-])/iu
/**
 * The writer's own inquiry named before the span: `our sample of 212
 * cases`, `In our audit`, `my interviews`, `we interviewed`, `we sampled`.
 */
const ownInquiry =
  /(?<![\p{L}'’-])(?:(?:our|my)\s+(?:[\p{L}-]+\s+)?(?:sample|audit|re-audit|interviews|focus\s+groups?|fieldwork|case\s+review|observations)(?![\p{L}'’-])|(?:we|I)\s+(?:interviewed|surveyed|sampled|audited|observed|shadowed)(?![\p{L}'’-]))/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionTensePatterns: readonly RegExp[] = [findingEnd, futureBefore, pastEnd, auxiliaryInside, ownInquiry]

/** Whether a reporting verb found at `verbStart` (its text `verb`) is a verb of finding in the future: `will report in the summer`. */
export function futureFinding(text: string, verbStart: number, verb: string): boolean {
  return findingEnd.test(verb) && futureBefore.test(text.slice(Math.max(0, verbStart - 24), verbStart))
}

/**
 * Whether a source span reports in the simple past (`several consultants
 * admitted`) after the writer's own inquiry is named (at most 600
 * characters before it): the inquiry's informants.
 */
export function informantsOfOwnInquiry(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end)
  return pastEnd.test(words) && !auxiliaryInside.test(words) && ownInquiry.test(text.slice(Math.max(0, span.start - 600), span.start))
}
