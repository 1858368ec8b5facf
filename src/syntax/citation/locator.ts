/**
 * Split a citation's locator (`pp. 33-35`) from the rest of its suffix, the
 * way pandoc's citeproc locator parser does it, with the locator terms of the
 * en-US CSL locale.
 *
 * Rules (pandoc's):
 *
 * - an optional comma and space come first;
 * - then either a delimited locator `{label locator}` (label optional,
 *   `page` by default; anything up to the closing brace is the locator;
 *   empty braces `{}` mean no locator and vanish), or
 *   an integrated one: a label term (the longest term that matches, compared
 *   case-insensitively) followed by locator words, or no term and a first word
 *   with a digit (a bare number means `page`);
 * - locator words are page-like units (`33`, `33-35`, `1.2.3`, `xii`,
 *   `34(1)(a)`, `[17]`), joined by `,` or `;` and spaces; after an explicit
 *   term each word needs a digit or a roman numeral, after an implicit `page`
 *   each word needs a digit;
 * - everything after the last locator word is the suffix;
 * - a space is white space (a non-breaking one too) or pandoc's escaped
 *   space, `p.\ 33`, which its reader reads as a non-breaking space.
 */

/**
 * A locator split from a suffix.
 */
export interface ParsedLocator {
  /** CSL locator label, when a locator was found. */
  label?: string
  /** The locator without its term, when one was found. */
  locator?: string
  /** The rest of the text, trimmed, as written. */
  suffix: string
}

/**
 * Locator terms of the en-US CSL locale, by CSL label: long singular, long
 * plural, short singular, short plural, then symbols.
 *
 * The order is pandoc's: when two labels share a term the earlier wins
 * (`number-of-pages` has the same terms as `page` and never wins, so it is
 * left out).
 */
export const locatorTerms: ReadonlyArray<readonly [label: string, terms: readonly string[]]> = [
  ['book', ['book', 'books', 'bk.', 'bks.']],
  ['chapter', ['chapter', 'chapters', 'chap.', 'chaps.']],
  ['column', ['column', 'columns', 'col.', 'cols.']],
  ['figure', ['figure', 'figures', 'fig.', 'figs.']],
  ['folio', ['folio', 'folios', 'fol.', 'fols.']],
  ['issue', ['number', 'numbers', 'no.', 'nos.']],
  ['line', ['line', 'lines', 'l.', 'll.']],
  ['note', ['note', 'notes', 'n.', 'nn.']],
  ['opus', ['opus', 'opera', 'op.', 'opp.']],
  ['page', ['page', 'pages', 'p.', 'pp.']],
  ['paragraph', ['paragraph', 'paragraphs', 'para.', 'paras.', '¶', '¶¶']],
  ['part', ['part', 'parts', 'pt.', 'pts.']],
  ['section', ['section', 'sections', 'sec.', 'secs.', '§', '§§']],
  ['sub verbo', ['sub verbo', 'sub verbis', 's.v.', 's.vv.']],
  ['verse', ['verse', 'verses', 'v.', 'vv.']],
  ['volume', ['volume', 'volumes', 'vol.', 'vols.']]
]

const termToLabel = new Map<string, string>()
let longestTerm = 0

for (const [label, terms] of locatorTerms) {
  for (const term of terms) {
    if (!termToLabel.has(term)) termToLabel.set(term, label)
    longestTerm = Math.max(longestTerm, term.length)
  }
}

/**
 * The CSL label a term stands for (`pp.` → `page`), if any.
 */
export function labelForTerm(term: string): string | undefined {
  return termToLabel.get(term.trim().toLowerCase())
}

/**
 * The short term to write for a label (`page` → `p.`, or `pp.` for a range
 * or a list); the label itself when it has no term.
 */
export function termForLabel(label: string, locator = ''): string {
  const entry = locatorTerms.find(([name]) => name === label)
  if (!entry) return label
  const plural = /[-–—,&]|\band\b/.test(locator)
  return entry[1][plural ? 3 : 2] ?? label
}

/**
 * Split the text after a citation key into locator, label and suffix.
 *
 * @param text
 *   The text after the key as written (Markdown source).
 */
export function parseLocator(text: string): ParsedLocator {
  const tokens = tokenize(text)
  const found = locatorWords(tokens)

  // No locator: all of it is suffix.
  if (!found) return {suffix: text.trim()}

  const next = tokens[found.next]
  const rest = next ? text.slice(next.start) : ''
  // An empty one (`@smith{}, 99 years later`, pandoc's way of saying that
  // what follows is no locator): the braces go, the rest is suffix.
  if (found.locator.trim() === '') return {suffix: rest.trim()}

  return {
    label: found.label,
    locator: found.locator.trim(),
    suffix: rest.trim()
  }
}

