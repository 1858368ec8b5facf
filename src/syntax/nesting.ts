import {markdownLineEndingOrSpace, unicodePunctuation, unicodeWhitespace} from 'micromark-util-character'
import {textColons} from './colons.js'

/**
 * How deep a document may nest before micromark reads it, per kind of
 * nesting. micromark's cost grows with depth × lines for block containers
 * (each line re-checks every open block quote, list item and directive
 * container), quadratically with nested brackets (each `]` looks back over
 * the label it may close), with runs of alternating emphasis markers and with
 * emphasis nested across runs (each matched pair is resolved again inside).
 * Real documents stay far below these; beyond them, a 250 KB upload could
 * hold a server for minutes (see docs/security.md).
 */
export const nestingLimits = {
  /** Block quotes, list items and directive containers, counted together. */
  containers: 32,
  /** Brackets `[` … `]` open at once (links, citations, text directive labels). */
  brackets: 32,
  /**
   * Characters a bracket pair holding other brackets may span; an unclosed
   * bracket further than this from its paragraph's end is masked silently.
   */
  bracketSpan: 1000,
  /** Emphasis markers (`*`, `_`) in one run without other characters between. */
  emphasis: 64,
  /**
   * Emphasis marker characters (`*`, `_`) of the runs open at once in one
   * paragraph (`*a _b *c …` or `***…`), whatever lies between them.
   */
  emphasisDepth: 100,
  /**
   * Lazy lines (continuing a paragraph of a block quote or list item without
   * its markers) in a row; the ones after are joined to the paragraph's line.
   */
  lazyLines: 100,
  /**
   * Levels of the tree (emphasis in emphasis, …); what lies deeper is kept as
   * the plain text of the node at the limit, so no writer recurses further.
   */
  tree: 200
} as const

/** A kind of nesting `guardNesting` limits. */
export type NestingKind = keyof typeof nestingLimits

/** The first place a document nests deeper than its limit, for one kind. */
export interface NestingProblem {
  readonly kind: NestingKind
  /** The depth there (1-based). */
  readonly depth: number
  /** Where: a 0-based offset in UTF-16 code units. */
  readonly offset: number
  /** How many markers were read as text. */
  readonly count: number
}

/** What `guardNesting` gives. */
export interface GuardedDocument {
  /**
   * The document to tokenize: the same length and line breaks as the input,
   * with each marker beyond a limit replaced by a private-use character
   * that micromark reads as text.
   */
  readonly value: string
  /** Each private-use character used, and the character it stands for. */
  readonly placeholders: ReadonlyMap<string, string>
  /** The first place beyond each limit. */
  readonly problems: readonly NestingProblem[]
  /** The offsets (0-based, UTF-16 code units) of the characters masked beyond a limit, ascending. */
  readonly masked: readonly number[]
}

interface Mask {
  offset: number
  char: string
  /** A character read as text that is no problem (see `textColons`): not in `masked`, not reported. */
  quiet?: boolean
}

interface Recorder {
  masks: Mask[]
  problems: Map<NestingKind, {depth: number; offset: number; count: number}>
}

// Placeholders are characters micromark reads as plain text (neither white
// space nor punctuation) that the document does not hold: first the C1
// controls (U+0080 to U+009F), which keep a document of Latin-1 text in
// one byte a character (a private-use placeholder makes V8 copy the whole
// masked document, and every string the parse slices from it, in two bytes
// a character: twice the memory), then the private-use characters (U+E000
// to U+F8FF).
const firstPlaceholder = 0x80

function nextPlaceholder(value: string, from: number): number {
  let candidate = from
  for (;;) {
    if (candidate > 0x9f && candidate < 0xe000) candidate = 0xe000
    if (candidate > 0xf8ff || !value.includes(String.fromCharCode(candidate))) return candidate
    candidate++
  }
}

/**
 * Find the markers a document nests beyond `nestingLimits` and mask them, so
 * that micromark reads them as text: positions do not move, and
 * `restorePlaceholders` gives every masked character back in the tree, so
 * no text is lost. Also masks the colons `textColons` finds (text that
 * micromark would try as syntax at a super-linear cost): not problems, so
 * not in `masked` nor reported. Linear in the document; never throws.
 */
