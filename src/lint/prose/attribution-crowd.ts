import type {PatternRule} from './span.js'

// An estimate or a saying lent to an unnamed crowd (round 38): `by some
// estimates`, `on most estimates`, `by all accounts` put a figure or a
// claim on estimates, counts or accounts nobody names, as `according to some`
// does; `Everyone's saying`, `everybody is predicting` pass on what a whole
// crowd says in the progressive, as `Everyone says` does in the present.
// `by some measures` (in some respects) is no source and stays out. A
// generation of a field (`Later folklorists treated it as`, `Earlier
// historians saw the riots as`) reading a thing `as` something gives the
// field's received view, in the past too: no one in it is named, where a
// past `treated … as` of a bare class is a narrative (`states treated
// migration as`).

/** `by some estimates`, `on most estimates`, `by one estimate`, `by all accounts`, `by many reckonings`, `by one count` (a tally kept by no one named, round 41): estimates or accounts of no one named. */
const byEstimates =
  /(?<![\p{L}'’-])(?:by|on)\s+(?:some|many|most|several|various|other|one|all|common)\s+(?:estimates?|accounts?|reckonings?|calculations?|counts?)(?![\p{L}'’-])(?!\s+(?:by|from|of)\s)/giu
/** `Everyone's saying`, `everybody is predicting`, `everyone was warning`: a whole crowd's saying in the progressive (not `Everyone was saying goodbye`: words of parting, no claim). */
const everyoneSaying =
  /(?<![\p{L}'’-])(?:everyone|everybody)(?:['’]s|\s+(?:is|was))\s+(?:(?:now|already|still|all)\s+)?(?:saying|claiming|predicting|warning|reckoning|talking\s+about)(?![\p{L}'’-])(?!\s+(?:goodbye|hello|grace|sorry|thanks|prayers)(?![\p{L}'’-]))/giu

/** `Later folklorists treated it as`, `Earlier historians generally saw the riots as`: a generation of a field and its reading. */
const generationReading =
  /(?<![\p{L}'’-])(?:later|earlier|subsequent|succeeding|modern|contemporary)\s+(?:[\p{L}-]+\s+)?\p{L}{2,}s\s+(?:(?:generally|usually|often|widely|mostly|largely|simply)\s+)?(?:treated|regarded|viewed|saw|read|interpreted|dismissed)(?=\s+(?:[\p{L}\d'’-]+\s+){1,6}as(?![\p{L}'’-]))/giu

/** Every regex of this module, for the ReDoS test. */
export const attributionCrowdPatterns: readonly RegExp[] = [byEstimates, everyoneSaying, generationReading]

/** The phrases of this module, by kind, for attribution-phrase.ts's list. */
export const crowdPhrases: readonly PatternRule[] = [
  {regex: byEstimates, kind: 'according-to'},
  {regex: everyoneSaying, kind: 'consensus'},
  {regex: generationReading, kind: 'source'}
]
