import type {PatternRule} from './span.js'

// Rankings with no superlative word (round 47): none of a kind matching a
// thing, `Nothing else on the shelf burns as cleanly`, `No breed anywhere is
// as easy to train` (nothing else does as well: the thing is the best), and
// with a verb of matching, `Nothing else in the shop rivals it` (round 49); none
// of a land's class having done a thing, `no Scottish lighthouse has lasted
// two centuries` (a universal over the class); and a superlative adverb
// closed by `of all` after its verb, `Cedar keeps moths away longest of all`.

/** `Nothing else on the shelf burns as cleanly as`, `No breed anywhere is as easy to train`: none, a verb, then `as` and a word of degree with its complement (not `as planned`, `as well`, `as far as`, `as usual`; not `no one` or `no other`, read elsewhere). */
const noneAsMuch =
  /(?<![\p{L}'’-])(?:[Nn]othing|[Nn]o\s+(?!(?:one|other|longer|more|less|doubt|matter)\b)\p{Ll}{3,}(?:\s+\p{Ll}{3,})?)(?:\s+(?:else|anywhere|elsewhere))?(?:\s+(?:on|in|at)\s+(?:the|this|our)\s+\p{Ll}{3,})?\s+(?:is|are|was|were|\p{Ll}{2,}s)\s+(?:quite\s+|nearly\s+|half\s+)?as\s+(?!(?:well|far|soon|long|much|many|planned|expected|usual|such|part|if|though|follows|yet|before|ever)\b)\p{Ll}{3,}(?:\s+an?\s+\p{Ll}{3,}|\s+to\s+\p{Ll}{3,}|\s+as\b)/gu
/** `no British pier has survived`, `No Welsh club has won`: none of a class a land's name bounds, in the perfect with a verb of doing (not `has been`, a narrated state). */
const noneOfLandHas =
  /(?<![\p{L}'’-])[Nn]o\s+\p{Lu}\p{Ll}{2,}\s+(?:\p{Ll}{3,}\s+)?\p{Ll}{3,}\s+(?:has|have)\s+(?:ever\s+)?(?!been\b)\p{Ll}+(?:ed|en|wn|ne|on|ot|ught)(?![\p{L}'’-])/gu
/** `No arcade on the Essex coast has been trading longer`, `No fund in mid Wales has given more per household`: none of a kind in a named place (or the county, the region) having done more or for longer, a ranking with no superlative word (round 51). */
const noneInPlaceMore =
  /(?<![\p{L}'’-])[Nn]o\s+(?!(?:one|other|longer|more|less|doubt|matter)\b)\p{Ll}{3,}(?:\s+\p{Ll}{3,})?\s+(?:in|on|along|across|around)\s+(?:the\s+)?(?:(?:\p{Ll}{2,}\s+)?\p{Lu}\p{Ll}+(?:\s+\p{L}\p{Ll}+)?|(?:county|region|country|valley|district|world))\s+(?:has|have)\s+(?:ever\s+)?(?:been\s+)?\p{Ll}{3,}\s+(?:longer|more|further|faster|higher|better)(?:\s+per\s+\p{Ll}{3,})?(?![\p{L}'’-])/gu
/** A superlative adverb closed by `of all`, after a verb or its object, not a determiner: `keeps its scent longest of all`, `sold best of all` (not `the best of all`, read as a ranked noun). */
const adverbOfAll =
  /(?<![\p{L}'’-])(?<!(?:the|its|their|our|his|her|my|your|a)\s)(?:longest|fastest|best|worst|hardest|furthest|farthest|highest|lowest|strongest|slowest|quickest|earliest|latest)\s+of\s+all(?![\p{L}'’-])/giu

/** `Nothing else on the shelf matches a cast-iron pan`, `nothing else rivals`: none of the rest equal to a thing, with a verb of matching (the thing is the best, round 49; `else` is needed: `nothing matches the description` is no ranking). */
const noneElseMatches =
  /(?<![\p{L}'’-])[Nn]othing\s+else\s+(?:(?:on|in|at)\s+(?:the|this)\s+\p{Ll}{3,20}\s+)?(?:(?:quite|really|yet)\s+)?(?:matches|rivals|beats|equals|betters|outperforms|comes\s+close\s+to|compares\s+with)(?![\p{L}'’-])/gu

/** Every regex of this module, for the ReDoS test. */
export const superlativeEqualPatterns: readonly RegExp[] = [noneAsMuch, noneOfLandHas, adverbOfAll, noneElseMatches, noneInPlaceMore]

/** The rankings of this module, each a span of its own kind. */
export const equalRules: readonly PatternRule[] = [
  {regex: noneAsMuch, kind: 'absolute'},
  {regex: noneOfLandHas, kind: 'absolute'},
  {regex: noneElseMatches, kind: 'absolute'},
  {regex: noneInPlaceMore, kind: 'absolute'},
  {regex: adverbOfAll, kind: 'superlative'}
]