export function guardNesting(value: string): GuardedDocument {
  const recorder: Recorder = {masks: [], problems: new Map()}
  containers(value, recorder)
  brackets(value, recorder)
  emphasis(value, recorder)
  emphasisDepth(value, recorder)
  for (const offset of textColons(value)) recorder.masks.push({offset, char: ':', quiet: true})
  if (recorder.masks.length === 0) return {value, placeholders: new Map(), problems: [], masked: []}
  // Brackets are masked in pairs as they close: put every mask in document order.
  recorder.masks.sort((a, b) => a.offset - b.offset)

  const byChar = new Map<string, string>()
  const placeholders = new Map<string, string>()
  let candidate = firstPlaceholder
  for (const {char} of recorder.masks) {
    if (byChar.has(char)) continue
    candidate = nextPlaceholder(value, candidate)
    // A document holding all 32 C1 controls and all 6,400 private-use characters keeps its nesting.
    if (candidate > 0xf8ff) return {value, placeholders: new Map(), problems: [], masked: []}
    const placeholder = String.fromCharCode(candidate++)
    byChar.set(char, placeholder)
    placeholders.set(placeholder, char)
  }

  let output = ''
  let last = 0
  let previous = -1
  const masked: number[] = []
  for (const {offset, char, quiet} of recorder.masks) {
    if (offset === previous) continue
    if (!quiet) masked.push(offset)
    output += value.slice(last, offset) + byChar.get(char)!
    last = offset + 1
    previous = offset
  }
  output += value.slice(last)

  const problems = [...recorder.problems].map(([kind, problem]) => ({kind, ...problem}))
  return {value: output, placeholders, problems, masked}
}


// `count`: how many markers the character makes (0 for a directive fence's colons after its first).
function note(recorder: Recorder, kind: NestingKind, depth: number, offset: number, char: string, count = 1): void {
  recorder.masks.push({offset, char})
  const problem = recorder.problems.get(kind)
  if (!problem) {
    recorder.problems.set(kind, {depth, offset, count})
    return
  }
  problem.count += count
  // Brackets are found as they close, inner first: report the first in the document.
  if (offset < problem.offset) {
    problem.offset = offset
    problem.depth = depth
  }
}

/** Block containers: `>`, list markers (nesting by indentation) and directive container fences. */
function containers(value: string, recorder: Recorder): void {
  const limit = nestingLimits.containers
  // Content columns of the open list items (lines without a `>` marker).
  const items: number[] = []
  let directives = 0
  let maskedDirectives = 0
  let fence: {char: string; size: number} | undefined
  // Whether the last line was paragraph text inside a container, and how many lazy lines followed it.
  let paragraph = false
  let lazy = 0
  let start = 0

  while (start <= value.length) {
    let end = start
    while (end < value.length && value[end] !== '\n' && value[end] !== '\r') end++
    let pos = start
    let column = 0
    let quotes = 0
    let depth = 0
    let indent = -1
    let marked = false

    // The container prefix: whitespace, `>` and list markers.
    for (;;) {
      while (pos < end && (value[pos] === ' ' || value[pos] === '\t')) {
        column += value[pos] === '\t' ? 4 - (column % 4) : 1
        pos++
      }
      if (indent === -1) indent = column
      if (pos >= end || fence) break
      const char = value[pos]!
      if (char === '>') {
        quotes++
        depth = quotes
        if (depth + directives > limit) note(recorder, 'containers', depth + directives, pos, '>')
        pos++
        column++
        continue
      }
      const marker = listMarker(value, pos, end)
      if (marker === 0) break
      if (quotes === 0 && !marked) {
        while (items.length > 0 && items.at(-1)! > column) items.pop()
      }
      marked = true
      depth = quotes === 0 ? items.length + 1 : depth + 1
      const over = depth + directives > limit
      if (over) note(recorder, 'containers', depth + directives, pos + marker - 1, value[pos + marker - 1]!)
      else if (quotes === 0) items.push(column + marker + 1)
      pos += marker
      column += marker
    }

    const blank = pos >= end
    const inItem = items.length > 0 && indent >= items.at(-1)!
    const prose = !blank && !fence && startsProse(value.charCodeAt(pos))
    if (prose && quotes === 0 && !marked && !inItem && indent < 4 && paragraph) {
      // A lazy line: micromark looks back over the whole paragraph for each.
      lazy++
      if (lazy > nestingLimits.lazyLines) {
        const ending = value[start - 2] === '\r' && value[start - 1] === '\n' ? start - 2 : start - 1
        for (let index = ending; index < start; index++) note(recorder, 'lazyLines', lazy, index, value[index]!, index === ending ? 1 : 0)
      }
    } else {
      lazy = 0
      paragraph = prose && (quotes > 0 || marked || inItem)
    }
    if (!blank && quotes === 0 && !marked && !fence) {
      while (items.length > 0 && items.at(-1)! > indent) items.pop()
    }

    // Fenced code: nothing inside is markup.
    const char = value[pos]
    if (!blank && (char === '`' || char === '~')) {
      let size = 0
      while (value[pos + size] === char) size++
      if (size >= 3) {
        if (!fence) fence = {char, size}
        else if (fence.char === char && size >= fence.size) fence = undefined
      }
    } else if (!blank && !fence && char === ':') {
      let size = 0
      while (value[pos + size] === ':') size++
      if (size >= 3) {
        const after = pos + size
        if (after < end && isAsciiAlpha(value.charCodeAt(after))) {
          const total = (quotes > 0 ? quotes : items.length) + directives + 1
          if (total > limit) {
            for (let index = pos; index < after; index++) note(recorder, 'containers', total, index, ':', index === pos ? 1 : 0)
            maskedDirectives++
          } else {
            directives++
          }
        } else if (value.slice(after, end).trim() === '') {
          if (maskedDirectives > 0) {
            for (let index = pos; index < after; index++) note(recorder, 'containers', directives, index, ':', index === pos ? 1 : 0)
            maskedDirectives--
          } else if (directives > 0) {
            directives--
          }
        }
      }
    }

    if (end >= value.length) break
    start = end + (value[end] === '\r' && value[end + 1] === '\n' ? 2 : 1)
  }
}

