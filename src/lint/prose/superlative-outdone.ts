import type {PatternRule} from './span.js'
import {after} from './span.js'

// Absolutes with no superlative word (round 38):
// - `every time` closing its clause (`Two coats beat one every time.`,
//   `it works every time, and …`): the thing holds on all occasions, an
//   absolute like `always`; `every time` with a clause after it (`every time
//   it rains`) is a conjunction of time and claims nothing;
// - none of a kind outdoing the one named, a comparative and `than` after a
//   subject `No` and a noun (`No county saw a bigger rise than Devon`, `No
//   port handles more cargo than Felixstowe`): the named one ranked above
//   all, as `the biggest` would. Not a bound (`No bag may weigh more than
//   20 kg`: `more than` and a figure is a limit).

/** `every time` (`every single time`) at the end of its clause: before a full stop, a semicolon, or a comma and a conjunction. */
const everyTimeClosing = /(?<![\p{L}'’-])every\s+(?:single\s+)?time(?=\s*[.;!?]|\s*,\s*(?:and|but|so)\s)/giu
/** `No county`, `No port`: a subject denying every one of a kind (its comparative is read after it, by `comparedAfter`). */
const noneOfKind = /(?<![\p{L}'’-])No\s+\p{Ll}[\p{Ll}-]*(?=\s)/gu
/**
 * A comparative and `than` within the clause after such a subject: ` saw a
 * bigger rise in enquiries than`, ` handles more cargo than` (a verb, up to
 * two words, the comparative, up to four words, `than`); not `more than` a
 * figure, nor `rather`, `other`, `ever`.
 */
const comparedAfter =
  /^\s+(?:\p{Ll}+\s+){1,2}?(?:(?!(?:rather|other|ever|never|over|under|either|after|per|her)\s)\p{Ll}{2,}er|more\s+(?!than\s)\p{Ll}{3,}|fewer\s+(?!than\s)\p{Ll}{3,}|less\s+(?!than\s)\p{Ll}{3,})\s+(?:[\p{L}-]+\s+){0,4}?than\s+(?![\d£$€])/u

/** Every regex of this module, for the ReDoS test. */
export const superlativeOutdonePatterns: readonly RegExp[] = [everyTimeClosing, noneOfKind, comparedAfter]

/** The absolutes of this module, each a span of its own kind. */
export const outdoneRules: readonly PatternRule[] = [
  {regex: everyTimeClosing, kind: 'absolute'},
  {regex: noneOfKind, kind: 'absolute', accept: (text, match) => comparedAfter.test(after(text, match.index! + match[0].length, 96))}
]
