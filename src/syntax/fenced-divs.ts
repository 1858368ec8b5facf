import type {Paragraph, Parents, PhrasingContent, Root, RootContent, Text} from 'mdast'
import type {Point, Position} from 'unist'

/*
 * pandoc Markdown's fenced divs: `::: {#id .class key=value}` up to a line of
 * at least three colons (`::::` fences and nested divs as pandoc reads them).
 * A name right after the colons (`:::claim{…}`, `:::warning`) is one of
 * argmark's container directives, not a div; `::: warning` (a space
 * between) is a div of class `warning`, as pandoc reads it.
 *
 * remark reads a fence line as text in a paragraph, and whatever lies
 * between the fences as the Markdown it is (citations, notes and claims
 * included). `groupFencedDivs` then cuts the fence lines out of their
 * paragraphs and gathers the blocks between a pair of fences into one
 * `fencedDiv` node: one pass over each parent's children, a stack of open
 * fences; an opening fence that is never closed stays text, as pandoc
 * leaves it, and so does a closing fence with nothing open.
 */

/** A fenced div's attributes, in pandoc's order of writing them (id, classes, then the rest as written). */
export interface DivAttributes {
  readonly id?: string | undefined
  readonly classes: readonly string[]
  readonly attributes: ReadonlyArray<readonly [string, string]>
}

/** A pandoc fenced div: the blocks between its fences. */
export interface FencedDiv {
  type: 'fencedDiv'
  attributes: DivAttributes
  children: RootContent[]
  position?: Position | undefined
  data?: {hName?: string; hProperties?: Record<string, string | string[]>} | undefined
}

declare module 'mdast' {
  interface RootContentMap {
    fencedDiv: FencedDiv
  }
  interface BlockContentMap {
    fencedDiv: FencedDiv
  }
}

/** An attribute name (exported for the ReDoS test). */
export const attributeName = /^[\p{L}_][\p{L}\p{N}_:.-]*$/u
/** An identifier or class name (exported for the ReDoS test). */
export const attributeWord = /^[\p{L}\p{N}_:.-]+$/u

/**
 * The attributes between a fence's braces (`#id .class key=value
 * key="a value"`), or `undefined` when anything else is there. One scan.
 */
export function readDivAttributes(inside: string): DivAttributes | undefined {
  let id: string | undefined
  const classes: string[] = []
  const attributes: Array<[string, string]> = []
  let index = 0
  while (index < inside.length) {
    const code = inside.charCodeAt(index)
    if (code === 0x20 || code === 0x09) {
      index++
      continue
    }
    let end = index
    let quote = 0
    while (end < inside.length) {
      const at = inside.charCodeAt(end)
      if (quote !== 0) {
        if (at === quote) quote = 0
      } else if (at === 0x22 || at === 0x27) quote = at
      else if (at === 0x20 || at === 0x09) break
      end++
    }
    if (quote !== 0) return undefined
    const word = inside.slice(index, end)
    index = end
    if (word.startsWith('#') && attributeWord.test(word.slice(1))) id = word.slice(1)
    else if (word.startsWith('.') && attributeWord.test(word.slice(1))) classes.push(word.slice(1))
    else {
      const equals = word.indexOf('=')
      if (equals <= 0 || !attributeName.test(word.slice(0, equals))) return undefined
      let value = word.slice(equals + 1)
      const first = value.charCodeAt(0)
      if ((first === 0x22 || first === 0x27) && value.length >= 2 && value.charCodeAt(value.length - 1) === first) value = value.slice(1, -1)
      else if (value.includes('"') || value.includes("'")) return undefined
      attributes.push([word.slice(0, equals), value])
    }
  }
  return {id, classes, attributes}
}

/** The colons a line opens with (0 when fewer than three). */
function colons(line: string): number {
  let count = 0
  while (line.charCodeAt(count) === 0x3a) count++
  return count >= 3 ? count : 0
}

function onlySpaces(text: string, from: number, stopAtColons = false): boolean {
  let index = from
  if (stopAtColons) {
    while (index < text.length && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09)) index++
    while (index < text.length && text.charCodeAt(index) === 0x3a) index++
  }
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09) return false
  }
  return true
}

/**
 * The attributes of a div's opening fence line, else `undefined`: `::: {…}`,
 * or `::: word` (a class, as pandoc reads it; the space sets it apart from
 * argmark's directive `:::word`), colons after either allowed.
 */
