import type {ProseBlock} from '../../extract/prose.js'
import {sentencesOf} from './coverage.js'
import type {ProseLanguage} from './language.js'
import type {Span} from './span.js'
import {mergeSpans} from './span.js'

/** Options of `detectQuotations`. */
export interface QuotationOptions {
  /** Fewest words inside the quotes for a quotation (default: 4; shorter spans are scare quotes or terms). */
  readonly minimumWords?: number | undefined
  /** Keep quoted titles (every long word capitalised) too: a superlative inside one is part of a name (default: false). */
  readonly titles?: boolean | undefined
}

/** A block quote that opens like this is a call-out (`> Note: …`, `> [!WARNING]`), not a quotation. */
const callout = /^\s*(?:\[!\w+\]|(?:note|nb|n\.b\.|warning|caution|tip|hint|important|info|update|edit)\s*:)/iu

/** Every regex of this module, for the ReDoS test (the quote scanner uses none). */
export const quotationPatterns: readonly RegExp[] = [callout]

/** Whether a block quote's first text marks it as a call-out rather than a quotation. */
export function isCallout(text: string): boolean {
  return callout.test(text.slice(0, 24))
}

type Role = 'open' | 'close' | 'none'

interface Open {
  index: number
  double: boolean
  /** Opened by `„` (which `“` closes) or `‚` (which `‘` closes): German style. */
  low: boolean
  /** Opened by a guillemet, which the guillemet facing the other way closes (`«…»`, `»…«`, `‹…›`, `›…‹`); 0 otherwise. */
  guillemet: number
}

/**
 * The quotations in a block of prose: spans from an opening to its closing
 * quote, straight (`"…"`, `'…'`), curly (`“…”`, `‘…’`), low (`„…“`, `‚…‘`)
 * or guillemets (`«…»`, `»…«`, `‹…›`), with at least `minimumWords` words
 * inside. Nested quotes lie inside their outer span. Apostrophes (`don't`,
 * `States’`) are not quotes, and a quoted title (every long word
 * capitalised) is not a quotation.
 *
 * One pass over the characters with a stack of open quotes: linear.
 */
export function detectQuotations(text: string, options: QuotationOptions = {}): Span[] {
  const minimumWords = options.minimumWords ?? 4
  const stack: Open[] = []
  let openDouble = 0
  let openSingle = 0
  let openLow = 0
  let openLowSingle = 0
  /** Open guillemets by character (`«`, `»`, `‹`, `›`): counted, so a guillemet's role is read in constant time. */
  const openGuillemets = new Map<number, number>()
  const spans: Span[] = []

  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (!isQuote(char)) continue
    const guillemet = isGuillemet(char)
    const double = char === 0x22 || char === 0x201c || char === 0x201d || char === 0x201e || char === 0xab || char === 0xbb
    // A guillemet closes one facing the other way that is open, and opens otherwise: `«…»` in French, `»…«` in German.
    const role = guillemet
      ? (openGuillemets.get(mirrorOf(char)) ?? 0) > 0
        ? 'close'
        : 'open'
      : char === 0x201c && openLow > 0
        ? 'close'
        : char === 0x2018 && openLowSingle > 0
          ? 'close'
          : roleOf(text, index, double, double ? openDouble > 0 : openSingle > 0)
    if (role === 'open') {
      const low = char === 0x201e || char === 0x201a
      stack.push({index, double, low, guillemet: guillemet ? char : 0})
      if (double) openDouble++
      else openSingle++
      if (low && double) openLow++
      if (low && !double) openLowSingle++
      if (guillemet) openGuillemets.set(char, (openGuillemets.get(char) ?? 0) + 1)
    } else if (role === 'close') {
      // Pop to the matching opener; openers of the other kind left inside are strays.
      while (stack.length > 0) {
        const open = stack.pop()!
        if (open.double) openDouble--
        else openSingle--
        if (open.low && open.double) openLow--
        if (open.low && !open.double) openLowSingle--
        if (open.guillemet !== 0) openGuillemets.set(open.guillemet, openGuillemets.get(open.guillemet)! - 1)
        if (guillemet ? open.guillemet === mirrorOf(char) : open.double === double && open.guillemet === 0) {
          const span: Span = {start: open.index, end: index + 1, kind: double ? 'double-quoted' : 'single-quoted'}
          if (isQuotation(text, span, minimumWords, options.titles === true)) spans.push(span)
          break
        }
      }
    }
  }

  return mergeSpans(spans)
}

/** Quotation marks: `"`, `'`, the curly and low ones (U+2018–U+201E, but the reversed U+201B) and the guillemets (`«»`, `‹›`). */
function isQuote(char: number): boolean {
  return char === 0x22 || char === 0x27 || (char >= 0x2018 && char <= 0x201e && char !== 0x201b) || isGuillemet(char)
}

