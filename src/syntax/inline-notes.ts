import type {FootnoteDefinition, FootnoteReference, Nodes, PhrasingContent, Root, Text} from 'mdast'
import type {Extension as FromMarkdownExtension} from 'mdast-util-from-markdown'
import {gfmFootnoteToMarkdown} from 'mdast-util-gfm-footnote'
import type {Handle, Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {Position} from 'unist'
import type {Written} from './escapes.js'
import {walk as walkTree} from '../util/walk.js'
import {writtenPiecesOf} from './escapes.js'

/*
 * pandoc's inline notes, `text^[the note's own text]`: read after parsing,
 * from the phrasing of each paragraph or heading. A `^[` in a text node opens
 * one; the `]` that balances it (brackets are counted in text nodes only, so
 * a bracket inside code or a link does not count) closes it. `^[@key]`,
 * which the citation syntax reads as a citation after a `^`, is a note
 * holding that citation, as pandoc reads it. Each note becomes a
 * `footnoteReference` where it stood and a `footnoteDefinition` at the end
 * of the document (identifier `inline-note <offset>`, the 0-based offset of
 * its `^[`; `data.inlineNote: true`; a space no footnote label can hold, so it
 * never meets an author's own `[^inline-note-1]`), so everything that handles
 * the author's notes handles these. `format` writes them back where they
 * stood, `^[…]` (see `inlineNotesInPlace`).
 */

declare module 'mdast' {
  interface FootnoteReferenceData {
    /** Written inline (`^[…]`) in the source. */
    inlineNote?: boolean | undefined
  }
  interface FootnoteDefinitionData {
    /** Written inline (`^[…]`) in the source. */
    inlineNote?: boolean | undefined
  }
}

/**
 * How a text node as parsed was written: its escapes and character
 * references (`writtenPiecesOf`, in `value` order), with the source
 * characters each adds counted up front, so any offset is a binary search.
 * Read once per parsed node; the pieces `rewrite` cuts from it (`tail`)
 * share it, so a paragraph with many notes and escapes stays linear.
 */
interface Reading {
  readonly node: Text
  readonly pieces: readonly Written[]
  /** `added[i]`: source characters the first `i` pieces take beyond their value. */
  readonly added: readonly number[]
}

/** A text node's reading and where its value starts in the parsed node's (0 for that node, more for a tail). */
interface Cut {
  readonly reading: Reading
  readonly base: number
}

const cuts = new WeakMap<Text, Cut | null>()

/**
 * The reading of a text node; `undefined` when it cannot be told what was
 * typed (a node without a position, made by a transform such as GFM's
 * autolinks splitting text, or by a parser that does not record escapes):
 * no bracket of it counts.
 */
function cutOf(node: Text): Cut | undefined {
  let cut = cuts.get(node)
  if (cut === undefined) {
    const pieces = writtenPiecesOf(node)
    const added = [0]
    for (const piece of pieces ?? []) added.push(added.at(-1)! + piece.source - (piece.to - piece.from))
    cut = pieces ? {reading: {node, pieces, added}, base: 0} : null
    cuts.set(node, cut)
  }
  return cut ?? undefined
}

/** How many pieces of `reading` satisfy `before(piece)`, which holds for a first run of them. */
function count(reading: Reading, before: (piece: Written) => boolean): number {
  let low = 0
  let high = reading.pieces.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (before(reading.pieces[middle]!)) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * For each index of a text node's `value`, whether it was typed as itself
 * (not a backslash escape or a character reference: `\^\[` and
 * `&#94;[` open no note, as in pandoc, where `a\\^[…]`, `\*^[…]` and
 * `&amp;^[…]` do); `undefined` when that cannot be told (see `cutOf`).
 */
function typedMask(node: Text): ((at: number) => boolean) | undefined {
  const cut = cutOf(node)
  if (!cut) return undefined
  const {reading, base} = cut
  if (reading.pieces.length === 0) return () => true
  return (at) => {
    const index = count(reading, (piece) => piece.from <= base + at) - 1
    return index === -1 || reading.pieces[index]!.to <= base + at
  }
}

/** Characters `from` to `to` of a text node, keeping which of them were escaped (`data.escaped`). */
function slice(node: Text, from: number, to = node.value.length): Text {
  const text: Text = {type: 'text', value: node.value.slice(from, to)}
  const escaped = escapedIn(node, from, to)
  if (escaped.length > 0) text.data = {escaped}
  return text
}

/** The escaped characters (`data.escaped`) of a text node from `from` to `to`, counted from `from`. */
function escapedIn(node: Text, from: number, to: number): number[] {
  const cut = cutOf(node)
  const base = cut?.base ?? 0
  const all = (cut?.reading.node ?? node).data?.escaped ?? []
  let low = 0
  let high = all.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (all[middle]! < base + from) low = middle + 1
    else high = middle
  }
  const result: number[] = []
  for (let index = low; index < all.length && all[index]! < base + to; index++) result.push(all[index]! - base - from)
  return result
}

/** A text node as `rewrite` leaves it: a tail gets its `data.escaped` here, once, not at each cut. */
function settled(node: Text): Text {
  if (!cutOf(node)?.base) return node
  const escaped = escapedIn(node, 0, node.value.length)
  if (escaped.length > 0) node.data = {...node.data, escaped}
  return node
}

/** The source offset of character `at` of a text node (escapes and references before it counted as written). */
function sourceOffset(node: Text, at: number): number {
  const cut = cutOf(node)
  if (!cut) return (node.position?.start.offset ?? 0) + at
  const {reading, base} = cut
  const added = reading.added[count(reading, (piece) => piece.to <= base + at)]!
  return (reading.node.position?.start.offset ?? 0) + base + at + added
}

/** The text of a node from character `from` on, with its position; it shares the node's reading. */
function tail(node: Text, from: number): Text {
  const text: Text = {type: 'text', value: node.value.slice(from)}
  const cut = cutOf(node)
  const start = node.position?.start
  if (!cut || !start || start.offset === undefined || !node.position) return text
  cuts.set(text, {reading: cut.reading, base: cut.base + from})
  const before = node.value.slice(0, from)
  const lastBreak = before.lastIndexOf('\n')
  const line = start.line + before.split('\n').length - 1
  const offset = sourceOffset(node, from)
  // Columns count source characters: an escape or a reference takes more than its value.
  const column = lastBreak === -1 ? start.column + offset - start.offset : 1 + offset - sourceOffset(node, lastBreak + 1)
  text.position = {start: {line, column, offset}, end: node.position.end}
  return text
}

/** A place in a parent's phrasing: the index of a child and of a character in its text. */
interface Place {
  readonly child: number
  readonly at: number
}

/**
 * A note a paragraph holds: its `^` and the `]` that balances its `[`
 * (none: the `^[` is left open, text); or (`citation`) a `^` ending a text
 * right before a bracketed citation (`^[@key]`, whose brackets the citation
 * syntax read).
 */
interface Found {
  readonly open: Place
  close?: Place
  readonly citation?: true
}

const brackets = /[[\]]/g

/**
 * The notes of a parent's phrasing, in order, each outside any other (one
 * inside a note is its text). A `^[` typed as such opens one; the `]` that
 * balances its `[` closes it (brackets are counted in text nodes only, and
 * typed ones only). A `^[` no `]` balances is text, and the notes after it,
 * or inside what it would have held, are read, as pandoc reads them
 * (`a ^[ b ^[c] d` holds one note, `c`). One pass with a stack of the open
 * brackets, so a paragraph is read in time linear in its length, however
 * many of its `[` are left open.
 */
function notesIn(children: readonly PhrasingContent[]): Found[] {
  const found: Found[] = []
  // The open brackets, innermost last: a note's (its entry in `found`) or `undefined`, a plain `[`'s.
  const stack: (Found | undefined)[] = []
  for (let child = 0; child < children.length; child++) {
    const node = children[child] as PhrasingContent
    if (node.type !== 'text') continue
    // An escaped bracket or caret (or one from a character reference) does not count; nor does any of a text whose escapes cannot be told.
    const typed = typedMask(node)
    if (!typed) continue
    const value = node.value
    brackets.lastIndex = 0
    for (let match = brackets.exec(value); match; match = brackets.exec(value)) {
      const at = match.index
      if (!typed(at)) continue
      if (value.charAt(at) === '[') {
        if (at > 0 && value.charAt(at - 1) === '^' && typed(at - 1)) {
          const opened: Found = {open: {child, at: at - 1}}
          found.push(opened)
          stack.push(opened)
        } else stack.push(undefined)
      } else {
        const opened = stack.pop()
        if (opened) opened.close = {child, at}
      }
    }
    const next = children[child + 1]
    if (value.endsWith('^') && typed(value.length - 1) && next?.type === 'citation' && next.mode === 'bracketed') {
      found.push({open: {child, at: value.length - 1}, citation: true})
    }
  }
  // Keep each note outside any other, in order; a `^[` left open is text.
  const kept: Found[] = []
  let after: Place = {child: 0, at: 0}
  for (const one of found) {
    const end = one.citation ? {child: one.open.child + 1, at: 0} : one.close
    if (!end || one.open.child < after.child || (one.open.child === after.child && one.open.at < after.at)) continue
    kept.push(one)
    after = end
  }
  return kept
}

function span(nodes: readonly Nodes[]): Position | undefined {
  const start = nodes.find((node) => node.position)?.position?.start
  const end = [...nodes].reverse().find((node) => node.position)?.position?.end
  return start && end ? {start, end} : undefined
}

/**
 * Rewrite one parent's phrasing, and the phrasing inside its emphasis,
 * strong, delete and link nodes left outside a note (`*a^[n]*`, `[a^[n]](u)`,
 * as pandoc reads them; a note's own content is not read again, so a note
 * in a note stays text); new definitions are pushed to `notes`.
 */
function rewrite(children: PhrasingContent[], notes: FootnoteDefinition[]): PhrasingContent[] {
  const output = rewriteOwn(children, notes)
  for (const node of output) {
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'link' || node.type === 'linkReference') {
      node.children = rewrite(node.children, notes)
    }
  }
  return output
}