/** The length of a list marker at `pos` (`-`, `+`, `*`, `1.`, `1)`) followed by whitespace or the line's end, else 0. */
function listMarker(value: string, pos: number, end: number): number {
  const char = value[pos]
  let size = 0
  if (char === '-' || char === '+' || char === '*') {
    size = 1
  } else {
    while (size < 9 && pos + size < end && value.charCodeAt(pos + size) >= 48 && value.charCodeAt(pos + size) <= 57) size++
    if (size === 0 || (value[pos + size] !== '.' && value[pos + size] !== ')')) return 0
    size++
  }
  const next = value[pos + size]
  return pos + size >= end || next === ' ' || next === '\t' ? size : 0
}

/** Brackets: pairs opened beyond the limit, except the innermost ones (a citation's), read as text. */
function brackets(value: string, recorder: Recorder): void {
  const limit = nestingLimits.brackets
  const span = nestingLimits.bracketSpan
  // For each open bracket: its offset and whether another opened inside it.
  const open: Array<{offset: number; parent: boolean}> = []
  // A bracket never closed is text; micromark's autolink literals still look
  // back to it from every word after it: far enough away, mask it (silently:
  // it reads the same).
  const unclosed = (end: number): void => {
    for (const pair of open) if (end - pair.offset > span) recorder.masks.push({offset: pair.offset, char: '['})
    open.length = 0
  }
  for (let index = 0; index < value.length; index++) {
    const char = value[index]
    if (char === '\\') {
      index++
    } else if (char === '[') {
      const top = open.at(-1)
      if (top) top.parent = true
      open.push({offset: index, parent: false})
    } else if (char === ']') {
      const depth = open.length
      const pair = open.pop()
      if (pair && pair.parent && depth > limit) {
        note(recorder, 'brackets', depth, pair.offset, '[')
        note(recorder, 'brackets', depth, index, ']')
      } else if (pair && pair.parent && index - pair.offset > span) {
        note(recorder, 'brackets', depth, pair.offset, '[')
        note(recorder, 'brackets', depth, index, ']')
      }
    } else if (char === '\n' && (value[index + 1] === '\n' || (value[index + 1] === '\r' && value[index + 2] === '\n'))) {
      // A blank line ends every label.
      unclosed(index)
    }
  }
  unclosed(value.length)
}

/** Runs of emphasis markers: each sequence after the limit's worth in one run is read as text. */
function emphasis(value: string, recorder: Recorder): void {
  const limit = nestingLimits.emphasis
  let index = 0
  while (index < value.length) {
    if (value[index] !== '*' && value[index] !== '_') {
      index++
      continue
    }
    let sequences = 0
    let previous = ''
    const start = index
    while (index < value.length && (value[index] === '*' || value[index] === '_')) {
      if (value[index] !== previous) sequences++
      previous = value[index]!
      index++
    }
    if (sequences <= limit) continue
    let seen = 0
    previous = ''
    for (let at = start; at < index; at++) {
      if (value[at] !== previous) seen++
      previous = value[at]!
      if (seen > limit) note(recorder, 'emphasis', seen, at, value[at]!)
    }
  }
}

/** An emphasis opener waiting for its closer: its marker, the characters not yet matched, and whether it is read as text. */
interface Opener {
  char: string
  size: number
  masked: boolean
}

/**
 * Emphasis nested across runs: CommonMark's delimiter stack, simplified (no
 * rule of three; a closer closes the nearest opener of its character and
 * drops the ones above it), run over each paragraph (a blank line ends one)
 * in one pass. Each stack entry is popped at most once, so the pass is
 * linear. An opener that would take the open marker characters past the
 * limit is read as text, and so is every closer that meets one.
 */
