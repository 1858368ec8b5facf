import type {PatternRule, Span} from './span.js'
import {detectQuotations} from './quotation.js'
import {before, findSpans} from './span.js'

const theSuperlative =
  /\b(?:the|its|their|his|her|our)\s+(?:(?:single|very|second|third|world's|world’s)\s+)?(?:\p{L}{2,}est|best|worst|greatest|most\s+\p{L}+|least\s+\p{L}+|only)\b/giu
const absolute =
  /\b(?:never|always|invariably|without\s+exception|unprecedented|no\s+one|nobody|everyone|everybody|every\s+single|all\s+(?:experts|scientists|economists|countries|states|governments|migrants|refugees|observers))\b/giu

const ever = /\b(?:has|have|had)\s+ever\b/giu
const record =
  /\b(?:(?:an?\s+)?(?:all-time|record)\s+(?:high|low|highs|lows|levels?|numbers?)|a\s+(?:new\s+)?record\s+(?!of\b)\p{L}+)\b/giu

/** Words in `-est` that are not superlatives, and superlatives that claim nothing absolute. */
const notSuperlative =
  /\s(?:interest|west|rest|test|request|forest|harvest|protest|contest|guest|nest|chest|quest|conquest|manifest|honest|modest|earnest|arrest|inquest|digest|behest|crest|vest|pest|zest|bequest|unrest|priest|midwest|northwest|southwest|latest|pretest|most\s+part|most\s+recent|least\s+developed|very\s+least|least\s+of)$/iu
/** Hedges before a superlative or absolute: `one of the largest`, `not always`, `almost never`. */
const hedgeBefore =
  /\b(?:one\s+of|among|not|almost|nearly|virtually|hardly|if\s+not|arguably|perhaps|probably|possibly|by\s+far\s+not)\s+$/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativePatterns: readonly RegExp[] = [theSuperlative, absolute, ever, record, notSuperlative, hedgeBefore]

function unhedged(text: string, match: RegExpMatchArray): boolean {
  return !hedgeBefore.test(before(text, match.index!, 24))
}

const rules: PatternRule[] = [
  {
    regex: theSuperlative,
    kind: 'superlative',
    accept: (text, match) => unhedged(text, match) && !notSuperlative.test(match[0].slice(-24))
  },
  {regex: absolute, kind: 'absolute', accept: unhedged},
  {regex: ever, kind: 'absolute', accept: unhedged},
  {regex: record, kind: 'superlative', accept: unhedged}
]

/**
 * The superlatives and absolutes in a block of prose: “the largest”, “the
 * most important”, “the only”, “never”, “always”, “unprecedented”. Hedged
 * ones (`one of the largest`, `almost always`) and words that only end in
 * `-est` (`the interest`, `the latest`) and words inside quotation marks are not.
 */
export function detectSuperlatives(text: string): Span[] {
  const found = findSpans(text, rules)
  if (found.length === 0) return found
  // Someone else's superlative, in quotes, is a quotation, not the draft's claim.
  const quoted = detectQuotations(text, {minimumWords: 1})
  // Both lists are sorted and quotes do not overlap: one walk over both.
  let next = 0
  return found.filter((span) => {
    while (next < quoted.length && quoted[next]!.end <= span.start) next++
    const quote = quoted[next]
    return !(quote && quote.start <= span.start && span.end <= quote.end)
  })
}
