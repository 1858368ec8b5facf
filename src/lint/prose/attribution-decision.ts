// A decision a class takes, not a view it holds (round 36): `bus drivers in
// the union accepted a two-year deal`, `members rejected the pay offer`. The
// class acts on a bargain put to it; what it did is narrated, no claim about
// the world is lent to it (`Drivers accept that the routes are too long`
// stays a view). So is a course put before a class of bodies for approval
// (round 43): `Regulators have generally accepted this approach for
// surfactants`, `inspectors rejected the method`, `accepted the waiver`: a
// practice of deciding on submissions, not a claim about the world. See
// attribution.ts, which skips such a verb before reading its subject.

/** `accept` or `reject` in any form. */
const acceptOrReject = /^(?:accept|reject)(?:s|ed|ing)?$/iu
/** A bargain or a course put for approval as the verb's object, after a determiner and at most four words: ` a two-year deal`, ` the revised pay offer`, ` its terms`, ` this approach`. */
const bargainAfter =
  /^\s+(?:a|an|the|its|their|this|that|his|her)\s+(?:[\p{L}\d.%£$€'’-]+\s+){0,4}?(?:deal|offer|settlement|terms|proposal|package|bid|compromise|contract|award|agreement|buyout|redundancy|invitation|nomination|approach|method|waiver|submission|application|variation|request|procedure|protocol)(?:e?s)?(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionDecisionPatterns: readonly RegExp[] = [acceptOrReject, bargainAfter]

/** Whether the reporting verb at `verbStart` (its text `verb`, in `text`) is a decision on a bargain or a course put for approval (`accepted a two-year deal`, `accepted this approach`), not a view held. Reads at most 60 characters after it. */
export function decisionNotView(text: string, verbStart: number, verb: string): boolean {
  if (!acceptOrReject.test(verb)) return false
  const end = verbStart + verb.length
  return bargainAfter.test(text.slice(end, end + 60))
}
