// Superlatives and absolutes that claim nothing of the world (round 41),
// read around the match in its own sentence:
// - `free with every tree`, `included with every booking`: `every` in the
//   terms of an offer the writer makes, not a claim about all of a kind;
// - `one in five crews that set out never reaches`, `a third of members
//   never vote`: `never` after a share of a class in its clause states a
//   share counted, not an absolute (a share of a measure, `kept at 45–55%
//   humidity should never need`, is no share of a class);
// - `a record you bought`, `a record that skips`: `a record` before a
//   pronoun, a relative or a preposition is a thing named (a disc, a log),
//   not an all-time high (`a record 3,400 visitors`, `a record year`);
// - `No other technical issues.`: `No other` and its noun as a sentence of
//   its own, with no verb, is a log's note that nothing else came up on the
//   occasion it records, not a claim that nothing else matches.

/** The terms of an offer right before `every`: `free with`, `included with`, `comes with`, `is thrown in with`. */
const offerWithBefore = /(?<![\p{L}'’-])(?:free|included|includes|include|comes|come|supplied|provided|thrown\s+in)\s+(?:(?:free|as\s+standard)\s+)?with\s+$/iu
/** A share of a class, with its plural: `one in five crews`, `one in six divers`, `a third of members`, `40% of homes`, `half of the boats`. */
const shareOfClass =
  /(?<![\p{L}\d])(?:(?:one|two|three|four|five|\d{1,3})\s+in\s+(?:every\s+)?(?:three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|\d{1,4})|(?:\d{1,3}(?:\.\d)?\s?%|(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?|half)\s+of)\s+(?:(?:the|all|our|their)\s+)?\p{L}{2,}s(?![\p{L}'’-])/iu
/** What ends a clause: a share before it belongs to another clause. */
const clauseEnd = /[.;:!?]/gu
/** `a record` and a pronoun, a relative or a preposition after it: the noun of a thing, not a high. */
const recordThing = /^an?\s+(?:new\s+)?record\s+(?:you|we|I|they|he|she|it|that|which|who|from|for|to|in|on|at|with|by|and|or|but)(?![\p{L}'’-])/iu
/** `No other` and a plural noun (one word may qualify it) closing the sentence with no verb: ` technical issues.`, ` faults.` (not ` region has recovered.`, nor ` country does.`). */
const verblessNone = /^\s+(?:[\p{Ll}-]+\s+)?(?!(?:does|has|is|was)[.;])[\p{Ll}-]+s(?:[.;]|$)/u

/** Every regex of this module, for the ReDoS test. */
export const superlativeTermsPatterns: readonly RegExp[] = [offerWithBefore, shareOfClass, clauseEnd, recordThing, verblessNone]

/** Whether the words before an `every` (`lead`, its sentence's end of at most 40 characters) are the terms of an offer: `free with every tree`. */
export function offerTerms(lead: string): boolean {
  return offerWithBefore.test(lead)
}

/** Whether the words before a `never` (`lead`, at most 100 characters) hold a share of a class in its clause: `one in five crews that set out never`. */
export function shareNever(lead: string): boolean {
  let from = 0
  for (const stop of lead.matchAll(clauseEnd)) from = stop.index + 1
  return shareOfClass.test(lead.slice(from))
}

/** Whether a `record` match (`match`, from `a record`) names a thing: `a record you bought`. */
export function recordNamesThing(match: string): boolean {
  return recordThing.test(match)
}

/** Whether the words after a `No other` (`rest`, up to 48 characters) close a verbless note of a plural: `No other technical issues.` */
export function noneNoted(rest: string): boolean {
  return verblessNone.test(rest)
}
