// A cue tested on a whole sentence, once per sentence: checks that ask
// whether a figure's sentence holds a word (`average`, `has been
// increased`) run for every figure, and a run-on sentence of many figures
// must not be read again for each one (DESIGN.md: linear in the document).

interface Tested {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly value: boolean
}

/** The last sentence each pattern was tested on: figures come in order, so one entry per pattern is enough. */
const lastTested = new WeakMap<RegExp, Tested>()

/**
 * Whether `pattern` (a non-global RegExp, so `test` keeps no state) matches
 * the sentence `text.slice(start, end)` (UTF-16 offsets, `end` exclusive).
 * The result for the last sentence each pattern saw is kept, so the figures
 * of one sentence read it once between them.
 */
export function sentenceHas(pattern: RegExp, text: string, start: number, end: number): boolean {
  const last = lastTested.get(pattern)
  if (last !== undefined && last.start === start && last.end === end && last.text === text) return last.value
  const value = pattern.test(text.slice(start, end))
  lastTested.set(pattern, {text, start, end, value})
  return value
}

interface Found {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly matchEnd: number
}

/** The last sentence each pattern was searched in, with where its first match ends. */
const lastFound = new WeakMap<RegExp, Found>()

/**
 * Where the first match of `pattern` (non-global) in the sentence
 * `text.slice(start, end)` ends, as an offset into `text`, or -1 when it has
 * none; kept for the last sentence each pattern saw. A cue `before` a figure
 * at `offset` in its sentence is one whose first match ends at or before
 * `offset`.
 */
export function firstMatchEnd(pattern: RegExp, text: string, start: number, end: number): number {
  const last = lastFound.get(pattern)
  if (last !== undefined && last.start === start && last.end === end && last.text === text) return last.matchEnd
  const match = pattern.exec(text.slice(start, end))
  const matchEnd = match === null ? -1 : start + match.index + match[0].length
  lastFound.set(pattern, {text, start, end, matchEnd})
  return matchEnd
}
