// Words a sentence gives to someone through a noun of remark after its
// verb (round 35): `The board noted the comment from one member that the
// plan "…"`, `Council received a complaint from a resident that …` — the
// words are the remark's maker's, one person no one names, whoever noted
// or received it.

/** Between the verb and the quotation: `the comment from one Fellow that …`, `a complaint by a neighbour`. */
const remarkFromUnnamed =
  /^\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:comment|comments|remark|remarks|view|complaint|observation|suggestion|point|criticism|objection|question|warning)\s+(?:from|of|by)\s+(?:one|a|an|another|some|several)\s+\p{L}[\p{L}'’-]*/u

/** Every regex of this module, for the ReDoS test. */
export const speakerRemarkPatterns: readonly RegExp[] = [remarkFromUnnamed]

/** Whether the words between a speech verb and its quotation give the quotation to an unnamed person's remark (`the comment from one Fellow that …`). */
export function remarkOfUnnamed(between: string): boolean {
  return remarkFromUnnamed.test(between)
}
