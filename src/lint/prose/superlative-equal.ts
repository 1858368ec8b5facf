import type {PatternRule} from './span.js'

// Rankings with no superlative word (round 47): none of a kind matching a
// thing, `Nothing else on the shelf burns as cleanly`, `No breed anywhere is
// as easy to train` (nothing else does as well: the thing is the best); none
// of a land's class having done a thing, `no Scottish lighthouse has lasted
// two centuries` (a universal over the class); and a superlative adverb
// closed by `of all` after its verb, `Cedar keeps moths away longest of all`.

/** `Nothing else on the shelf burns as cleanly as`, `No breed anywhere is as easy to train`: none, a verb, then `as` and a word of degree with its complement (not `as planned`, `as well`, `as far as`, `as usual`; not `no one` or `no other`, read elsewhere). */
const noneAsMuch =
  /(?<![\p{L}'’-])(?:[Nn]othing|[Nn]o\s+(?!(?:one|other|longer|more|less|doubt|matter)\b)\p{Ll}{3,}(?:\s+\p{Ll}{3,})?)(?:\s+(?:else|anywhere|elsewhere))?(?:\s+(?:on|in|at)\s+(?:the|this|our)\s+\p{Ll}{3,})?\s+(?:is|are|was|were|\p{Ll}{2,}s)\s+(?:quite\s+|nearly\s+|half\s+)?as\s+(?!(?:well|far|soon|long|much|many|planned|expected|usual|such|part|if|though|follows|yet|before|ever)\b)\p{Ll}{3,}(?:\s+an?\s+\p{Ll}{3,}|\s+to\s+\p{Ll}{3,}|\s+as\b)/gu
/** `no British pier has survived`, `No Welsh club has won`: none of a class a land's name bounds, in the perfect with a verb of doing (not `has been`, a narrated state). */
const noneOfLandHas =
  /(?<![\p{L}'’-])[Nn]o\s+\p{Lu}\p{Ll}{2,}\s+(?:\p{Ll}{3,}\s+)?\p{Ll}{3,}\s+(?:has|have)\s+(?:ever\s+)?(?!been\b)\p{Ll}+(?:ed|en|wn|ne|on|ot|ught)(?![\p{L}'’-])/gu
/** A superlative adverb closed by `of all`, after a verb or its object, not a determiner: `keeps its scent longest of all`, `sold best of all` (not `the best of all`, read as a ranked noun). */
const adverbOfAll =
  /(?<![\p{L}'’-])(?<!(?:the|its|their|our|his|her|my|your|a)\s)(?:longest|fastest|best|worst|hardest|furthest|farthest|highest|lowest|strongest|slowest|quickest|earliest|latest)\s+of\s+all(?![\p{L}'’-])/giu

/** Every regex of this module, for the ReDoS test. */
export const superlativeEqualPatterns: readonly RegExp[] = [noneAsMuch, noneOfLandHas, adverbOfAll]

/** The rankings of this module, each a span of its own kind. */
export const equalRules: readonly PatternRule[] = [
  {regex: noneAsMuch, kind: 'absolute'},
  {regex: noneOfLandHas, kind: 'absolute'},
  {regex: adverbOfAll, kind: 'superlative'}
]
