import type {FootnoteDefinition, FootnoteReference, Nodes, PhrasingContent, Root, Text} from 'mdast'
import type {Extension as FromMarkdownExtension} from 'mdast-util-from-markdown'
import type {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {Position} from 'unist'
import {setWrittenPieces, writtenPiecesOf} from './escapes.js'

/*
 * pandoc's inline notes, `text^[the note's own text]`: read after parsing,
 * from the phrasing of each paragraph or heading. A `^[` in a text node opens
 * one; the `]` that balances it (brackets are counted in text nodes only, so
 * a bracket inside code or a link does not count) closes it. `^[@key]`,
 * which the citation syntax reads as a citation after a `^`, is a note
 * holding that citation, as pandoc reads it. Each note becomes a
 * `footnoteReference` where it stood and a `footnoteDefinition` at the end
 * of the document (identifier `inline-note-<offset>`, the 0-based offset of
 * its `^[`; `data.inlineNote: true`), so everything that handles the
 * author's notes handles these. `format` writes them as ordinary notes
 * labelled in reading order (`[^inline-note-1]`, see `labelInlineNotes`).
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
 * For each index of a text node's `value`, whether it was typed as itself
 * (not a backslash escape or a character reference: `\^\[` and
 * `&#94;[` open no note, as in pandoc, where `a\\^[…]`, `\*^[…]` and
 * `&amp;^[…]` do);
 * `undefined` when that cannot be told (a node without a position, made by
 * a transform such as GFM's autolinks splitting text, or by a parser that
 * does not record escapes): no bracket of it counts.
 */
function typedMask(node: Text): ((at: number) => boolean) | undefined {
  const pieces = writtenPiecesOf(node)
  if (!pieces) return undefined
  if (pieces.length === 0) return () => true
  const mask = new Uint8Array(node.value.length)
  for (const piece of pieces) mask.fill(1, piece.from, piece.to)
  return (at) => mask[at] === 0
}

/** The first `^[` of `value` typed as such, or -1. */
function findOpen(value: string, typed: (at: number) => boolean): number {
  let open = value.indexOf('^[')
  while (open !== -1 && !(typed(open) && typed(open + 1))) open = value.indexOf('^[', open + 1)
  return open
}

/** Characters `from` to `to` of a text node, keeping which of them were escaped (`data.escaped`). */
function slice(node: Text, from: number, to = node.value.length): Text {
  const text: Text = {type: 'text', value: node.value.slice(from, to)}
  const escaped = node.data?.escaped?.filter((at) => at >= from && at < to).map((at) => at - from)
  if (escaped && escaped.length > 0) text.data = {escaped}
  return text
}

/** The source offset of character `at` of a text node (escapes and references before it counted as written). */
function sourceOffset(node: Text, at: number): number {
  let offset = (node.position?.start.offset ?? 0) + at
  for (const piece of writtenPiecesOf(node) ?? []) if (piece.to <= at) offset += piece.source - (piece.to - piece.from)
  return offset
}

/** The text of a node from character `from` on, with its position, escapes and references. */
function tail(node: Text, from: number): Text {
  const text = slice(node, from)
  const start = node.position?.start
  const pieces = writtenPiecesOf(node)
  if (!start || start.offset === undefined || !node.position || !pieces) return text
  // Source characters before `from`: its value's, and what escapes and references took more.
  let extra = 0
  let extraOnLine = 0
  const before = node.value.slice(0, from)
  const lastBreak = before.lastIndexOf('\n')
  for (const piece of pieces) {
    if (piece.to > from) continue
    const more = piece.source - (piece.to - piece.from)
    extra += more
    if (piece.from > lastBreak) extraOnLine += more
  }
  const lines = before.split('\n')
  const line = start.line + lines.length - 1
  const column = (lines.length === 1 ? start.column + from : (lines.at(-1) as string).length + 1) + extraOnLine
  text.position = {start: {line, column, offset: start.offset + from + extra}, end: node.position.end}
  setWrittenPieces(
    text,
    pieces.filter((piece) => piece.from >= from).map((piece) => ({from: piece.from - from, to: piece.to - from, source: piece.source}))
  )
  return text
}

/** Where a note closes: the index of the child and of the `]` in its text. */
interface Close {
  child: number
  at: number
}

/** The `]` that balances a `[` opened before `children[start]`'s offset `from`, or `undefined`. */
function findClose(children: readonly PhrasingContent[], start: number, from: number): Close | undefined {
  let depth = 1
  for (let child = start; child < children.length; child++) {
    const node = children[child] as PhrasingContent
    if (node.type !== 'text') continue
    // An escaped bracket (or one from a character reference) does not count.
    const typed = typedMask(node)
    if (!typed) continue
    const value = node.value
    for (let at = child === start ? from : 0; at < value.length; at++) {
      if (!typed(at)) continue
      const character = value.charAt(at)
      if (character === '[') depth++
      else if (character === ']' && --depth === 0) return {child, at}
    }
  }
  return undefined
}

function span(nodes: readonly Nodes[]): Position | undefined {
  const start = nodes.find((node) => node.position)?.position?.start
  const end = [...nodes].reverse().find((node) => node.position)?.position?.end
  return start && end ? {start, end} : undefined
}

/** Rewrite one parent's phrasing; new definitions are pushed to `notes`. */
function rewrite(children: PhrasingContent[], notes: FootnoteDefinition[]): PhrasingContent[] {
  const output: PhrasingContent[] = []
  let index = 0
  // A text node being read can be split: `pending` is what is left of it.
  let pending: Text | undefined
  while (index < children.length || pending) {
    const node = pending ?? (children[index] as PhrasingContent)
    pending = undefined
    if (node.type !== 'text') {
      output.push(node)
      index++
      continue
    }
    const value = node.value
    const next = children[index + 1]
    // `\^\[` is text: only a `^[` typed as such opens a note.
    const typed = typedMask(node)
    const open = typed ? findOpen(value, typed) : -1
    if (open === -1 && typed && value.endsWith('^') && typed(value.length - 1) && next?.type === 'citation' && next.mode === 'bracketed') {
      // `^[@key]`: the citation syntax read the brackets.
      if (value.length > 1) output.push(slice(node, 0, value.length - 1))
      output.push(note([next], notes, sourceOffset(node, value.length - 1)))
      index += 2
      continue
    }
    if (open === -1) {
      output.push(node)
      index++
      continue
    }
    const close = findClose(children, index, open + 2)
    // `findClose` reads `children[index]`: give it the node as it is now.
    if (!close) {
      output.push(node)
      index++
      continue
    }
    if (open > 0) output.push(slice(node, 0, open))
    const content: PhrasingContent[] = []
    if (close.child === index) {
      if (close.at > open + 2) content.push(slice(node, open + 2, close.at))
    } else {
      if (value.length > open + 2) content.push(slice(node, open + 2))
      content.push(...children.slice(index + 1, close.child))
      const last = children[close.child] as Text
      if (close.at > 0) content.push(slice(last, 0, close.at))
    }
    output.push(note(content, notes, sourceOffset(node, open)))
    const closing = children[close.child] as Text
    const rest = closing.value.slice(close.at + 1)
    // The rest of the closing text node is read again: it may open another note.
    index = close.child
    if (rest) children[index] = tail(closing, close.at + 1)
    else index++
  }
  return output
}

/** A note of `content`, whose `^[` is at `at` (a 0-based offset in what was parsed, which names it). */
function note(content: PhrasingContent[], notes: FootnoteDefinition[], at: number): FootnoteReference {
  const position = span(content)
  // Named by where it opens, so notes read from blocks parsed apart stay apart.
  const identifier = 'inline-note-' + at
  notes.push({
    type: 'footnoteDefinition',
    identifier,
    label: identifier,
    children: [{type: 'paragraph', children: content, ...(position ? {position} : {})}],
    data: {inlineNote: true},
    ...(position ? {position} : {})
  })
  return {type: 'footnoteReference', identifier, label: identifier, data: {inlineNote: true}, ...(position ? {position} : {})}
}

function walk(node: Nodes, notes: FootnoteDefinition[]): void {
  if (!('children' in node)) return
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    node.children = rewrite(node.children, notes)
    return
  }
  for (const child of node.children) walk(child, notes)
}