/** Rewrite one parent's own phrasing (see `rewrite`). */
function rewriteOwn(children: PhrasingContent[], notes: FootnoteDefinition[]): PhrasingContent[] {
  // No caret, no note: the phrasing is left as it is.
  if (!children.some((node) => node.type === 'text' && node.value.includes('^'))) return children
  const found = notesIn(children)
  if (found.length === 0) return children
  const output: PhrasingContent[] = []
  let index = 0
  // How much of `children[index]` is written already (a note closed in it): its rest is a `tail`, cut once.
  let shift = 0
  const through = (end: number) => {
    for (; index < end; index++, shift = 0) {
      const node = children[index] as PhrasingContent
      if (node.type !== 'text' || shift === 0) output.push(node)
      else if (shift < node.value.length) output.push(settled(tail(node, shift)))
    }
  }
  for (const {open: opening, close: closing, citation} of found) {
    through(opening.child)
    const node = children[index] as Text
    const open = opening.at
    if (open > shift) output.push(slice(node, shift, open))
    if (citation || !closing) {
      // `^[@key]`: the citation syntax read the brackets.
      output.push(note([children[index + 1] as PhrasingContent], notes, sourceOffset(node, open)))
      index += 2
      shift = 0
      continue
    }
    const content: PhrasingContent[] = []
    if (closing.child === index) {
      if (closing.at > open + 2) content.push(slice(node, open + 2, closing.at))
    } else {
      if (node.value.length > open + 2) content.push(slice(node, open + 2))
      content.push(...children.slice(index + 1, closing.child))
      if (closing.at > 0) content.push(slice(children[closing.child] as Text, 0, closing.at))
    }
    output.push(note(content, notes, sourceOffset(node, open)))
    // The rest of the closing text node is written after the note; another note may open in it.
    index = closing.child
    shift = closing.at + 1
  }
  through(children.length)
  return output
}

