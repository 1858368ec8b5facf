import type {PatternRule} from './span.js'

// Rankings and absolutes in phrases with no `the … -est` before a noun:
// `the ones most likely to` after a linking verb (`Older pumps are the ones
// most prone to leak`, `remain the package most exposed to`), a superlative adverb after a passive (`the strain is
// felt worst in rural clinics`) and none of any quantity (`no amount of
// paint hides the rot`), none of a kind ever (`no glued seam ever holds`)
// and a level unmatched for a span of time (`a price not seen since
// 1990`). Each claims that nothing of the world does better,
// more, or otherwise.

/** `are the ones most likely to`, `was the one least able to`: a ranking with a pronoun for its noun, after a linking verb. */
const theOnesMost =
  /(?<=(?<![\p{L}'’-])(?:is|are|was|were)\s{1,3}(?:(?:also|often|usually|always|still)\s{1,3})?)the\s+ones?\s+(?:most|least)\s+\p{Ll}{3,}(?![\p{L}'’-])/giu
/** `remain the package most exposed to`, `is the group most affected by`: a ranking with its superlative after the noun, after a linking verb, with the complement it ranks by (not `the place most people visit`: a quantifier). */
const nounThenMost =
  /(?<=(?<![\p{L}'’-])(?:is|are|was|were|remains?|remained)\s{1,3})the\s+(?!ones?\s)\p{Ll}[\p{Ll}-]{2,}\s+(?:most|least)\s+\p{Ll}{2,}(?:ed|ble|ive|ent|ant|ous|al|ly|prone)(?=\s+(?:to|by|from|at|in|on)\s)/giu
/** `is felt worst in`, `were hit hardest among`: a superlative adverb after a passive, with where or among whom after it (not `is best seen after rain`: advice, the other order). */
const passiveWorst =
  /(?<![\p{L}'’-])(?:is|are|was|were)\s+(?:(?:often|usually|always|now)\s+)?(?:felt|hit|seen|needed|used|spoken|known|heard|affected|\p{Ll}{3,}ed)\s+(?:worst|hardest|most|least|strongest|keenest|deepest)(?=\s+(?:in|among|at|on|by|where|when|during|across)\s)/giu
/** `no amount of money buys`, `no number of saplings will replace`: none of any quantity does it. */
const noAmountOf =
  /(?<![\p{L}'’-])no\s+(?:amount|number|quantity)\s+of\s+(?:[\p{L}'’-]+\s+){1,3}?(?:(?:can|could|will|would)\s+(?:ever\s+)?\p{Ll}{3,}|\p{Ll}{2,}[^s\s'’]s)(?![\p{L}'’-])/giu

/** `no glued seam ever holds`, `no hand-tied fly ever casts`: none of a kind, ever (not `no one ever`, `no other … ever`: the absolute words say those; not an auxiliary before `ever`, `No council has ever`: the `has ever` rule says that). */
const noKindEver =
  /(?<![\p{L}'’-])no\s+(?!(?:one|other|body)\b)(?:(?!(?:has|have|had|is|are|was|were|will|would|can|could|do|does|did|may|might|shall|should|must)\b)[\p{L}'’-]+\s+){1,3}?ever\s+\p{Ll}{3,}(?![\p{L}'’-])/giu
/** `a rate not seen since 2011`, `prices not matched since the war`: a level unmatched since a time, a record (not `the owl has not been seen since May`: a sighting missed). */
const notSeenSince =
  /(?<![\p{L}'’-])(?:an?\s+(?:[\p{L}'’-]+\s+){0,2}?|(?:levels|prices|rates|numbers|highs|lows|crowds|scenes|temperatures|speeds)\s+)not\s+(?:seen|recorded|matched|reached|witnessed|experienced)\s+since(?![\p{L}'’-])/giu

/** `Nothing cleans brass like vinegar`, `nothing beats a`: nothing of the world does it as well (not `nothing works like it should`: a clause after `like`; not `Nothing looks like`, a likeness). */
const nothingLike =
  /(?<![\p{L}'’-])[Nn]othing\s+(?:(?!(?:is|was|has|does|looks|seems|sounds|feels)\b)\p{Ll}{2,}s\s+(?:[\p{L}'’-]+\s+){0,3}?like|beats|rivals)(?![\p{L}'’-])(?!\s+(?:it|they|he|she|we|you|I)\s)/gu

/** Every regex of this module, for the ReDoS test. */
export const superlativePhrasePatterns: readonly RegExp[] = [theOnesMost, nounThenMost, passiveWorst, noAmountOf, noKindEver, notSeenSince, nothingLike]

/** The rankings and absolutes of this module, each a span of its own kind. */
export const phraseRules: readonly PatternRule[] = [
  {regex: theOnesMost, kind: 'superlative'},
  {regex: nounThenMost, kind: 'superlative'},
  {regex: passiveWorst, kind: 'superlative'},
  {regex: noAmountOf, kind: 'absolute'},
  {regex: noKindEver, kind: 'absolute'},
  {regex: notSeenSince, kind: 'superlative'},
  {regex: nothingLike, kind: 'absolute'}
]