// ---------------------------------------------------------------------------
// Tokens: pandoc splits its suffix inlines at every space and every
// punctuation character but `:`; inline markup (`*`, `_`) counts as nothing.

type Kind = 'space' | 'punct' | 'word' | 'note'

interface Token {
  kind: Kind
  /** Plain text (escapes decoded, code span content, ` ` for whitespace). */
  text: string
  /** Offsets in the source text. */
  start: number
  end: number
}

const punctuation = /^\p{P}$/u
const whitespace = /^\s$/u
const alphanumeric = /^[\p{L}\p{N}]$/u
const asciiPunctuation = /^[!-/:-@[-`{-~]$/

function isPunctuation(char: string): boolean {
  return char !== ':' && punctuation.test(char)
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const chars = Array.from(text)
  const offsets: number[] = []
  let offset = 0
  for (const char of chars) {
    offsets.push(offset)
    offset += char.length
  }
  offsets.push(offset)

  let word: Token | undefined
  let index = 0

  const at = (i: number): string => chars[i] ?? ''
  const from = (i: number): number => offsets[i] ?? text.length
  // White space, or pandoc's escaped space (`p.\ 3`, a non-breaking space): its length in characters, else 0.
  const spaceLength = (i: number): number => (whitespace.test(at(i)) ? 1 : at(i) === '\\' && at(i + 1) === ' ' ? 2 : 0)

  function push(token: Token): void {
    word = undefined
    tokens.push(token)
  }

  function addToWord(value: string, start: number, end: number): void {
    if (word) {
      word.text += value
      word.end = end
    } else {
      word = {kind: 'word', text: value, start, end}
      tokens.push(word)
    }
  }

  while (index < chars.length) {
    const char = at(index)

    let length = spaceLength(index)
    if (length > 0) {
      let end = index
      // One reading of each position of the run.
      while (length > 0) {
        end += length
        length = end < chars.length ? spaceLength(end) : 0
      }

      push({kind: 'space', text: ' ', start: from(index), end: from(end)})
      index = end
      continue
    }

    if (char === '\\' && asciiPunctuation.test(at(index + 1))) {
      const value = at(index + 1)
      if (isPunctuation(value)) {
        push({kind: 'punct', text: value, start: from(index), end: from(index + 2)})
      } else {
        addToWord(value, from(index), from(index + 2))
      }
      index += 2
      continue
    }

    if (char === '[' && at(index + 1) === '^') {
      // A footnote call (`p. 3[^fn]`): pandoc reads a note there, no text,
      // so it ends the locator and starts the suffix.
      let end = index + 2
      while (end < chars.length && at(end) !== ']' && at(end) !== '[' && !whitespace.test(at(end))) end++
      if (end > index + 2 && at(end) === ']') {
        push({kind: 'note', text: '', start: from(index), end: from(end + 1)})
        index = end + 1
        continue
      }
    }

    if (char === '`') {
      let size = 1
      while (at(index + size) === '`') size++
      const close = findClosingBackticks(chars, index + size, size)
      if (close === -1) {
        addToWord('`'.repeat(size), from(index), from(index + size))
      } else {
        addToWord(
          chars.slice(index + size, close).join('').trim(),
          from(index),
          from(close + size)
        )
      }
      index = close === -1 ? index + size : close + size
      continue
    }

    if (char === '*' || (char === '_' && !intraword(chars, index))) {
      // Emphasis markup: transparent.
      word = undefined
      index++
      continue
    }

    if (isPunctuation(char)) {
      push({kind: 'punct', text: char, start: from(index), end: from(index + 1)})
      index++
      continue
    }

    addToWord(char, from(index), from(index + 1))
    index++
  }

  return tokens
}

function intraword(chars: string[], index: number): boolean {
  let before = index - 1
  while (chars[before] === '_') before--
  let after = index + 1
  while (chars[after] === '_') after++
  return alphanumeric.test(chars[before] ?? '') && alphanumeric.test(chars[after] ?? '')
}

function findClosingBackticks(chars: string[], from: number, size: number): number {
  let index = from
  while (index < chars.length) {
    if (chars[index] === '`') {
      let run = 1
      while (chars[index + run] === '`') run++
      if (run === size) return index
      index += run
    } else {
      index++
    }
  }
  return -1
}

