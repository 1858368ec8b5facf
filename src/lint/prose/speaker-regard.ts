// Two places of a quotation with no speech verb whose words no one is
// given (round 37):
// - after a passive of regard with no agent: `in Italy it was remembered, if
//   at all, as "…"`, `The play is known as "…"` — how a thing was held, by
//   nobody named (the sentence's subject is what was held, not who held it);
// - inside the clause of a noun of argument with an article, not a
//   possessor: `overlooks the counter-argument that schoolboys "…"`, `the
//   claim that the estate is "…"` — an argument nobody is named as making
//   (not `Hadfield's argument that`, nor `the argument Hadfield makes that`,
//   nor a belief the subject acts on after `with`, `in` or `on`: `founded the
//   school in 1927 with the belief that "…"`, round 58, which is the
//   sentence's subject's).

/** A passive of regard right before the quotation, an aside between commas allowed: `was remembered, if at all, as `. */
const passiveRegard =
  /(?<![\p{L}'’-])(?:is|are|was|were|been|being)\s+(?:(?:widely|generally|often|still|long|mostly|chiefly|usually|commonly)\s+)?(?:remembered|regarded|seen|known|dismissed|derided|considered|thought\s+of|written\s+off|mocked|caricatured)(?:\s*,[^,.;:!?]{1,40},)?\s+as\s*$/iu
/** A noun of argument with an article, and its `that` clause up to the quotation: `the counter-argument that Tudor schoolboys `. */
const argumentClause =
  /(?<![\p{L}'’-])(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:argument|counter-argument|counterargument|claim|view|idea|notion|suggestion|contention|belief|assertion|charge|complaint|thesis|assumption)\s+that\s+[^.;:!?"“”]{0,80}$/u
/** The preposition of a belief the subject acts on, right before the article: `with `, `in `. */
const actedOn = /(?<![\p{L}'’-])(?:with|in|on|upon|under)\s{1,3}$/iu

/** Every regex of this module, for the ReDoS test. */
export const speakerRegardPatterns: readonly RegExp[] = [passiveRegard, argumentClause, actedOn]

/** Whether the words before a quotation (`lead`, the sentence up to it, masked) give it to no one: a passive of regard or an argument nobody is named as making. */
export function regardedByNoOne(lead: string): boolean {
  const tail = lead.slice(-160)
  if (passiveRegard.test(tail)) return true
  // Each noun of argument whose clause runs to the quotation, from the first (the tail is at most 160 characters).
  for (let from = 0; from < tail.length; ) {
    const argument = argumentClause.exec(tail.slice(from))
    if (argument === null) return false
    if (!actedOn.test(tail.slice(0, from + argument.index))) return true
    from += argument.index + 1
  }
  return false
}