function isGuillemet(char: number): boolean {
  return char === 0xab || char === 0xbb || char === 0x2039 || char === 0x203a
}

/** The guillemet facing the other way: `«` for `»`, `‹` for `›`. */
function mirrorOf(char: number): number {
  return char === 0xab ? 0xbb : char === 0xbb ? 0xab : char === 0x2039 ? 0x203a : 0x2039
}

function roleOf(text: string, index: number, double: boolean, isOpen: boolean): Role {
  const char = text[index]!
  const previous = index > 0 ? text[index - 1]! : ' '
  const next = index + 1 < text.length ? text[index + 1]! : ' '
  if (char === '“' || char === '„') return 'open'
  if (char === '”') return isOpen ? 'close' : 'none'
  if (char === '‘' || char === '‚') return 'open'
  const opens = opensBefore(previous) && !isSpace(next)
  if (double) {
    if (opens) return 'open'
    return isOpen && !isSpace(previous) ? 'close' : 'none'
  }
  // `'` and `’`: inside a word it is an apostrophe (`don't`); after a word it
  // closes an open single quote or is a possessive (`States’`).
  if (isWordChar(previous) && isWordChar(next)) return 'none'
  if (opens && isWordChar(next)) return char === "'" ? 'open' : 'none'
  if (isOpen && !isSpace(previous) && !isWordChar(next)) return 'close'
  return 'none'
}

function opensBefore(char: string): boolean {
  return isSpace(char) || '([{—–-/\uFFFC'.includes(char) || char === '“' || char === '‘' || char === '"' || char === "'"
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00a0'
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9'
}

function isWordChar(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9')
}

/** The number of words (runs of letters and digits, with inner `'` or `-`) in a text. */
export function wordCount(text: string): number {
  let words = 0
  let inWord = false
  for (const char of text) {
    const word: boolean = isWordChar(char) || ((char === "'" || char === '’' || char === '-') && inWord)
    if (word && !inWord) words++
    inWord = word
  }
  return words
}

function isQuotation(text: string, span: Span, minimumWords: number, titles: boolean): boolean {
  let words = 0
  let longWords = 0
  let capitalised = 0
  let inWord = false
  let wordStart = 0
  for (let index = span.start + 1; index < span.end - 1; index++) {
    const word = isWordChar(text[index]!) || ((text[index] === "'" || text[index] === '’' || text[index] === '-') && inWord)
    if (word && !inWord) {
      inWord = true
      wordStart = index
    } else if (!word && inWord) {
      inWord = false
      count(wordStart, index)
    }
  }
  if (inWord) count(wordStart, span.end - 1)
  if (words < minimumWords) return false
  // A title in quotes (“The Myth of the Invasion Crisis”) names a work; it quotes no one.
  return titles || !(longWords >= 2 && capitalised === longWords)

  function count(start: number, end: number): void {
    words++
    // A number in a title (`After the 2025 Act`) is neither a long word nor a lower-case one.
    if (end - start >= 4 && !isDigit(text[start]!)) {
      longWords++
      const first = text[start]!
      if (first !== first.toLowerCase()) capitalised++
    }
  }
}

/**
 * The quotations of a block that are someone's words, each with who its
 * sentence gives it to as its `kind`: `named`, `unnamed` or `none`. Terms,
 * titles and idioms in quotation marks (`a “first come, first served”
 * basis`, `as the saying goes, “…”`: the language's `isQuotedTerm`) are left out. A quotation that opens a sentence with no speaker
 * of its own, right after a sentence whose quotation has a named speaker,
 * continues that speaker's words.
 */
export function attributedQuotations(block: ProseBlock, language: ProseLanguage, minimumWords: number): Span[] {
  const {text, sentences} = block
  const result: Span[] = []
  let namedSentence = -2
  for (const quote of detectQuotations(text, {minimumWords})) {
    if (language.isQuotedTerm(text, quote)) continue
    const [first, last] = sentencesOf(block, quote)
    const from = first <= last ? sentences[first]!.start : 0
    const to = first <= last ? sentences[last]!.end : text.length
    const sentence = text.slice(from, Math.max(to, quote.end))
    const previous = first > 0 && first <= last ? text.slice(sentences[first - 1]!.start, sentences[first - 1]!.end) : ''
    let speaker = language.speaker(sentence, {start: quote.start - from, end: quote.end - from, kind: quote.kind}, previous)
    if (speaker === 'none' && namedSentence === first - 1 && quote.start - from <= 1) speaker = 'named'
    if (speaker === 'named') namedSentence = last
    result.push({start: quote.start, end: quote.end, kind: speaker})
  }
  return result
}
