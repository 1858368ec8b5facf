import type {Span} from './span.js'

// A learned reading of a figure's role: a logistic model over the words of
// the figure's clause and of its neighbourhood, trained on the labelled
// paragraph sets (scripts/train-statistic-model.js) to tell a measured
// finding from a figure that is set, specified or part of a method. The
// detector's word cues (statistic.ts) decide first; the model only drops a
// figure they keep when it reads as no finding with high confidence.

/**
 * A word of a sentence: letters and digits joined by `'`, `.` or `,`
 * (`2,400`, `don't`), a sign, or a clause mark (`,`, `;`, `:`, a dash, a
 * bracket), which ends a figure's clause.
 */
const wordPattern = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*|[%£$€¥°±×]|[,;:—–()]/gu
/** A clause mark token. */
const clauseMark = /^[,;:—–()]$/u
/** A word that holds a digit: read as its shape, not its value. */
const digit = /\p{N}/u

/** Every regex of this module, for the ReDoS test. */
export const statisticModelPatterns: readonly RegExp[] = [wordPattern, digit, clauseMark]

/** A logistic model: `bias` plus the weights of the features present, against `threshold` (a log-odds). */
export interface FigureModel {
  readonly bias: number
  /** Feature name to weight (log-odds); absent features weigh 0. */
  readonly weights: Readonly<Record<string, number>>
  /** Log-odds below which a figure is read as no finding. */
  readonly threshold: number
}

interface Token {
  readonly word: string
  readonly start: number
  readonly end: number
}

/** One sentence read once for every figure in it: its words, signs and clause marks, in order. */
export interface SentenceReading {
  readonly tokens: readonly Token[]
}

/** How many words either side of a figure make its neighbourhood. */
const reach = 4
/** How many words either side of a figure its clause is read to, at most. */
const clauseReach = 12
/** How many of a figure's own words are read. */
const ownWords = 6

/**
 * Read the sentence from `from` to `to` (0-based offsets into `text`, end
 * exclusive) into tokens. Linear in the sentence.
 */
export function readSentence(text: string, from: number, to: number): SentenceReading {
  const tokens: Token[] = []
  for (const match of text.slice(from, to).matchAll(wordPattern)) {
    const word = digit.test(match[0]) ? '#' : match[0].toLowerCase()
    tokens.push({word, start: from + match.index, end: from + match.index + match[0].length})
  }
  return {tokens}
}

/**
 * The features of the figure at `span` (0-based offsets) in a sentence read
 * by `readSentence`: its kind (`k:`), its own
 * words (`s:`), the words right before and after it (`b1:`, `b2:`, `a1:`,
 * `a2:`), the pair before it (`bb:`), the words within four either side
 * (`n:`) and the words of its clause (`c:`, up to a clause mark, at most
 * twelve words either side), and the sentence's first word (`f:`). Finds
 * the figure's place by binary search and
 * reads a bounded window, so a sentence of many figures is not read once per
 * figure.
 */
export function figureFeatures(sentence: SentenceReading, span: Span): string[] {
  const {tokens} = sentence
  const first = firstAtOrAfter(tokens, span.start)
  let last = first
  while (last < tokens.length && tokens[last]!.start < span.end && last - first < ownWords) last++
  let next = last
  while (next < tokens.length && tokens[next]!.start < span.end) next++
  const word = (index: number): string => tokens[index]?.word ?? '^'
  const features = ['k:' + span.kind, 'b1:' + word(first - 1), 'b2:' + word(first - 2), 'bb:' + word(first - 2) + '_' + word(first - 1)]
  features.push('a1:' + (tokens[next]?.word ?? '$'), 'a2:' + (tokens[next + 1]?.word ?? '$'))
  for (let index = first; index < last; index++) features.push('s:' + tokens[index]!.word)
  for (let index = Math.max(0, first - reach); index < first; index++) features.push('n:' + tokens[index]!.word)
  for (let index = next; index < Math.min(tokens.length, next + reach); index++) features.push('n:' + tokens[index]!.word)
  for (let index = first - 1; index >= Math.max(0, first - clauseReach) && !clauseMark.test(tokens[index]!.word); index--) {
    features.push('c:' + tokens[index]!.word)
  }
  for (let index = next; index < Math.min(tokens.length, next + clauseReach) && !clauseMark.test(tokens[index]!.word); index++) {
    features.push('c:' + tokens[index]!.word)
  }
  if (tokens[0]) features.push('f:' + tokens[0].word)
  return features
}

/**
 * The model's log-odds that the figure at `span` is a finding (a statistic a
 * reviewer asks a source for): the bias and the weights of the figure's features.
 */
export function findingOdds(model: FigureModel, sentence: SentenceReading, span: Span): number {
  return figureFeatures(sentence, span).reduce((sum, feature) => sum + (model.weights[feature] ?? 0), model.bias)
}

/** The index of the first token that ends after `offset` (binary search). */
function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.end <= offset) low = middle + 1
    else high = middle
  }
  return low
}