/** The mdast-util-to-markdown extension: a `[` after a `^` in text is escaped, so text never becomes a note. */
export function inlineNotesToMarkdown(): ToMarkdownExtension {
  return {unsafe: [{character: '[', before: '\\^'}]}
}

/** The mdast-util-from-markdown extension: read inline notes once the tree is built. */
export function inlineNotesFromMarkdown(): FromMarkdownExtension {
  return {
    transforms: [
      (tree: Root) => {
        const notes: FootnoteDefinition[] = []
        walk(tree, notes)
        tree.children.push(...notes)
      }
    ]
  }
}

/**
 * Label the inline notes of a parsed `tree` as `format` writes them:
 * `inline-note-1`, `inline-note-2`, … in reading order, skipping a label the
 * author's own notes use. Renames the references and definitions in place
 * (the reading keeps the offset, which names notes apart in blocks parsed
 * apart, but changes whenever text before a note does). Takes the tree;
 * returns nothing.
 */
export function labelInlineNotes(tree: Root): void {
  const taken = new Set<string>()
  const inline: Array<FootnoteReference | FootnoteDefinition> = []
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      if (node.data?.inlineNote) inline.push(node)
      else taken.add(node.identifier.toLowerCase())
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  const labels = new Map<string, string>()
  let next = 1
  for (const node of inline) {
    if (node.type !== 'footnoteReference' || labels.has(node.identifier)) continue
    while (taken.has('inline-note-' + next)) next++
    labels.set(node.identifier, 'inline-note-' + next++)
  }
  for (const node of inline) {
    const label = labels.get(node.identifier)
    if (label !== undefined) node.identifier = node.label = label
  }
}