/**
 * What names an inline note before its offset: `inline-note 12`. A footnote
 * label holds no whitespace (GFM), so no author's note is named so.
 */
export const inlineNotePrefix = 'inline-note '

/** A note of `content`, whose `^[` is at `at` (a 0-based offset in what was parsed, which names it). */
function note(content: PhrasingContent[], notes: FootnoteDefinition[], at: number): FootnoteReference {
  const position = span(content)
  // Named by where it opens, so notes read from blocks parsed apart stay apart.
  const identifier = inlineNotePrefix + at
  notes.push({
    type: 'footnoteDefinition',
    identifier,
    label: identifier,
    // An empty note (`^[]`, `^[ ]`) is an empty definition, as `[^1]:` reads.
    children: content.every(blank) ? [] : [{type: 'paragraph', children: content, ...(position ? {position} : {})}],
    data: {inlineNote: true},
    ...(position ? {position} : {})
  })
  return {type: 'footnoteReference', identifier, label: identifier, data: {inlineNote: true}, ...(position ? {position} : {})}
}

function blank(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === ''
}

function walk(node: Nodes, notes: FootnoteDefinition[]): void {
  if (!('children' in node)) return
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    node.children = rewrite(node.children, notes)
    return
  }
  for (const child of node.children) walk(child, notes)
}

