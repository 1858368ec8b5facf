import type {Span} from './span.js'

// A class that tells the writer about itself: `Many members tell us they
// joined after a bank turned them down`, `Guests have told us that they
// came back for the garden`, `Other growers tell me they have had the same
// trouble`. The people speak of their own doings to the
// writer: first-hand testimony the writer took, not a claim about the world
// lent to an unnamed source (a view they pass on stays vague: `tell us they
// believe the rates will fall`).

/** `us` or `me`, an optional `that` and `they` with a verb of their own doing or state after a verb of telling (not a verb of opinion or hearsay, which passes a claim on). */
const selfReportAfter =
  /^\s+(?:us|me)\s+(?:that\s+)?they\s+(?:(?:first|only|often|usually|all|still|never|once|have|had)\s+)?(?!(?:think|thinks|thought|believe|believed|feel|felt|reckon|reckoned|know|knew|expect|expected|suspect|suspected|say|said|hear|heard|consider|considered|fear|feared|doubt|doubted|agree|agreed|find|found)(?![\p{L}'’-]))\p{Ll}{2,}/u

/** A span that ends on a verb of telling: `Many members tell`, `Guests have told`. */
const tellingEnd = /(?<![\p{L}'’-])(?:tell|tells|told)$/iu

/** Bare `Members` and a verb of telling: `Members tell`, `Members have often told` (members of the `us` they tell, the writer's own body). */
const membersTelling = /^members\s+(?:(?:have|has|often|also|regularly|repeatedly|frequently|now)\s+){0,2}(?:tell|tells|told)$/iu
/** The writer right after the verb: `us`, `me`. */
const writerAfter = /^\s+(?:us|me)(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionSelfPatterns: readonly RegExp[] = [selfReportAfter, tellingEnd, membersTelling, writerAfter]

/** Whether a source span that ends on a verb of telling (`Many members tell`) has the class speak of itself to the writer (`us they joined`). */
export function tellsOfItself(text: string, span: Span): boolean {
  return tellingEnd.test(text.slice(span.start, span.end)) && selfReportAfter.test(text.slice(span.end, span.end + 40))
}

/**
 * Whether a source span is bare `Members` telling the writer (`Members tell
 * us that …`): members of the body that writes as `us`, its own informants
 * in the first person, whatever they pass on. A quantifier or a modifier
 * (`Many members`, `Some long-standing members`) leaves the span to
 * `tellsOfItself`.
 */
export function membersTellUs(text: string, span: Span): boolean {
  return membersTelling.test(text.slice(span.start, span.end)) && writerAfter.test(text.slice(span.end, span.end + 8))
}
