import type {PatternRule} from './span.js'

// Sources named only by their kind, in forms the subject reader and the
// fixed phrases did not take (round 44). Each is a claim lent to someone the
// reader cannot look up:
// - `according to` a bare plural class with a word of trade or field before
//   it (`according to bus drivers`, `according to dance teachers`): the
//   class, not one of it, as `according to experts` is;
// - a passive whose agent is a bare plural class (`was told by neighbours`,
//   `were warned by engineers`): hearsay from a class, named by no one (not
//   `by the engineers`, a group the text points at, nor a name);
// - one body known only by its kind and standing, with a verb of finding
//   (`one large insurer found`, `a major lender reports`): no name, so no
//   one to check, as `a recent study found` is;
// - a definite plural of bodies of a trade with a verb of saying or
//   agreeing in the present (`the auction houses agree`, `the big banks
//   say`), when the paragraph before it has not named those bodies: `the`
//   presupposes bodies the reader knows and names none;
// - a quantified part of the writer's own clientele telling the writer
//   (`Many of our regular customers tell us`): hearsay from a class of the
//   people the writer serves, as `Players have told us` is, not the writer's
//   own survey;
// - a thing's habitual name or verdict in the impersonal passive (`is often
//   called the best`, `is sometimes dubbed a folly`): who calls it so goes
//   unnamed, as with `is usually described as`; not a name without an
//   article (`is often called ground elder`), a term, not a verdict;
// - a habitual finding in the impersonal passive (`are often found on
//   investigation to have`, `are usually found to be`): a finding lent to
//   no investigator (not `any part found to be worn`: no finite verb, a
//   participle qualifying its noun);
// - the same verdict in the perfect (`has been called the best`) and a view
//   held once (`were once thought a luxury`), round 62.

/** `according to dance teachers`: a lower-case word of trade or field, then a plural noun for people, and no body named after it. */
const accordingToClass =
  /(?<![\p{L}'’-])[Aa]ccording\s+to\s+(?!(?:the|its|his|her|their|our|your|my|these|those|this|that|some|many|most|several|various|local|senior|independent)\s)\p{Ll}{3,}\s+\p{Ll}{2,}(?:ers|ors|ists|ysts|ians|ants|ents)(?![\p{L}'’-])(?!\s+(?:from|of|at|in|with|for)\s+(?:the\s+)?\p{Lu})/gu
/** `was told by neighbours`, `were warned by local engineers`: a passive of telling whose agent is a bare plural for people. */
const toldByClass =
  /(?<![\p{L}'’-])(?:is|are|was|were|been|being)\s+(?:(?:often|repeatedly|also|once)\s+)?(?:told|informed|warned|assured|advised)\s+by\s+(?:(?:some|several|many|various|local|other)\s+)?(?:\p{Ll}{2,}(?:ers|ors|ists|ysts|ians|ants|ents|ours)|locals|friends|colleagues|experts|insiders)(?![\p{L}'’-])(?!\s+(?:from|of|at)\s+(?:the\s+)?\p{Lu})/gu
/** `one large insurer found`, `a major lender reports that`: one body of a kind, with `one` or a word of size or standing, and a verb of finding. */
const oneBodyFound =
  /(?<![\p{L}'’-])(?:[Oo]ne|[Aa]nother|(?:[Aa]n?)(?=\s+(?:large|major|leading|big|national|prominent)\s))\s+(?:(?:large|major|leading|big|national|prominent|well-known)\s+)?(?:insurer|underwriter|bank|lender|retailer|supermarket|broker|manufacturer|supplier|wholesaler|charity|consultancy|agency|operator|carrier|airline|developer|housebuilder|dealer|auctioneer|firm|company)\s+(?:(?:has|had)\s+)?(?:found|finds|reported|reports|estimated|estimates|calculated|calculates)(?![\p{L}'’-])/gu
/** `the auction houses agree`, `the big banks say`: `the`, at most two words, a plural noun of trading bodies, and a verb of saying or agreeing in the present. */
const theBodiesAgree =
  /(?<![\p{L}'’-])[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(houses|banks|lenders|insurers|retailers|supermarkets|brokers|dealers|auctioneers|manufacturers|suppliers|wholesalers|agencies|firms)\s+(?:(?:all|also|now|broadly|generally|largely)\s+)?(?:agree|say|report|believe|expect|warn|reckon|think)(?![\p{L}'’-])/gu