// ---------------------------------------------------------------------------
// The parser: a port of pandoc's `Text.Pandoc.Citeproc.Locator`, with
// explicit backtracking over token indices.

type Result<T> = {value: T; next: number} | undefined

/** A locator word: whether it is digit-like (digits or a roman numeral). */
type Unit = {digits: boolean; text: string}

function stringify(tokens: Token[], start: number, end: number): string {
  let value = ''
  for (let index = start; index < end; index++) value += tokens[index]?.text ?? ''
  return value
}

function matchChar(tokens: Token[], index: number, test: (char: string) => boolean): Result<string> {
  const token = tokens[index]
  if (token && (token.kind === 'punct' || token.kind === 'word') && Array.from(token.text).length === 1 && test(token.text)) {
    return {value: token.text, next: index + 1}
  }
  return undefined
}

function space(tokens: Token[], index: number): Result<string> {
  return tokens[index]?.kind === 'space' ? {value: ' ', next: index + 1} : undefined
}

function isLocatorPunct(token: Token): boolean {
  return token.kind === 'punct' && token.text !== '-' && token.text !== '–'
}

const roman = /^M*(?:CM)?D?(?:CD)?C*(?:XC)?L?(?:XL)?X*(?:IX)?V?(?:IV)?I*$/

function romanNumeral(tokens: Token[], index: number): Result<string> {
  const token = tokens[index]
  if (token && token.kind === 'word' && token.text !== '' && roman.test(token.text.toUpperCase())) {
    return {value: token.text, next: index + 1}
  }
  return undefined
}

function pageUnit(tokens: Token[], index: number): Result<Unit> {
  const numeral = romanNumeral(tokens, index)
  if (numeral) return {value: {digits: true, text: numeral.value}, next: numeral.next}

  let next = index
  while (next < tokens.length) {
    const token = tokens[next]
    if (!token || token.kind === 'space' || token.kind === 'note' || isLocatorPunct(token)) break
    next++
  }
  if (next === index) return undefined
  const text = stringify(tokens, index, next)
  return {value: {digits: /\d/.test(text), text}, next}
}

function withPeriod(tokens: Token[], index: number): Result<Unit> {
  const period = matchChar(tokens, index, (char) => char === '.')
  if (!period) return undefined
  const unit = pageUnit(tokens, period.next)
  if (!unit) return undefined
  return {value: {digits: unit.value.digits, text: '.' + unit.value.text}, next: unit.next}
}

/** `1`, `1.2.3`, `.2`; never a trailing period. */
function pageSequence(tokens: Token[], index: number): Result<Unit> {
  const first = pageUnit(tokens, index)
  if (first) {
    const units = [first.value]
    let next = first.next
    let more = withPeriod(tokens, next)
    while (more) {
      units.push(more.value)
      next = more.next
      more = withPeriod(tokens, next)
    }
    return {value: anyDigitLike(units), next}
  }
  return withPeriod(tokens, index)
}

function anyDigitLike(units: Unit[]): Unit {
  return {digits: units.some((unit) => unit.digits), text: units.map((unit) => unit.text).join('')}
}

type Parser<T> = (tokens: Token[], index: number) => Result<T>

/**
 * One or more of: `inner` (not starting with a bracket), or one level of
 * brackets around an optional `inner`.
 */
function balanced(pairs: ReadonlyArray<readonly [string, string]>, inner: Parser<Unit>): Parser<Unit> {
  const brackets = new Set(pairs.flat())

  const plain: Parser<Unit> = (tokens, index) => {
    if (matchChar(tokens, index, (char) => brackets.has(char))) return undefined
    return inner(tokens, index)
  }

  const surround: Parser<Unit> = (tokens, index) => {
    for (const [open, close] of pairs) {
      const opened = matchChar(tokens, index, (char) => char === open)
      if (!opened) continue
      const middle = plain(tokens, opened.next)
      const after = middle ? middle.next : opened.next
      const closed = matchChar(tokens, after, (char) => char === close)
      if (closed) {
        const mid = middle ? middle.value : {digits: false, text: ''}
        return {value: {digits: mid.digits, text: open + mid.text + close}, next: closed.next}
      }
    }
    return plain(tokens, index)
  }

  return (tokens, index) => {
    const units: Unit[] = []
    let next = index
    let result = surround(tokens, next)
    while (result) {
      units.push(result.value)
      next = result.next
      result = surround(tokens, next)
    }
    return units.length === 0 ? undefined : {value: anyDigitLike(units), next}
  }
}

