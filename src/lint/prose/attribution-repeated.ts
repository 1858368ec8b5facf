import type {PatternRule} from './span.js'

// An impersonal passive told as said again and again (round 37): `It has
// been said more than once in this inquiry that …`, `It has been argued
// repeatedly that …`. Who said it goes unnamed, as in `it is said that`;
// the words of repetition (and a phrase of place or occasion after them)
// only stand between the passive and its `that`.

/** `It has been said more than once (in this inquiry) that`, `It was claimed repeatedly that`. */
const saidRepeatedly =
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:said|claimed|suggested|argued|asserted|put\s+forward|alleged)\s+(?:more\s+than\s+once|repeatedly|many\s+times|several\s+times|again\s+and\s+again|time\s+and\s+again|at\s+least\s+once|often)(?:\s+(?:in|during|at|before|throughout)\s+(?:this|the|these)\s+[\p{L}-]+)?\s+that\b/giu

/** Every regex of this module, for the ReDoS test. */
export const attributionRepeatedPatterns: readonly RegExp[] = [saidRepeatedly]

/** The phrases of this module, by kind, for attribution-phrase.ts's list. */
export const repeatedPhrases: readonly PatternRule[] = [{regex: saidRepeatedly, kind: 'impersonal'}]
