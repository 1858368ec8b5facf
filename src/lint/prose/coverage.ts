import type {ProseBlock} from '../../extract/prose.js'
import type {Span} from './span.js'

/** Where a citation or footnote reference must be to cover a finding. */
export type Scope = 'sentence' | 'paragraph'

/** The options every prose rule has. */
export interface ProseRuleOptions {
  /**
   * `sentence`: a citation or footnote reference in the finding's sentence
   * covers it; `paragraph` (default): one anywhere in its paragraph (or
   * heading, or table cell) does, for drafts that cite once per paragraph.
   */
  readonly scope?: Scope | undefined
}

const sources = new Set(['citation', 'footnoteReference'])
const atom = '\uFFFC'

/** Whether a citation or footnote reference in the block covers `[start, end)`. */
export function isCovered(block: ProseBlock, span: Span, scope: Scope): boolean {
  if (scope === 'paragraph') return hasSource(block)
  const [from, to] = sentenceAround(block, span)
  return hasSourceIn(block, from, to)
}

const blockHasSource = new WeakMap<ProseBlock, boolean>()

/** Whether the block holds a citation or footnote reference anywhere (worked out once per block). */
export function hasSource(block: ProseBlock): boolean {
  let found = blockHasSource.get(block)
  if (found === undefined) {
    found = block.atoms.some((item) => sources.has(item.node.type))
    blockHasSource.set(block, found)
  }
  return found
}

/** Whether a citation or footnote reference is in `[from, to)` of the block's text. */
export function hasSourceIn(block: ProseBlock, from: number, to: number): boolean {
  // Atoms are in text order: binary search for the first at or after `from`.
  const atoms = block.atoms
  let low = 0
  let high = atoms.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (atoms[middle]!.index < from) low = middle + 1
    else high = middle
  }
  for (let index = low; index < atoms.length && atoms[index]!.index < to; index++) {
    if (sources.has(atoms[index]!.node.type)) return true
  }
  return false
}

/**
 * The sentence (or sentences, when a span crosses a boundary) holding a
 * span, extended over the atoms and white space right after it: a note
 * placed after the full stop (`… in 2002.[^1]`, `… in 2002. [@un]`) still
 * belongs to the sentence it ends.
 */
export function sentenceAround(block: ProseBlock, span: Span): [number, number] {
  const sentences = block.sentences
  let from = 0
  let to = block.text.length
  // Binary search the last sentence starting at or before the span.
  let low = 0
  let high = sentences.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sentences[middle]!.start <= span.start) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  if (found !== -1) {
    from = sentences[found]!.start
    let last = found
    while (last + 1 < sentences.length && sentences[last + 1]!.start < span.end) last++
    to = sentences[last]!.end
  }
  return [from, extendOverNotes(block.text, to)]
}

/** The end of the text run after `end` that holds only white space, atoms and closing marks. */
export function extendOverNotes(text: string, end: number): number {
  let index = end
  let last = end
  while (index < text.length) {
    const char = text[index]!
    if (char === atom) last = index + 1
    else if (!' \t\n\u00a0)]”’"\''.includes(char)) break
    index++
  }
  return last
}
