/**
 * Split prose into sentences: one pass, abbreviation- and quotation-aware.
 *
 * The text is a block's visible text in which every atom (citation, footnote
 * reference, inline code, …) is one U+FFFC character, so markup never looks
 * like punctuation.
 */

/** One sentence: `[start, end)` into the text, without surrounding white space. */
export interface SentenceRange {
  start: number
  end: number
}

/** The character an atom stands for in prose text. */
export const atomCharacter = '\uFFFC'

// Abbreviations after which a full stop never ends a sentence
// (titles, Latin, “et al.”, dotted acronyms such as “U.S.” are matched by shape).
const neverEnd = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep',
  'rev', 'hon', 'capt', 'col', 'lt', 'sgt', 'cf', 'vs', 'v', 'viz', 'al', 'approx', 'ca', 'c',
  'esp', 'incl', 'ed', 'eds', 'trans', 'dept', 'univ', 'op', 'loc', 'ibid', 'resp', 'e.g', 'i.e',
  'n.b'
])

// Abbreviations that stand before a number (`p. 185`, `No. 5`, `Feb. 3`) or
// may end a sentence (`10 a.m.`, `etc.`): a full stop ends the sentence only
// when a capital letter follows.
const beforeNumber = new Set([
  'p', 'pp', 'no', 'nos', 'vol', 'vols', 'ch', 'chap', 'chaps', 'sec', 'secs', 'fig', 'figs',
  'para', 'paras', 'art', 'arts', 'eq', 'eqs', 'n', 'nn', 'ff', 'l', 'll', 'pt', 'pts', 'bk',
  'tab', 'ser', 'suppl', 'nr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'a.m', 'p.m', 'etc'
])

const capital = /\p{Lu}/u
const lowerCase = /\p{Ll}/u
const initial = /^\p{Lu}$/u
const dottedAcronym = /^(?:\p{L}\.)+\p{L}$/u
const wordCharacter = /[\p{L}.]/u
const leadingStops = /^\.+/
const space = /\s/

/** Every regex of this module (the ReDoS test checks them). */
export const sentenceRegexes: readonly RegExp[] = [capital, lowerCase, initial, dottedAcronym, wordCharacter, leadingStops, space]

const terminators = new Set(['.', '!', '?', '…', '‽'])
const closers = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '*', '_', atomCharacter])

/** The sentences of `text`, in order. Linear in the length of the text. */
export function splitSentences(text: string): SentenceRange[] {
  const sentences: SentenceRange[] = []
  const length = text.length
  let start = skipSpace(text, 0)
  let index = start

  while (index < length) {
    const char = text.charAt(index)
    if (!terminators.has(char)) {
      index++
      continue
    }
    let end = index + 1
    while (end < length && terminators.has(text.charAt(end))) end++
    if (char === '.' && end === index + 1 && !endsSentence(text, index)) {
      index = end
      continue
    }
    while (end < length && closers.has(text.charAt(end))) end++
    // A numbered note mark right after the full stop ends the sentence with it: `….[3–5] Next`, `….^1^ Next`, `….<sup>1</sup> Next`.
    const noted = afterNoteMark(text, end)
    if (noted > end) for (end = noted; end < length && closers.has(text.charAt(end)); ) end++
    const next = skipSpace(text, end)
    if (next === end && end < length) {
      // No space after: `3.5`, `e.g.,`, `…”so` — not a boundary.
      index = end
      continue
    }
    if (next < length && !startsSentence(text, next, text.charAt(index) === '.' ? abbreviationBefore(text, index) : '')) {
      index = next
      continue
    }
    sentences.push({start, end})
    start = next
    index = next
  }

  const end = trimEnd(text, length)
  if (start < end) sentences.push({start, end})
  return sentences
}

/** Whether the full stop at `index` can end a sentence at all. */
function endsSentence(text: string, index: number): boolean {
  const word = abbreviationBefore(text, index)
  if (word === '') return true
  // A degree's scale is a unit, not an initial nor `c.` for circa: `measured at 171 °C. The`.
  if (initial.test(word) && text.charAt(index - 2) === '°') return true
  const lower = word.toLowerCase()
  if (neverEnd.has(lower)) return false
  if (beforeNumber.has(lower)) return true
  // Initials (`J.`) and dotted acronyms (`U.S.`, `e.g.`).
  if (initial.test(word)) return false
  if (dottedAcronym.test(word)) return false
  return true
}

/** Whether a sentence can start at `index`, after a terminator that followed `word`. */
function startsSentence(text: string, index: number, word: string): boolean {
  const char = text.charAt(index)
  if (lowerCase.test(char)) return false
  if (beforeNumber.has(word.toLowerCase())) return capital.test(char)
  return true
}

/** The word before the full stop at `index` (letters and inner dots), at most 12 characters. */
function abbreviationBefore(text: string, index: number): string {
  let from = index
  while (from > 0 && index - from < 12 && wordCharacter.test(text.charAt(from - 1))) from--
  // A word that runs on past the limit is no abbreviation.
  if (from > 0 && wordCharacter.test(text.charAt(from - 1))) return ''
  return text.slice(from, index).replace(leadingStops, '')
}

/**
 * The end of a numbered note mark at `index` (`[1]`, `[3–5]`, `[12, 14]`,
 * pandoc's superscript `^1^`, or digits between two atoms, as in
 * `<sup>1</sup>`), or `index` when none is there. Reads at most 40
 * characters.
 */
function afterNoteMark(text: string, index: number): number {
  const open = text.charAt(index)
  // `<sup>1</sup>`: the closers before took the opening atom; its digits go on to the closing one.
  const inAtoms = open >= '0' && open <= '9' && text.charAt(index - 1) === atomCharacter
  const close = open === '[' ? ']' : open === '^' ? '^' : inAtoms ? atomCharacter : ''
  if (close === '') return index
  let at = inAtoms ? index : index + 1
  let digits = 0
  while (at < text.length && at - index < 40) {
    const char = text.charAt(at)
    if (char >= '0' && char <= '9') digits++
    else if (char === close) break
    else if (!noteMarkInner.has(char)) return index
    at++
  }
  return digits > 0 && text.charAt(at) === close ? at + 1 : index
}

/** What a numbered note mark holds besides digits: `[3–5]`, `[12, 14]`. */
const noteMarkInner = new Set([',', ' ', '–', '-', '‐'])

function skipSpace(text: string, index: number): number {
  while (index < text.length && space.test(text.charAt(index))) index++
  return index
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && space.test(text.charAt(end - 1))) end--
  return end
}
