import {textColons} from './colons.js'
import {brackets} from './nesting-brackets.js'
import {containers} from './nesting-containers.js'
import type {NestingProblem} from './nesting-limits.js'
import type {Recorder} from './nesting-record.js'
import {emphasisRuns} from './nesting-runs.js'

export {nestingLimits} from './nesting-limits.js'
export type {NestingKind, NestingProblem} from './nesting-limits.js'

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
  emphasisRuns(value, recorder)
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