// The content of each inline note `inlineNotesInPlace` put back, by its reference.
const placed = new WeakMap<FootnoteReference, PhrasingContent[]>()

const gfmFootnoteReference = gfmFootnoteToMarkdown().handlers!.footnoteReference!

// A note put back is written `^[…]`, its content as a link's text is (the
// `label` construct: an unbalanced bracket of its text is escaped, so the
// note closes where it did); any other reference as GFM writes it.
function footnoteReference(node: FootnoteReference, parent: Parameters<Handle>[1], state: Parameters<Handle>[2], info: Parameters<Handle>[3]): string {
  const children = placed.get(node)
  if (children === undefined) return gfmFootnoteReference(node, parent, state, info)
  const tracker = state.createTracker(info)
  let value = tracker.move('^[')
  const exit = state.enter('label')
  value += tracker.move(state.containerPhrasing({type: 'paragraph', children}, {...tracker.current(), before: value, after: ']'}))
  exit()
  return value + tracker.move(']')
}
footnoteReference.peek = (node: FootnoteReference): string => (placed.has(node) ? '^' : '[')

/**
 * The mdast-util-to-markdown extension: a `[` after a `^` in text is escaped,
 * so text never becomes a note, and a note `inlineNotesInPlace` put back is
 * written where it stood.
 */
export function inlineNotesToMarkdown(): ToMarkdownExtension {
  return {unsafe: [{character: '[', before: '\\^'}], handlers: {footnoteReference}}
}

/** The mdast-util-from-markdown extension: read inline notes once the tree is built. */
export function inlineNotesFromMarkdown(): FromMarkdownExtension {
  return {
    transforms: [
      (tree: Root) => {
        const notes: FootnoteDefinition[] = []
        walk(tree, notes)
        // In the order they open: a note inside emphasis is read after the notes around it.
        notes.sort((a, b) => Number(a.identifier.slice(inlineNotePrefix.length)) - Number(b.identifier.slice(inlineNotePrefix.length)))
        tree.children.push(...notes)
      }
    ]
  }
}

/**
 * Put the inline notes of a parsed `tree` back where they stood, as `format`
 * writes them (`^[…]`, as the author wrote them and pandoc reads them):
 * each inline note's definition leaves the tree and its content is written
 * at its reference by `inlineNotesToMarkdown`. Changes the tree in place;
 * returns nothing. A note's name (its offset) is not written, so none is
 * kept across a format.
 */
export function inlineNotesInPlace(tree: Root): void {
  // The reading puts every inline note's definition at the root (blocks parsed apart too).
  const contents = new Map<string, PhrasingContent[]>()
  tree.children = tree.children.filter((child) => {
    if (child.type !== 'footnoteDefinition' || child.data?.inlineNote !== true) return true
    const [paragraph] = child.children
    contents.set(child.identifier, paragraph?.type === 'paragraph' ? paragraph.children : [])
    return false
  })
  if (contents.size === 0) return
  walkTree(tree, (node) => {
    const reference = node as Nodes
    if (reference.type !== 'footnoteReference' || reference.data?.inlineNote !== true) return
    const content = contents.get(reference.identifier)
    if (content !== undefined) placed.set(reference, content)
  })
}
