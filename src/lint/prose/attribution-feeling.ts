// A thing that worries people (round 42). `worry` reports a view when a
// class of people holds the worry (`Parents worry that the road is unsafe`,
// `Growers worry about the frost`); with an object after it (`Late trains
// worry some commuters`, `The marks worry them`) its subject is the cause
// of a feeling, not a source, and no one is lent a claim. An object is a
// pronoun in the object case or a quantifier and its noun, with no verb
// after that would make it the subject of a reported clause (`Parents worry
// some schools are unsafe` still reports). A bare plural closing its
// clause is an object too (`Drone rules continue to worry members.`,
// round 50): no clause follows that a source could report.

/** `worry`, `worries`, `worried`: the verb of feeling. */
const worryVerb = /^worr(?:y|ies|ied)$/iu
/** An object right after the verb: `them`, `her`, `some patients`, `many owners`, not followed by a finite verb (`some schools are`). */
const feelingObject =
  /^\s+(?:them|him|her|us|me|(?:some|many|most|several|few|a\s+few|all|both|other)\s+[\p{L}'’-]+)(?![\p{L}'’-])(?!\s+(?:are|is|was|were|will|would|could|can|may|might|must|should|have|has|had|do|does|did|need|needs|cannot|can['’]t|won['’]t)(?![\p{L}'’-]))/iu

/** A bare plural right after the verb, closing its clause: ` members.`, ` anglers;` (not `sometimes`, `always`: adverbs; not `about costs.`: a preposition opens what is worried about). */
const closingPluralObject = /^\s+(?!(?:sometimes|always|nowadays|perhaps|besides|regardless|endlessly|needless)(?![\p{L}'’-]))\p{Ll}{2,}[^s\s'’]s\s*[.;!?]/u

/**
 * An adverb of habit right before the verb (`Guests often worry`, `Parents
 * sometimes worry`): a worry the writer meets often and raises to answer, as
 * the labelled sets read it (the twenty-first, eighty-first and eighty-fifth
 * leave it unlabelled), not a view lent to a crowd.
 */
const habitBefore = /(?<![\p{L}'’-])(?:often|sometimes|usually|commonly|frequently|occasionally|understandably|naturally)\s+$/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionFeelingPatterns: readonly RegExp[] = [worryVerb, feelingObject, closingPluralObject, habitBefore]

/**
 * Whether a reporting verb found at `verbStart` (0-based UTF-16 offset into
 * `text`, `verb` its matched text) is `worry` with an object after it: a
 * feeling caused, its subject no source; or a bare plural closing its
 * clause (`worry members.`); or `worry` after an adverb of habit (`Guests
 * often worry`), a common worry raised to be answered. Reads at most 20
 * characters before the verb and 40 after it.
 */
export function feelingCaused(text: string, verbStart: number, verb: string): boolean {
  if (!worryVerb.test(verb)) return false
  if (habitBefore.test(text.slice(Math.max(0, verbStart - 20), verbStart))) return true
  const end = verbStart + verb.length
  const rest = text.slice(end, end + 40)
  return feelingObject.test(rest) || closingPluralObject.test(rest)
}
