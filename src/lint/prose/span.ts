import {lastIndexAtMost} from '../../util/search.js'

/** What a prose detector found: `[start, end)` into the block's text. */
export interface Span {
  start: number
  end: number
  /** What kind of thing was found (`percentage`, `scale`, `double-quoted`, …). */
  kind: string
}

/** A detector's pattern: a global regex and the kind of span a match is. */
export interface PatternRule {
  readonly regex: RegExp
  readonly kind: string
  /** Optional veto of one match, given the text and the match (e.g. a year, a time). */
  readonly accept?: (text: string, match: RegExpMatchArray) => boolean
}

/**
 * Every match of every pattern, as spans sorted by start; overlapping or
 * touching spans are merged (the first pattern's kind wins).
 */
export function findSpans(text: string, rules: readonly PatternRule[]): Span[] {
  const spans: Span[] = []
  for (const rule of rules) {
    for (const match of text.matchAll(rule.regex)) {
      if (match[0].length === 0) continue
      if (rule.accept && !rule.accept(text, match)) continue
      spans.push({start: match.index, end: match.index + match[0].length, kind: rule.kind})
    }
  }
  return mergeSpans(spans)
}

/** Sort spans and merge the ones that overlap. */
export function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end)
    } else {
      merged.push({...span})
    }
  }
  return merged
}

/** The `size` characters before `index` (a bounded look back for vetoes). */
export function before(text: string, index: number, size = 24): string {
  return text.slice(Math.max(0, index - size), index)
}

/** White space opening a slice. */
const leadingWhite = /^\s+/u

/**
 * The words after a match, past the white space that follows it (a
 * lookahead such as `(?=\s+\p{L})` leaves the word after out of the match),
 * at most `size` characters (UTF-16 code units).
 */
export function wordsAfter(text: string, match: RegExpMatchArray, size: number): string {
  const end = match.index! + match[0].length
  return text.slice(end, end + size + 8).replace(leadingWhite, '').slice(0, size)
}

const upperFirst = /^\p{Lu}/u
/** A digit: where a span's number starts. */
const digit = /\d/u
/** A full stop, question or exclamation mark and the space after it, before a capital: where a sentence ends. */
const sentenceEnd = /[.!?]["”’')]*\s+(?=["“‘'(]?[\p{Lu}$€£¥])/gu

/** The same, with a note's atom after the mark (`sold out.[^1] Next`): the note belongs to the sentence before. */
const sentenceEndWithNote = /[.!?]["”’')]*\uFFFC*\s+(?=["“‘'(]?[\p{Lu}$€£¥])/gu

/** Every regex of this module, for the ReDoS test. */
export const spanPatterns: readonly RegExp[] = [upperFirst, leadingWhite, digit, sentenceEnd, sentenceEndWithNote]

/**
 * Where the sentences of a block's text start (0-based offsets, the first is
 * 0), by a light split at `.`, `?` or `!` before a capital: enough for the
 * detectors' look at a finding's own sentence. One pass.
 */
export function sentenceStarts(text: string): number[] {
  return [0, ...[...text.matchAll(sentenceEnd)].map((match) => match.index + match[0].length)]
}

/**
 * Where the sentences of a block's text start, as `sentenceStarts`, and also
 * after a full stop followed by a note's atom (`sold out.[^1] Subscriptions`),
 * so the next sentence's figures are not read with the words of the one
 * before. One pass.
 */
export function sentenceStartsAfterNotes(text: string): number[] {
  return [0, ...[...text.matchAll(sentenceEndWithNote)].map((match) => match.index + match[0].length)]
}

/** The index of the sentence (of `starts`, from `sentenceStarts`) that holds `offset` (binary search). */
export function sentenceAt(starts: readonly number[], offset: number): number {
  return lastIndexAtMost(starts, offset)
}

/**
 * The word right before `index`, past white space (letters, digits, `&`,
 * `.`, `-`; at most 32 characters): `UNHCR` in `UNHCR data`. Read backwards
 * in a loop, so its cost is bounded whatever the text.
 */
export function wordBefore(text: string, index: number): string {
  let end = index
  while (end > 0 && end > index - 8 && isSpace(text.charCodeAt(end - 1))) end--
  if (end === index) return ''
  let start = end
  while (start > 0 && end - start < 32 && isWordPart(text[start - 1]!)) start--
  return text.slice(start, end)
}

/** Whether a word starts with a capital letter. */
export function startsUpper(word: string): boolean {
  return upperFirst.test(word)
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0
}

function isWordPart(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9') || char === '&' || char === '.' || char === '-'
}

/**
 * The words of `lead` after the last match of `marks` (a global pattern of clause marks, such as
 * `/[;:]/gu`), or all of `lead` when none matches: the clause a cue must stand in. Reads `lead`
 * once, so a caller bounds the work by the slice it passes.
 */
export function lastClause(lead: string, marks: RegExp): string {
  let from = 0
  for (const match of lead.matchAll(marks)) from = match.index + match[0].length
  return lead.slice(from)
}

/** Where a span's number starts (0-based): after its words before it (`at least 0.5` → `0.5`), or the span's start when it has no digit. */
export function numberStart(text: string, span: Span): number {
  const at = text.slice(span.start, span.end).search(digit)
  return at > 0 ? span.start + at : span.start
}

/** The `size` characters from `index` on (a bounded look ahead for vetoes). */
export function after(text: string, index: number, size = 24): string {
  return text.slice(index, index + size)
}
