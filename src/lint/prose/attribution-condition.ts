// Two verbs that report nothing where the words around them make a rule of
// them (see attribution.ts, which skips them before reading a subject):
// - `found` after `any` and a noun: a condition (`any shop found in breach
//   faces a fine`, `any dog found loose will be impounded`), the participle
//   qualifying the noun, not a finding lent to a class;
// - `claim` after a modal or a phrase of entitlement: a right to claim
//   something (`Members can claim a discount`, `Pupils are entitled to claim
//   free meals`), not a claim made about the world (`can claim that` stays);
//   the same of `suggest`, `propose`, `nominate` after a modal of
//   permission (round 39: `Applicants may suggest up to three names`, a
//   right the rule grants, not a view; `may suggest that` stays), and of
//   `report` (round 53: `Owners can report an empty property through the
//   website`, a channel the writer's service offers; `can report that`
//   stays).

/** `found` as a whole verb. */
const foundWord = /^found$/iu
/** `any` and one to three words in lower case, the noun the participle qualifies, right before it: `any shop `, `any unattended bag `. */
const anyNounBefore = /(?<![\p{L}'’-])any\s+(?:[\p{Ll}'’-]+\s+){1,3}$/iu
/** `claim` in any form, and `suggest`, `propose`, `nominate` (round 39) and `report` (round 53) in the bare form a modal takes. */
const claimWord = /^(?:claim(?:s|ed)?|suggest|propose|nominate|report)$/iu
/** A modal of ability or permission, or a phrase of entitlement, right before: `can `, `may also `, `are entitled to `, `will be able to `. */
const entitledBefore =
  /(?<![\p{L}'’-])(?:can|may|could|cannot|can['’]t|(?:is|are|were|was|be|become)\s+(?:entitled|eligible|able|allowed|invited|welcome|free)\s+to)\s+(?:(?:also|still|now|each|all|then)\s+)?$/iu
/** A clause after the verb: `can claim that`, `can claim it is` (a view, not a right). */
const clauseAfter = /^\s+(?:that|it\s+is|it\s+was|to\s+(?:be|have))(?![\p{L}'’-])/iu

/** Every regex of this module, for the ReDoS test. */
export const attributionConditionPatterns: readonly RegExp[] = [foundWord, anyNounBefore, claimWord, entitledBefore, clauseAfter]

/**
 * Whether the reporting verb at `verbStart` (its text `verb`, in `text`) is
 * part of a rule rather than a report: `any shop found`, `Members can claim
 * a discount`, `Applicants may suggest three names`. Reads at most 40 characters either side.
 */
export function ruleNotReport(text: string, verbStart: number, verb: string): boolean {
  const before = text.slice(Math.max(0, verbStart - 40), verbStart)
  if (foundWord.test(verb)) return anyNounBefore.test(before)
  if (!claimWord.test(verb)) return false
  const end = verbStart + verb.length
  return entitledBefore.test(before) && !clauseAfter.test(text.slice(end, end + 16))
}