/** `Many of our regular users tell us`, `Some of our customers say`: a quantifier, `of our`, people the writer serves, and a verb of telling or saying. */
const partOfClientele =
  /(?<![\p{L}'’-])(?:[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|[Aa]\s+few|[Ll]ots|[Pp]lenty)\s+of\s+our\s+(?:[\p{L}-]+\s+){0,2}?(?:users|customers|clients|readers|visitors|patients|guests|tenants|subscribers|listeners|viewers|patrons|regulars|buyers|shoppers)\s+(?:(?:often|regularly|also|now|always|repeatedly)\s+)?(?:tell\s+us|told\s+us|say|said|report|reported)(?![\p{L}'’-])/gu
/**
 * `is often called the book's real hero`, `is sometimes dubbed a folly`: an
 * adverb of habit, a verb of naming and an article or possessive after it (a
 * verdict, not a bare name). Round 62, in the same scan: the perfect
 * (`has been called the best place in Europe`, `have long been dubbed a`),
 * with an adverb of habit and an article, or without one only `the` and a
 * superlative (not `has been called a superfood so often`, a word used, nor
 * `has been called off`); and a view held once by no one named (`were once
 * thought a luxury`, `was once considered the`, `were formerly regarded as`).
 */
const habitualNaming =
  /(?<![\p{L}'’-])(?:(?:is|are)\s+(?:(?:often|commonly|frequently|usually|sometimes|widely|generally|popularly|routinely|regularly)\s+)(?:called|dubbed|termed|hailed\s+as|labell?ed)(?=\s+(?:the|a|an)\s)|(?:has|have)\s+(?:(?:(?:often|long|frequently|sometimes|repeatedly|widely|commonly|popularly|variously)\s+)been\s+(?:called|dubbed|termed|hailed\s+as|described\s+as|labell?ed)(?=\s+(?:the|a|an)\s)|been\s+(?:called|dubbed|termed|hailed\s+as|described\s+as|labell?ed)(?=\s+the\s+(?:\p{L}{2,}est|best|worst|most|greatest|finest)(?![\p{L}'’-])))|(?:is|are|was|were)\s+(?:once|long|formerly)\s+(?:thought|considered|believed|deemed|regarded\s+as|seen\s+as|viewed\s+as)(?=\s+(?:the|a|an|to)\s))/giu
/** `are often found on investigation to have`, `is usually found to be`: a finite `be`, an adverb of habit, `found`, a short phrase of how, and `to`. */
const habitualFinding =
  /(?<![\p{L}'’-])(?:is|are)\s+(?:often|commonly|frequently|usually|generally|typically|sometimes|mostly|invariably)\s+found\s+(?:(?:on|in|after|under)\s+(?:[\p{L}-]+\s+){1,2}?)?to\s+(?:be|have)(?![\p{L}'’-])/giu

/** Every regex of this module, for the ReDoS test. */
export const attributionUnnamedPatterns: readonly RegExp[] = [accordingToClass, toldByClass, oneBodyFound, theBodiesAgree, partOfClientele, habitualNaming, habitualFinding]

/**
 * Whether the plural head of `the auction houses agree` (its group 1) stood
 * in the 600 code units of the text before the match: the bodies the
 * paragraph has named, pointed back at.
 */
function bodiesNamedBefore(text: string, match: RegExpMatchArray): boolean {
  const head = match[1]!.toLowerCase()
  const stem = head.endsWith('ies') ? head.slice(0, -3) : head.slice(0, -1)
  return text.slice(Math.max(0, match.index! - 600), match.index).toLowerCase().includes(stem)
}

/**
 * The phrase rules of sources named only by their kind (see the comment
 * above): each takes the text and a match (0-based UTF-16 offsets) and
 * yields a span of the kind given.
 */
export const unnamedPhrases: readonly PatternRule[] = [
  {regex: accordingToClass, kind: 'according-to'},
  {regex: toldByClass, kind: 'impersonal'},
  {regex: oneBodyFound, kind: 'study'},
  {regex: theBodiesAgree, kind: 'source', accept: (text, match) => !bodiesNamedBefore(text, match)},
  {regex: partOfClientele, kind: 'some'},
  {regex: habitualNaming, kind: 'impersonal'},
  {regex: habitualFinding, kind: 'impersonal'}
]
