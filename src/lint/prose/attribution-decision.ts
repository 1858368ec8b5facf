// A decision a class takes, not a view it holds (round 36): `bus drivers in
// the union accepted a two-year deal`, `members rejected the pay offer`. The
// class acts on a bargain put to it; what it did is narrated, no claim about
// the world is lent to it (`Drivers accept that the routes are too long`
// stays a view). See attribution.ts, which skips such a verb before reading
// its subject.

/** `accept` or `reject` in any form. */
const acceptOrReject = /^(?:accept|reject)(?:s|ed|ing)?$/iu
/** A bargain as the verb's object, after a determiner and at most four words: ` a two-year deal`, ` the revised pay offer`, ` its terms`. */
const bargainAfter =
  /^\s+(?:a|an|the|its|their|this|that|his|her)\s+(?:[\p{L}\d.%£$€'’-]+\s+){0,4}?(?:deal|offer|settlement|terms|proposal|package|bid|compromise|contract|award|agreement|buyout|redundancy|invitation|nomination)s?(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionDecisionPatterns: readonly RegExp[] = [acceptOrReject, bargainAfter]

/** Whether the reporting verb at `verbStart` (its text `verb`, in `text`) is a decision on a bargain (`accepted a two-year deal`), not a view held. Reads at most 60 characters after it. */
export function decisionNotView(text: string, verbStart: number, verb: string): boolean {
  if (!acceptOrReject.test(verb)) return false
  const end = verbStart + verb.length
  return bargainAfter.test(text.slice(end, end + 60))
}