export function readOpeningFence(line: string): DivAttributes | undefined {
  const count = colons(line)
  if (count === 0) return undefined
  let index = count
  while (line.charCodeAt(index) === 0x20 || line.charCodeAt(index) === 0x09) index++
  if (line.charCodeAt(index) !== 0x7b) {
    if (index === count) return undefined
    let end = index
    while (end < line.length && line.charCodeAt(end) !== 0x20 && line.charCodeAt(end) !== 0x09) end++
    const word = line.slice(index, end)
    if (!attributeWord.test(word) || word.startsWith(':') || !onlySpaces(line, end, true)) return undefined
    return {id: undefined, classes: [word], attributes: []}
  }
  const close = line.indexOf('}', index)
  if (close === -1 || !onlySpaces(line, close + 1, true)) return undefined
  return readDivAttributes(line.slice(index + 1, close))
}

/** Whether a line closes a div: three colons or more, then only spaces or tabs. */
export function isClosingFence(line: string): boolean {
  const count = colons(line)
  return count > 0 && onlySpaces(line, count)
}

interface Fence {
  /** Index of the text node among the paragraph's children. */
  readonly child: number
  /** The line's start and end in that text's value. */
  readonly start: number
  readonly end: number
  /** The opening fence's attributes; `undefined` for a closing fence. */
  readonly open: DivAttributes | undefined
  matched: boolean
}

/** The fence lines of a paragraph: whole lines of its text nodes. */
function fencesOf(paragraph: Paragraph): Fence[] {
  const fences: Fence[] = []
  const {children} = paragraph
  for (let child = 0; child < children.length; child++) {
    const node = children[child]!
    if (node.type !== 'text' || !node.value.includes(':::')) continue
    const value = node.value
    let start = 0
    while (start <= value.length) {
      const newline = value.indexOf('\n', start)
      const end = newline === -1 ? value.length : newline
      const lineStarts = start > 0 || child === 0
      const lineEnds = newline !== -1 || child === children.length - 1
      if (lineStarts && lineEnds && value.charCodeAt(start) === 0x3a) {
        const line = value.slice(start, end)
        const open = readOpeningFence(line)
        if (open !== undefined || isClosingFence(line)) fences.push({child, start, end, open, matched: false})
      }
      if (newline === -1) break
      start = newline + 1
    }
  }
  return fences
}

/** The point `length` characters of `value` after `point` (line endings counted). */
function advance(point: Point, value: string, length: number): Point {
  let {line, column} = point
  for (let index = 0; index < length; index++) {
    if (value.charCodeAt(index) === 0x0a) {
      line++
      column = 1
    } else column++
  }
  return {line, column, offset: point.offset === undefined ? undefined : point.offset + length}
}

function slice(node: Text, start: number, end: number): Text | undefined {
  if (start >= end) return undefined
  const text: Text = {type: 'text', value: node.value.slice(start, end)}
  const from = node.position?.start
  if (from) text.position = {start: advance(from, node.value, start), end: advance(from, node.value, end)}
  // The characters written with a backslash (`data.escaped`, src/syntax/escapes.ts) that fall in the piece, counted from its start.
  const escaped = (node.data as {escaped?: number[]} | undefined)?.escaped?.filter((at) => at >= start && at < end).map((at) => at - start)
  if (escaped && escaped.length > 0) text.data = {escaped} as Text['data']
  return text
}

type Piece = RootContent | {readonly fence: Fence}

/** A paragraph cut at its matched fences: paragraphs and fences in order. */
function cut(paragraph: Paragraph, fences: readonly Fence[]): Piece[] {
  const pieces: Piece[] = []
  let current: PhrasingContent[] = []
  const flush = () => {
    if (current.length > 0) pieces.push({type: 'paragraph', children: current})
    current = []
  }
  let next = 0
  paragraph.children.forEach((node, child) => {
    if (fences[next]?.child !== child || node.type !== 'text') {
      current.push(node)
      return
    }
    let from = 0
    while (fences[next]?.child === child) {
      const fence = fences[next++]!
      // The line ending before the fence line goes with it.
      const before = slice(node, from, fence.start > 0 ? fence.start - 1 : 0)
      if (before) current.push(before)
      flush()
      pieces.push({fence})
      from = Math.min(fence.end + 1, node.value.length)
    }
    const after = slice(node, from, node.value.length)
    if (after) current.push(after)
  })
  flush()
  return pieces
}

function startOf(node: {position?: Position | undefined} | undefined): Point | undefined {
  return node?.position?.start
}

/**
 * The closing fences that end the last paragraph inside a list or block
 * quote: a `:::` line right after a list item is a lazy continuation of its
 * paragraph to remark, but closes the div around the list to pandoc.
 */