const integratedWord = balanced(
  [
    ['{', '}'],
    ['[', ']'],
    ['(', ')']
  ],
  pageSequence
)

function locatorWord(tokens: Token[], index: number, isFirst: boolean): Result<Unit> {
  let next = index
  let punct = ''
  if (!isFirst) {
    const separator = matchChar(tokens, next, (char) => char === ',' || char === ';')
    if (separator) {
      punct = separator.value
      next = separator.next
    }
  }
  let sp = ''
  const spaced = space(tokens, next)
  if (spaced) {
    sp = ' '
    next = spaced.next
  }
  const word = integratedWord(tokens, next)
  if (!word) return undefined
  return {value: {digits: word.value.digits, text: punct + sp + word.value.text}, next: word.next}
}

function requireDigits(result: Result<Unit>): Result<string> {
  return result && /\d/.test(result.value.text) ? {value: result.value.text, next: result.next} : undefined
}

function requireRomansOrDigits(result: Result<Unit>): Result<string> {
  return result && result.value.digits ? {value: result.value.text, next: result.next} : undefined
}

/**
 * The longest label term that starts at `index` and ends where `limit`
 * matches.
 */
function label(tokens: Token[], index: number, limit: (index: number) => boolean): Result<string> {
  let best: Result<string>
  let text = ''
  let start = index

  while (start < tokens.length) {
    // Advance at least one token, then up to where `limit` matches.
    let end = start + 1
    while (end <= tokens.length && !limit(end)) end++
    if (end > tokens.length) break
    text += stringify(tokens, start, end)
    const key = text.trim().toLowerCase()
    if (key.length > longestTerm) break
    const found = termToLabel.get(key)
    if (found) best = {value: found, next: end}
    start = end
  }

  return best
}

function integrated(tokens: Token[], index: number): Result<{label: string; locator: string}> {
  let name: string
  let implicit = false
  let next: number

  const explicit = label(tokens, index, (at) =>
    Boolean(requireRomansOrDigits(locatorWord(tokens, at, true)))
  )

  if (explicit) {
    name = explicit.value
    next = explicit.next
  } else if (requireDigits(locatorWord(tokens, index, true))) {
    name = 'page'
    implicit = true
    next = index
  } else {
    return undefined
  }

  const modifier = implicit ? requireDigits : requireRomansOrDigits
  const first = modifier(locatorWord(tokens, next, !implicit))
  if (!first) return undefined
  let locator = first.value
  next = first.next
  let more = modifier(locatorWord(tokens, next, false))
  while (more) {
    locator += more.value
    next = more.next
    more = modifier(locatorWord(tokens, next, false))
  }

  return {value: {label: name, locator}, next}
}

const anyToken: Parser<Unit> = (tokens, index) => {
  const token = tokens[index]
  // A note is no locator text: the braces do not close around it.
  return token && token.kind !== 'note' ? {value: {digits: true, text: token.text}, next: index + 1} : undefined
}

const delimitedWord = balanced(
  [
    ['{', '}'],
    ['[', ']']
  ],
  anyToken
)

function delimited(tokens: Token[], index: number): Result<{label: string; locator: string}> {
  const open = matchChar(tokens, index, (char) => char === '{')
  if (!open) return undefined
  let next = open.next
  let spaced = space(tokens, next)
  while (spaced) {
    next = spaced.next
    spaced = space(tokens, next)
  }

  const found = label(tokens, next, (at) => at < tokens.length)
  const name = found ? found.value : 'page'
  if (found) next = found.next

  let locator = ''
  let word = delimitedWord(tokens, next)
  while (word) {
    locator += word.value.text
    next = word.next
    word = delimitedWord(tokens, next)
  }

  const close = matchChar(tokens, next, (char) => char === '}')
  if (!close) return undefined
  return {value: {label: name, locator}, next: close.next}
}

function locatorWords(tokens: Token[]): {label: string; locator: string; next: number} | undefined {
  let index = 0
  const comma = matchChar(tokens, index, (char) => char === ',')
  if (comma) index = comma.next
  const spaced = space(tokens, index)
  if (spaced) index = spaced.next

  const found = delimited(tokens, index) ?? integrated(tokens, index)
  if (!found) return undefined
  return {label: found.value.label, locator: found.value.locator, next: found.next}
}
