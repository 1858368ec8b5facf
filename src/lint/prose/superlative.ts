import type {PatternRule, Span} from './span.js'
import {detectQuotations} from './quotation.js'
import {after, before, findSpans, wordBefore} from './span.js'

const theSuperlative =
  /\b(?:the|its|their|his|her|our)\s+(?:(?:single|very|second|third|world's|world’s)\s+)?(?:\p{L}{2,}est(?:-\p{L}+)?|best(?:-\p{L}+)?|worst|greatest|most\s+\p{L}+|least\s+\p{L}+|only)\b/giu
/** After a possessive: `the company's worst day`. */
const possessiveSuperlative = /(?<=\p{L}['’]s\s)(?:\p{L}{2,}est|best|worst|greatest|most\s+\p{L}+|least\s+\p{L}+)\b/giu
const absolute =
  /\b(?:never|always|invariably|without\s+exception|unprecedented|no\s+one|nobody|no\s+other|every\s+single|all\s+(?:experts|scientists|economists|countries|states|governments|migrants|refugees|observers))\b/giu
/** A superlative after a linking verb, without `the`: `The gap is widest`, `is most severe`. */
const predicative =
  /\b(?:is|are|was|were|be|been|remains?|remained|seems?|became|becomes)\s+(?:(?:by\s+far|much)\s+)?(?:\p{L}{3,}est|best|worst|most\s+\p{L}{3,}|least\s+\p{L}{3,})\b(?!\s+(?:of|in|part)\b)/giu
/** An adverb in the superlative after its verb: `hit hardest`, `fell hardest`, `talk about it least.` */
const adverbial = /\b\p{L}{1,24}\s(?:hardest|worst-hit|hardest-hit)\b/giu
/** `Governments talk about it least.`: `least` or `most` closing a clause. */
const clauseFinal = /(?<!\b(?:at|the|its|their|our|his|her)\s)\b(?:least|most)(?=\s*[.;!?])/giu
/** `faster than any other form`, `more than in any previous year`, `than ever before`. */
const thanAny = /\bthan\s+(?:in\s+|at\s+)?(?:any(?:one|thing|where)?(?:\s+(?:other|previous|earlier|before))?|ever\s+before)\b/giu
/** `the first ever`, `the world's first`, `remains the first destination`. */
const first =
  /\b(?:the\s+first[\s-]+ever|(?:the\s+)?world['’]s\s+first|(?:remains?|remained|ranks?|ranked|is\s+now|was\s+once)\s+the\s+(?:first|top|leading|biggest)\s+\p{L}+)\b/giu
/** `in every region`, `Every serious study`, `every previous wave`: all of something, not every year. */
const every =
  /(?:(?<=^|[.!?:;]\s)|(?<=\b(?:in|across|on|for|from)\s))every\s+(?:(?:single|other|previous|serious|major|known)\s+)?(?!(?:year|day|week|month|time|morning|evening|night|winter|summer|spring|autumn|season|hour|minute|decade|so|now)\b)\p{L}+/giu

const ever = /\b(?:has|have|had)\s+ever\b/giu
const record =
  /\b(?:(?:an?\s+)?(?:all-time|record)\s+(?:high|low|highs|lows|levels?|numbers?)|a\s+(?:new\s+)?record\s+(?!of\b)\p{L}+)\b/giu

/** Words in `-est` that are not superlatives, and superlatives that claim nothing absolute. */
const notSuperlative =
  /\s(?:interest|west|rest|test|request|forest|harvest|protest|contest|guest|nest|chest|quest|conquest|manifest|honest|modest|earnest|arrest|inquest|digest|behest|crest|vest|pest|zest|bequest|unrest|priest|midwest|northwest|southwest|latest|pretest|most\s+part|most\s+recent|least\s+developed|very\s+least|least\s+of)$/iu
/** Hedges before a superlative or absolute: `one of the largest`, `not always`, `almost never`. */
const hedgeBefore =
  /\b(?:one\s+of|among|not|almost|nearly|virtually|hardly|if\s+not|arguably|perhaps|probably|possibly|by\s+far\s+not)\s+$/iu

/** `nobody I know`, `no one we spoke to`: an absolute about the writer's own circle. */
const ownCircle = /^\s+(?:I|we)\b/u
/** `we will never know`: the writer's own future, not a claim about the world. */
const ownFuture = /\b(?:I|we|you)\s+(?:will|would|may|might|could|can|shall)\s+$/iu
/** A preposition before a superlative that picks something out: `in the deepest part`, `on the poorest wards` (with `the`: `on its busiest day` claims). */
const pickedBefore = /\b(?:in|on|during|with|from|into|onto|near|among)\s+$/iu
const theWord = /^the\s/iu

/** Every regex of this module, for the ReDoS test. */
export const superlativePatterns: readonly RegExp[] = [
  theSuperlative,
  possessiveSuperlative,
  absolute,
  ever,
  record,
  notSuperlative,
  hedgeBefore,
  predicative,
  adverbial,
  clauseFinal,
  thanAny,
  first,
  every,
  pickedBefore,
  theWord,
  ownCircle,
  ownFuture
]

function unhedged(text: string, match: RegExpMatchArray): boolean {
  return !hedgeBefore.test(before(text, match.index!, 24))
}

const rules: PatternRule[] = [
  {
    regex: theSuperlative,
    kind: 'superlative',
    accept: (text, match) =>
      unhedged(text, match) && !notSuperlative.test(' ' + match[0].slice(-24)) && !(theWord.test(match[0]) && pickedBefore.test(before(text, match.index!, 12)))
  },
  {
    regex: possessiveSuperlative,
    kind: 'superlative',
    accept: (text, match) => unhedged(text, match) && !notSuperlative.test(' ' + match[0].slice(-24))
  },
  {
    regex: predicative,
    kind: 'superlative',
    accept: (text, match) => unhedged(text, match) && !notSuperlative.test(' ' + match[0].slice(-24))
  },
  {regex: adverbial, kind: 'superlative', accept: unhedged},
  {regex: clauseFinal, kind: 'superlative', accept: unhedged},
  {regex: thanAny, kind: 'than', accept: unhedged},
  {regex: first, kind: 'superlative', accept: unhedged},
  {regex: every, kind: 'absolute', accept: unhedged},
  {
    regex: absolute,
    kind: 'absolute',
    accept: (text, match) =>
      unhedged(text, match) &&
      !ownCircle.test(after(text, match.index! + match[0].length, 8)) &&
      !ownFuture.test(before(text, match.index!, 16))
  },
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
  const found = findSpans(text, rules).map((span) => (span.kind === 'than' ? withComparative(text, span) : span))
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

/** `than any other` with the comparative before it: `faster than any other`, `more common than ever before`. */
function withComparative(text: string, span: Span): Span {
  let start = span.start
  const word = wordBefore(text, start)
  if (word.length >= 4 && word.toLowerCase().endsWith('er')) {
    start = text.lastIndexOf(word, start)
  } else if (word.length > 0) {
    const from = text.lastIndexOf(word, start)
    if (wordBefore(text, from).toLowerCase() === 'more') start = text.lastIndexOf('more', from)
    else if (word.toLowerCase() === 'more') start = from
  }
  return {start, end: span.end, kind: 'superlative'}
}
