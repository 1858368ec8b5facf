import type {FootnoteDefinition, Nodes, Root, RootContent, Text} from 'mdast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import type {Citation} from '../syntax/citation/types.js'
import {abstractTrees} from '../extract/abstract-blocks.js'

/** A footnote definition every output drops, and why. */
export interface DroppedNote {
  readonly node: FootnoteDefinition
  /**
   * `unused`: no `footnoteReference` names its label; `duplicate`: an
   * earlier definition has its label (micromark, and so every argmark
   * output, keeps the first).
   */
  readonly why: 'unused' | 'duplicate'
  /** The container directive (its name) the definition sits in, if any. */
  readonly container: string | undefined
  /** For a `duplicate`: the first definition of its label (the one used). */
  readonly first?: FootnoteDefinition | undefined
}

const cache = new WeakMap<Root, readonly DroppedNote[]>()

/**
 * The footnote definitions of a document that no output shows: one walk over
 * the tree (linear), shared by `unused-footnote` and `duplicate-footnote`.
 * With `file`, its front matter's abstracts (see `abstractTrees`) are read
 * first: their calls use the body's notes, as pandoc's do.
 * Labels are compared as mdast identifies them (`identifier`). In document order.
 */
export function droppedNotes(tree: Root, file?: VFile): readonly DroppedNote[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const abstracts = file ? abstractTrees(file) : []
  const referenced = new Set<string>()
  const definitions: Array<{node: FootnoteDefinition; container: string | undefined}> = []
  // The front matter's abstracts come first (their calls name the body's notes, as in pandoc).
  const stack: Array<[Nodes, string | undefined]> = [[tree, undefined]]
  for (let index = abstracts.length - 1; index >= 0; index--) stack.push([abstracts[index]!, undefined])
  while (stack.length > 0) {
    const [node, container] = stack.pop()!
    if (node.type === 'footnoteReference') referenced.add(node.identifier)
    else if (node.type === 'footnoteDefinition') definitions.push({node, container})
    else if (node.type === 'citation') for (const identifier of citationCalls(node)) referenced.add(identifier)
    if ('children' in node) {
      const inner = node.type === 'containerDirective' ? container ?? node.name : container
      // Pushed in reverse so that nodes come off the stack in document order.
      for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index] as Nodes, inner])
    }
  }
  const seen = new Map<string, FootnoteDefinition>()
  const result: DroppedNote[] = []
  for (const {node, container} of definitions) {
    const first = seen.get(node.identifier)
    if (first) result.push({node, why: 'duplicate', container, first})
    else {
      seen.set(node.identifier, node)
      if (!referenced.has(node.identifier)) result.push({node, why: 'unused', container})
    }
  }
  cache.set(tree, result)
  return result
}

/** How a message names a definition's label: `[^label]` as written. */
export function noteLabel(node: FootnoteDefinition): string {
  return '[^' + (node.label ?? node.identifier) + ']'
}

/**
 * What `droppedNotes` reads of a tree, as a flat list to put in a root of
 * its own: its footnote references (label only), and its footnote
 * definitions without their content (each inside a childless copy of the
 * container directive it sits in, if any), in document order, the
 * front matter's `abstracts` first (as `droppedNotes` reads them). Editor
 * sessions check footnotes document-wide from these (see `createSession`).
 */
export function footnoteSkeleton(tree: Root, source?: string, abstracts: readonly Root[] = []): RootContent[] {
  const result: RootContent[] = []
  // A call read as text, as a text node of its own words (see `undefinedCalls`).
  if (source !== undefined) {
    for (const read of [...abstracts, tree]) {
      for (const call of undefinedCalls(read, source)) result.push({type: 'text', value: call.raw, position: call.position})
    }
  }
  const stack: Array<[Nodes, string | undefined]> = [[tree, undefined]]
  for (let index = abstracts.length - 1; index >= 0; index--) stack.push([abstracts[index]!, undefined])
  while (stack.length > 0) {
    const [node, container] = stack.pop()!
    if (node.type === 'footnoteReference') {
      result.push({type: 'footnoteReference', identifier: node.identifier, label: node.label})
    } else if (node.type === 'citation') {
      for (const identifier of citationCalls(node)) result.push({type: 'footnoteReference', identifier, label: identifier})
    } else if (node.type === 'footnoteDefinition') {
      const copy: FootnoteDefinition = {type: 'footnoteDefinition', identifier: node.identifier, label: node.label, children: []}
      if (node.position) copy.position = node.position
      result.push(
        container === undefined ? copy : ({type: 'containerDirective', name: container, attributes: {}, children: [copy]} as unknown as RootContent)
      )
    }
    if ('children' in node) {
      const inner = node.type === 'containerDirective' ? container ?? node.name : container
      for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index] as Nodes, inner])
    }
  }
  return result
}

