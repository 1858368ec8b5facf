import type {PatternRule} from './span.js'

// Two absolutes the other patterns did not reach (round 41).
// - `every` opening a contact relative clause after a noun, with a class of
//   people and a verb in the present: `the one rule every plasterer lives
//   by`, `the thing every rower dreads most` — what a whole trade or class
//   does, claimed of all of it.
// - A comparative against a thing's own past over a long span: `in better
//   shape than it has been for a century`, `cleaner than it has been in fifty
//   years` — a record over the span, as `the best in a century` is.

/**
 * `the rule every plasterer lives by`, `the thing every rower dreads`: a
 * noun after `the`, `one`, `a` or `an` (one word may stand between), then
 * `every`, up to two words of a class of people (a plural-forming ending of
 * an agent: `-er`, `-or`, `-ist`, `-ian`, `-ant`, `-ent`), and a verb in the
 * present singular.
 */
const everyInRelative =
  /(?<=(?:^|[^\p{L}'’-])(?:the|one|a|an)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}\s)every\s+(?:\p{Ll}+\s+)?\p{Ll}{2,}(?:er|or|ist|ian|ant|ent)\s+\p{Ll}{2,}s(?![\p{L}'’-])/gu
/** `better than it has been for a century`, `cleaner than they have been in fifty years`, `worse than at any time in decades` is not read: a comparative, `than`, a pronoun with the perfect of `be`, and a long span. */
const thanOwnPast =
  /(?<![\p{L}'’-])(?:better|worse|\p{Ll}{3,}er|more\s+\p{Ll}{3,}|less\s+\p{Ll}{3,})\s+(?:(?!(?:is|are|was|were|be|been|seems?|looks?)\s)\p{Ll}+\s+){0,2}?than\s+(?:it|they|he|she|we)\s+(?:has|have|had)\s+been\s+(?:for|in)\s+(?:(?:over|more\s+than|nearly|almost|well\s+over)\s+)?(?:a\s+(?:century|generation|lifetime|half-century)|(?:\p{Ll}+\s+|\d+\s+)?(?:decades|generations|centuries|years))(?![\p{L}'’-])/gu

/** Every regex of this module, for the ReDoS test. */
export const superlativeRelativePatterns: readonly RegExp[] = [everyInRelative, thanOwnPast]

/** The rules of this module, for superlative.ts's list (each match a span of the claim; offsets are 0-based UTF-16 code units). */
export const relativeRules: readonly PatternRule[] = [
  {regex: everyInRelative, kind: 'absolute'},
  {regex: thanOwnPast, kind: 'superlative'}
]
