import type {ProseBlock} from '../../extract/prose.js'
import type {Span} from './span.js'

// A numbered note written in HTML: `rose by 18%.<sup>1</sup>`, `<sup>[3]</sup>`,
// `<sup><a href="#n12">12</a></sup>`. The parser gives the tags as HTML atoms
// (U+FFFC in the block's text) and what is between them as text, so the note
// is read from the atoms' values, not from the text alone, in any language.

/** An HTML tag that opens or closes a superscript: `<sup>`, `</SUP>`, `<sup class="ref">`. */
const supOpen = /^<sup(?:\s[^<>]{0,80})?>$/iu
const supClose = /^<\/sup\s*>$/iu
/** What a numbered note holds between the tags: `1`, `[3]`, `12, 14`, `3–5`. */
const noteNumber = /^\[?\d{1,3}(?:\s?[,–‐-]\s?\d{1,3}){0,9}\]?$/u
/** A link's tags inside the superscript: `<a href="#r3">`, `</a>`. */
const linkTag = /^<\/?a(?:\s[^<>]{0,200})?>$/iu
/** A unit just after a number, whose superscript is an exponent, not a note: `40 m<sup>2</sup>`, `3km<sup>2</sup>`. */
const unitBefore = /\d\s?\p{L}{1,3}$/u
/** The character an atom stands for, and white space before the note. */
const atom = '\uFFFC'
const space = /\s/u

/** Every regex of this module, for the ReDoS test. */
export const supportMarkupPatterns: readonly RegExp[] = [supOpen, supClose, noteNumber, linkTag, unitBefore, space]

/**
 * The numbered notes in HTML superscript of a block, as spans of kind `numbered`
 * from the opening tag's atom to just after the closing one's. A note
 * stands at a word's or mark's end (`rose<sup>1</sup>`, `2020.<sup>1</sup>`),
 * not after a space, nor after a unit that follows a number (`40 m<sup>2</sup>`,
 * an exponent). Reads each atom at most twice.
 */
export function superscriptNotes(block: ProseBlock): Span[] {
  const spans: Span[] = []
  const {atoms, text} = block
  for (let index = 0; index + 1 < atoms.length; index++) {
    const open = atoms[index]!
    if (!isHtml(open.node, supOpen)) continue
    if (open.index === 0 || space.test(text.charAt(open.index - 1))) continue
    if (unitBefore.test(text.slice(Math.max(0, open.index - 8), open.index))) continue
    // The closing tag, over a link's tags inside (at most two).
    let at = index + 1
    while (at < atoms.length && at - index <= 2 && isHtml(atoms[at]!.node, linkTag)) at++
    const close = atoms[at]
    if (!close || !isHtml(close.node, supClose)) continue
    const inside = text.slice(open.index + 1, close.index).replaceAll(atom, '')
    if (!noteNumber.test(inside.trim())) continue
    spans.push({start: open.index, end: close.index + 1, kind: 'numbered'})
    index = at
  }
  return spans
}

/** Whether an atom is an HTML tag that `tag` reads. */
function isHtml(node: {type: string}, tag: RegExp): boolean {
  const value = (node as {value?: unknown}).value
  return node.type === 'html' && typeof value === 'string' && tag.test(value.trim())
}
