import type {PatternRule} from './span.js'

// Quantities written in forms the other patterns do not read, each a claim
// about the world that a reviewer asks a source for:
// - a range of two fractions (`losses of a quarter to a third`): a share,
//   stated as an estimate's two ends;
// - a headcount of the writer's own company, ten or more (`with 63 of us
//   squeezed in`): a turnout counted, not a small count in narrative;
// - a size written onto `-strong` (`a 400-strong crowd`, `the crowd was
//   400-strong`): a count of a gathering or a force.
// Each pattern starts at a fixed word or a number and reads a bounded phrase.

/** `a quarter to a third`, `a third or a half`: both ends are fractions in words, not a clock time (`a quarter to two`). */
const fractionRange =
  /\b(?:a|one)[\s-]+(?:third|quarter|fifth|tenth)\s+(?:to|or)\s+(?:a\s+half|half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|(?:a|one)[\s-]+(?:fifth|tenth)|(?:two|three|four)[\s-]+fifths)\b(?!\s+(?:an?|of\s+an?)\s+(?:hour|mile|day|century|dozen|minute|second|inch|metre|meter|kilometre|pint|litre|page)\b)/giu
/** `63 of us`, `120 of us`: the writer's company, ten or more, counted. */
const ofUs = /(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+|[1-9]\d{1,3})\s+of\s+us\b/giu
/** `400-strong`, `a 2,000-strong crowd`: a gathering's size, ten or more. */
const strong = /(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+|[1-9]\d{1,5})[-‐]strong\b/giu

/** Every regex of this module, for the ReDoS test. */
export const tallyPatterns: readonly RegExp[] = [fractionRange, ofUs, strong]

/** The tally patterns by kind. */
export const tallyRules: readonly PatternRule[] = [
  {regex: fractionRange, kind: 'proportion'},
  {regex: ofUs, kind: 'count'},
  {regex: strong, kind: 'count'}
]