function emphasisDepth(value: string, recorder: Recorder): void {
  const limit = nestingLimits.emphasisDepth
  const stack: Opener[] = []
  // Open marker characters, and open runs of each character.
  let depth = 0
  const counts = {'*': 0, _: 0}
  const mask = (start: number, end: number, at: number): void => {
    for (let index = start; index < end; index++) note(recorder, 'emphasisDepth', at, index, value[index]!, 1)
  }
  let index = 0
  // A top-level fenced code block is skipped whole: its `*` are not emphasis.
  let lineStart = true
  while (index < value.length) {
    if (lineStart) {
      lineStart = false
      const end = fencedCodeEnd(value, index)
      if (end !== index) {
        index = end
        lineStart = true
        continue
      }
    }
    const char = value[index]!
    if (char === '\\') {
      index += 2
      continue
    }
    if (char === '\n' || char === '\r') {
      lineStart = true
      // A blank line ends the paragraph: nothing stays open across it.
      let next = index + (char === '\r' && value[index + 1] === '\n' ? 2 : 1)
      while (next < value.length && (value[next] === ' ' || value[next] === '\t')) next++
      if (next >= value.length || value[next] === '\n' || value[next] === '\r') {
        stack.length = 0
        depth = 0
        counts['*'] = 0
        counts._ = 0
      }
      index++
      continue
    }
    if (char !== '*' && char !== '_') {
      index++
      continue
    }
    const start = index
    while (index < value.length && value[index] === char) index++
    const before = kind(start > 0 ? value.charCodeAt(start - 1) : null)
    const after = kind(index < value.length ? value.charCodeAt(index) : null)
    const left = after !== 1 && (after !== 2 || before !== 0)
    const right = before !== 1 && (before !== 2 || after !== 0)
    const opens = char === '*' ? left : left && (!right || before === 2)
    const closes = char === '*' ? right : right && (!left || after === 2)
    let size = index - start
    let maskedCloser = false
    if (closes) {
      while (size > 0 && counts[char] > 0) {
        const top = stack.at(-1)!
        if (top.char !== char) {
          stack.pop()
          depth -= top.size
          counts[top.char as '*' | '_']--
          continue
        }
        if (top.masked) maskedCloser = true
        const used = Math.min(size, top.size)
        size -= used
        top.size -= used
        depth -= used
        if (top.size === 0) {
          stack.pop()
          counts[char]--
        }
      }
      if (maskedCloser) {
        mask(start, index, depth + 1)
        continue
      }
    }
    if (opens && size > 0) {
      const masked = depth + size > limit
      if (masked) mask(start, index, depth + size)
      stack.push({char, size, masked})
      depth += size
      counts[char]++
    }
  }
}

/**
 * Where a top-level fenced code block that opens on the line at `start` ends
 * (the start of the line after its closing fence, or the document's end, as
 * CommonMark reads an unclosed fence), or `start` when the line opens none.
 * Only fences with at most three spaces before them and no container prefix;
 * a fence inside a block quote or list is still scanned (its `*` may count).
 * Each character is visited once.
 */
function fencedCodeEnd(value: string, start: number): number {
  let index = start
  while (index < value.length && index - start < 3 && value[index] === ' ') index++
  const fence = value[index]
  if (fence !== '`' && fence !== '~') return start
  const open = index
  while (index < value.length && value[index] === fence) index++
  const size = index - open
  if (size < 3) return start
  // An info string of a backtick fence holds no backtick.
  let lineEnd = index
  while (lineEnd < value.length && value[lineEnd] !== '\n' && value[lineEnd] !== '\r') {
    if (fence === '`' && value[lineEnd] === '`') return start
    lineEnd++
  }
  let line = nextLine(value, lineEnd)
  while (line < value.length) {
    let at = line
    while (at < value.length && at - line < 3 && value[at] === ' ') at++
    const runStart = at
    while (at < value.length && value[at] === fence) at++
    let rest = at
    while (rest < value.length && (value[rest] === ' ' || value[rest] === '\t')) rest++
    const end = endOfLine(value, line)
    if (at - runStart >= size && rest === end) return nextLine(value, end)
    line = nextLine(value, end)
  }
  return value.length
}

function endOfLine(value: string, index: number): number {
  while (index < value.length && value[index] !== '\n' && value[index] !== '\r') index++
  return index
}

function nextLine(value: string, lineEnd: number): number {
  if (value[lineEnd] === '\r' && value[lineEnd + 1] === '\n') return lineEnd + 2
  return Math.min(value.length, lineEnd + 1)
}

/** 1 for whitespace (or the document's edge), 2 for punctuation, 0 else: CommonMark's flanking classes. */
function kind(code: number | null): 0 | 1 | 2 {
  if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) return 1
  return unicodePunctuation(code) ? 2 : 0
}

/** Whether a line starting with this character is paragraph text (it can start no other block). */
function startsProse(code: number): boolean {
  return isAsciiAlpha(code) || (code >= 128 && code !== 0xfeff)
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
