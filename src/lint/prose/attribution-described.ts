import type {Span} from './span.js'

// A class's habitual description in quotation marks (round 43):
// `Contractors often describe such coatings as 'harmless unless you sand
// it'`, `Visitors usually describe the ward as "…"`. The adverb of habit
// makes the description the class's standing view of the thing, a claim
// lent to a class nobody in which is named: vague-attribution reports the
// source, and the quotation rules report the words, each once. A class that
// says or tells something in quotes (`Patients often say they "…"`), or
// describes it on one occasion (`Islanders describe the service as "…"`),
// introduces the words only, which the quotation rules report alone. The
// same habit in the impersonal passive (`The casket is usually described as
// "…"`, round 44) lends the description to no one named: both reported.

/** A source span that ends on a verb of description with an adverb of habit right before it: `often describe`, `usually portrayed`. */
const habitualDescribing =
  /(?<![\p{L}'’-])(?:often|usually|commonly|routinely|regularly|frequently|sometimes|always|invariably|typically|generally|increasingly)\s+(?:describe[sd]?|characteri[sz]e[sd]?|portray(?:s|ed)?|dismiss(?:es|ed)?|label(?:s|led|ed)?|brand(?:s|ed)?)$/iu
/** What stands between the verb and the quotation: its object, up to six words, then `as` (`the forest as `). */
const objectThenAs = /^\s+(?:[^\s.;:!?"“”‘’']+\s+){1,6}?as\s+$/u
/** The same description in the impersonal passive (round 44): a span ending on an adverb of habit, a verb of description and `as` (`is usually described as`), the thing described its subject, the describer unnamed. */
const habitualDescribedAs =
  /(?<![\p{L}'’-])(?:often|usually|commonly|routinely|regularly|frequently|sometimes|widely|generally|popularly|increasingly)\s+(?:been\s+)?(?:described|portrayed|characteri[sz]ed|depicted|billed|dismissed|labell?ed|branded)\s+as$/iu
/** Only white space between `as` and the quotation. */
const onlySpace = /^\s*$/u

/** Every regex of this module, for the ReDoS test. */
export const attributionDescribedPatterns: readonly RegExp[] = [habitualDescribing, objectThenAs, habitualDescribedAs, onlySpace]

/**
 * Whether the source `span` of `text` describes a thing as a habit and the
 * quotation `quote` (0-based UTF-16 offsets into `text`, quotation marks
 * included) is that description, right after `as`: `Contractors often
 * describe such coatings as 'harmless unless you sand it'`. The source is
 * then reported beside the quotation. Reads the span and at most 80
 * characters between it and the quotation.
 */
export function habitualDescription(text: string, span: Span, quote: Span): boolean {
  if (quote.start < span.end || quote.start - span.end > 80) return false
  const source = text.slice(span.start, span.end)
  const gap = text.slice(span.end, quote.start)
  return (habitualDescribing.test(source) && objectThenAs.test(gap)) || (habitualDescribedAs.test(source) && onlySpace.test(gap))
}