function trailingCloses(node: RootContent): {paragraph: Paragraph; fences: Fence[]} | undefined {
  let last: RootContent | undefined = node
  while (last && (last.type === 'list' || last.type === 'listItem' || last.type === 'blockquote')) last = last.children.at(-1)
  if (last?.type !== 'paragraph' || last === node) return undefined
  const fences = fencesOf(last)
  const lastChild = last.children.length - 1
  const text = last.children[lastChild]
  if (text?.type !== 'text') return undefined
  const suffix: Fence[] = []
  let end = text.value.length
  for (let index = fences.length - 1; index >= 0; index--) {
    const fence = fences[index]!
    if (fence.child !== lastChild || fence.open !== undefined || fence.end !== end) break
    suffix.unshift(fence)
    end = fence.start - 1
  }
  return suffix.length > 0 ? {paragraph: last, fences: suffix} : undefined
}

/** Take matched trailing closing fences (see `trailingCloses`) out of their paragraph's text. */
function dropMatched(paragraph: Paragraph, fences: readonly Fence[]): void {
  const matched = fences.filter((fence) => fence.matched)
  if (matched.length === 0) return
  const text = paragraph.children.at(-1) as Text
  const from = matched[0]!.start
  const to = matched.at(-1)!.end
  text.value = text.value.slice(0, Math.max(from - 1, 0)) + text.value.slice(to)
  if (text.position?.end) text.position = {start: text.position.start, end: advance(text.position.start, text.value, text.value.length)}
}

/** Gather the blocks between matched fences of `parent`'s children into `fencedDiv` nodes; nested parents first. */
function group(parent: Parents): void {
  if (!('children' in parent)) return
  for (const child of parent.children) if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') group(child as Parents)
  const perChild = new Map<number, Fence[]>()
  const trailing = new Map<number, {paragraph: Paragraph; fences: Fence[]}>()
  const stack: Fence[] = []
  const match = (fences: readonly Fence[]) => {
    for (const fence of fences) {
      if (fence.open !== undefined) stack.push(fence)
      else {
        const open = stack.pop()
        if (open) {
          open.matched = true
          fence.matched = true
        }
      }
    }
  }
  parent.children.forEach((child, index) => {
    if (child.type !== 'paragraph') {
      const closes = stack.length > 0 ? trailingCloses(child) : undefined
      if (closes) {
        trailing.set(index, closes)
        match(closes.fences)
      }
      return
    }
    const fences = fencesOf(child)
    if (fences.length === 0) return
    perChild.set(index, fences)
    match(fences)
  })
  if (!parent.children.some((_, index) => perChild.get(index)?.some((fence) => fence.matched))) return
  const top: RootContent[] = []
  const open: FencedDiv[] = []
  const into = () => open.at(-1)?.children ?? top
  const close = (end: Point | undefined) => {
    const div = open.pop()
    if (div?.position && end) div.position = {start: div.position.start, end}
  }
  parent.children.forEach((child, index) => {
    const closes = trailing.get(index)
    if (closes) {
      dropMatched(closes.paragraph, closes.fences)
      into().push(child)
      for (const fence of closes.fences) if (fence.matched) close(child.position?.end)
      return
    }
    const matched = perChild.get(index)?.filter((fence) => fence.matched) ?? []
    if (matched.length === 0 || child.type !== 'paragraph') {
      into().push(child)
      return
    }
    for (const piece of cut(child, matched)) {
      if (!('fence' in piece)) into().push(piece)
      else if (piece.fence.open !== undefined) {
        const attributes = piece.fence.open
        const div: FencedDiv = {type: 'fencedDiv', attributes, children: [], data: {hName: 'div', hProperties: hProperties(attributes)}}
        const start = startOf(child)
        if (start) div.position = {start, end: start}
        into().push(div)
        open.push(div)
      } else close(child.position?.end)
    }
  })
  ;(parent as Root).children = top
}

/** A div's attributes as hast properties (id, className, the rest by name). */
function hProperties(attributes: DivAttributes): Record<string, string | string[]> {
  const properties: Record<string, string | string[]> = {}
  if (attributes.id !== undefined) properties.id = attributes.id
  if (attributes.classes.length > 0) properties.className = [...attributes.classes]
  for (const [name, value] of attributes.attributes) properties[name] = value
  return properties
}

/**
 * Read the fenced divs of a tree (see above): in place, linear in the
 * tree. Blocks between a pair of fences become a `fencedDiv`'s children.
 */
export function groupFencedDivs(tree: Root): void {
  group(tree)
}
