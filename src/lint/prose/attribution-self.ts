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

/** Every regex of this module, for the ReDoS test. */
export const attributionSelfPatterns: readonly RegExp[] = [selfReportAfter, tellingEnd]

/** Whether a source span that ends on a verb of telling (`Many members tell`) has the class speak of itself to the writer (`us they joined`). */
export function tellsOfItself(text: string, span: Span): boolean {
  return tellingEnd.test(text.slice(span.start, span.end)) && selfReportAfter.test(text.slice(span.end, span.end + 40))
}