/**
 * The footnote calls written in a citation's prefixes and suffixes
 * (`[@one, p. 3[^fn]]`, `[see[^fn] @one]`), as mdast identifies them: pandoc
 * reads each as a note there, and render keeps it (a call whose label has
 * no definition stays text there, as elsewhere). An escaped bracket
 * (`\[^fn]`) is not one.
 */
export function citationCalls(node: Citation): string[] {
  const found: string[] = []
  for (const item of node.items) {
    for (const affix of [item.prefix, item.rawSuffix ?? '']) {
      if (!affix.includes('[^')) continue
      for (const match of affix.matchAll(callPattern)) {
        let slashes = 0
        while (match.index - slashes - 1 >= 0 && affix.charCodeAt(match.index - slashes - 1) === 92 /* \ */) slashes++
        if (slashes % 2 === 0) found.push(normalizeIdentifier(match[1]!).toLowerCase())
      }
    }
  }
  return found
}

/** A footnote call (`[^label]`) the parser read as text: no definition the call can see. */
export interface UndefinedCall {
  /** The call as written, `[^label]` (`[^]` for an empty label). */
  readonly raw: string
  /** The label as written, without `[^` and `]`. */
  readonly label: string
  readonly position: Position
}

// `[^label]` as micromark reads a call: no whitespace and no `[` in the label,
// `]` only escaped; an empty label (`[^]`) is never a call. An escaped `[` ends
// the label too, so a scan from one `[^` stops at the next `[`: linear.
const callPattern = /\[\^((?:\\[^\s[]|[^\s[\]\\])*)\]/g

/** Every regex of this module, for the ReDoS test. */
export const footnotePatterns: readonly RegExp[] = [callPattern]

/**
 * The footnote calls of a document that micromark left as text because no
 * definition they can see has their label (GFM and pandoc print them as
 * written: the reader sees `[^label]`). Read from the source of each text
 * node, so an escaped bracket (`\[^a]`) or a character reference is not one.
 * In document order.
 */
export function undefinedCalls(tree: Root, source: string): UndefinedCall[] {
  const result: UndefinedCall[] = []
  if (!source.includes('[^')) return result
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') collectCalls(node, source, result)
    else if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
  return result
}

function collectCalls(node: Text, source: string, into: UndefinedCall[]): void {
  const start = node.position?.start
  const from = start?.offset
  const to = node.position?.end.offset
  if (start === undefined || from === undefined || to === undefined) return
  const words = source.slice(from, to)
  if (!words.includes('[^')) return
  // Lines inside the words end at `\r\n`, `\r` or `\n`, as CommonMark ends them (vfile-location's index).
  const lines = location(words)
  const pointAt = (index: number) => {
    const inside = lines.toPoint(index)!
    return {line: start.line + inside.line - 1, column: inside.line === 1 ? start.column + index : inside.column, offset: from + index}
  }
  for (const match of words.matchAll(callPattern)) {
    const at = from + match.index
    let slashes = 0
    while (at - slashes - 1 >= 0 && source.charCodeAt(at - slashes - 1) === 92 /* \ */) slashes++
    if (slashes % 2 === 1) continue
    // A definition label `[^a]:` at the start of a paragraph that is not a definition
    // (e.g. a space in it) is not matched: whitespace ends the pattern.
    into.push({raw: match[0], label: match[1]!, position: {start: pointAt(match.index), end: pointAt(match.index + match[0].length)}})
  }
}
