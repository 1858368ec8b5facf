import type {PatternRule} from './span.js'

// A record over the writer's own long years (round 51): `the clearest colour
// I have seen in twenty years of judging`, `higher than I have known them in
// thirty years of trapping`. The writer's own experience alone (`the best loaf
// I ever baked`, `longer than any phone I have reviewed`) is no claim about the
// world; measured against decades of it, the comparison claims a record, as
// `the largest annual rise we have recorded` does. A span of ten years or
// more, in words or figures; not `in two years`.

/** `I have seen in twenty years`, `we've known in over 30 years`: the writer's experience bounded by a decade or more, after a superlative's noun. */
const ownYearsAfter =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:I|we)(?:\s+have|\s+had|['’]ve)\s+(?:ever\s+)?(?:seen|known|tasted|judged|handled|met|had|heard|recorded|grown)\s+(?:(?:it|them)\s+)?in\s+(?:(?:over|more\s+than|nearly|almost|all\s+(?:my|our))\s+)?(?:\d{2,3}|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{Ll}+)?\s+years(?![\p{L}'’-])/u

/** `higher than I have known them in thirty years`, `busier than we've seen it in 20 years`: a comparative against the writer's own decades. */
const thanOwnYears =
  /(?<![\p{L}'’-])(?:more\s+\p{Ll}{3,}|\p{Ll}{2,}er)\s+than\s+(?:I|we)(?:\s+have|\s+had|['’]ve)\s+(?:ever\s+)?(?:seen|known)\s+(?:it|them)\s+in\s+(?:(?:over|more\s+than|nearly|almost|all\s+(?:my|our))\s+)?(?:\d{2,3}|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{Ll}+)?\s+years(?![\p{L}'’-])/gu

/** Every regex of this module, for the ReDoS test. */
export const superlativeYearsPatterns: readonly RegExp[] = [ownYearsAfter, thanOwnYears]

/** Whether the words after a superlative measure it against the writer's own decades (`I have seen in twenty years`), a record claimed, not only the writer's experience. */
export function overOwnYears(rest: string): boolean {
  return ownYearsAfter.test(rest)
}

/** The comparatives against the writer's own decades, each a span of kind `superlative`. */
export const yearsRules: readonly PatternRule[] = [{regex: thanOwnYears, kind: 'superlative'}]
