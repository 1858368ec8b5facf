import type {Root} from 'mdast'
import type {Node, Parent, Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {sourceText} from '../util/source-text.js'
import {isParent} from '../util/walk.js'
import type {SentenceRange} from './sentences.js'
import {atomCharacter, splitSentences} from './sentences.js'

/** Something in prose that is not text: a citation, a footnote reference, inline code, … */
export interface ProseAtom {
  /** Where the atom's U+FFFC is in the block's text. */
  index: number
  node: Node
}

/** One block of prose (a paragraph, heading or table cell) as plain text with sentences. */
export interface ProseBlock {
  node: Parent
  /** The visible text; each atom is one U+FFFC character. */
  text: string
  atoms: ProseAtom[]
  sentences: SentenceRange[]
  /** The identifier of the footnote definition the block is in. */
  footnote?: string
  /** Whether the block is inside a block quote. */
  inBlockquote: boolean
  /** For a table cell: its table, the blocks next to the table, and the cell's row (0: the header row). */
  table?: TableContext
  /** The source place of `[start, end)` of the text. */
  position(start: number, end: number): Position
}

/** Where a table stands: the table node, the nodes right before and after it in its parent, and a cell's row. */
export interface TableContext {
  readonly node: Parent
  /** The sibling right before the table (a paragraph that introduces it or its caption), if any. */
  readonly before: Node | undefined
  /** The sibling right after the table (a `Source: …` line or its caption), if any. */
  readonly after: Node | undefined
  /** The row of the cell, from 0 (the header row). */
  readonly row: number
}

const blockTypes = new Set(['paragraph', 'heading', 'tableCell'])
// Inline nodes whose children are visible text; every other inline leaf but text is an atom.
const atomTypes = new Set(['citation', 'footnoteReference', 'inlineCode', 'html', 'image', 'imageReference', 'inlineMath'])
/**
 * A link reference whose source is a bracketed number, `[1]`, `[3–5]`,
 * `[12, 14]` (or collapsed, `[1][]`): a numbered reference that has a
 * definition (`[1]: https://…`). Its text keeps the brackets, as it would
 * read without the definition.
 */
const numberedLink = /^\[\d{1,3}(?:\s?[,–‐-]\s?\d{1,3}){0,9}\](?:\[\])?$/u
/** The empty second brackets of a collapsed reference, `[1][]`. */
const collapsed = /\[\]$/u

/** Every regex of this module, for the ReDoS test. */
export const prosePatterns: readonly RegExp[] = [numberedLink, collapsed]

const cache = new WeakMap<Root, ProseBlock[]>()

/**
 * The prose blocks of a tree, in document order (computed once per tree).
 * Everything rules and citation attachment need about sentences comes from
 * here, so no pass re-reads the source.
 */
export function proseBlocks(tree: Root, file: VFile): ProseBlock[] {
  let blocks = cache.get(tree)
  if (!blocks) {
    blocks = collectBlocks(tree, file)
    cache.set(tree, blocks)
  }
  return blocks
}

interface Context {
  footnote: string | undefined
  inBlockquote: boolean
  table?: TableContext
}

function collectBlocks(tree: Root, file: VFile): ProseBlock[] {
  // Node positions count from after a leading byte-order mark (micromark drops it), so the source
  // the offsets index, and the lines and columns they map to, do too.
  const source = sourceText(file)
  const place = location(source)
  const blocks: ProseBlock[] = []
  const stack: Array<[Node, Context]> = [[tree, {footnote: undefined, inBlockquote: false}]]

  while (stack.length > 0) {
    const [node, context] = stack.pop()!
    if (blockTypes.has(node.type)) {
      blocks.push(buildBlock(node as Parent, context, source, place))
      continue
    }
    if (!isParent(node)) continue
    const inner: Context =
      node.type === 'footnoteDefinition'
        ? {...context, footnote: (node as Parent & {identifier: string}).identifier}
        : node.type === 'blockquote'
          ? {...context, inBlockquote: true}
          : context
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index]!
      if (child.type === 'table') {
        const table = {node: child as Parent, before: node.children[index - 1], after: node.children[index + 1], row: 0}
        stack.push([child, {...inner, table}])
      } else if (node.type === 'table' && inner.table) {
        stack.push([child, {...inner, table: {...inner.table, row: index}}])
      } else {
        stack.push([child, inner])
      }
    }
  }

  return blocks
}

/** A caret of a superscript's source as a text node of its own. */
function caret(start: Position['start'], end: Position['end']): Node {
  return {type: 'text', value: '^', position: {start, end}} as Node
}

/** A run of text in the block and where it came from. */
interface Piece {
  textStart: number
  value: string
  sourceStart: number
  sourceEnd: number
  /** Index in the text → source offset, built on first use when the source differs (escapes, `> `). */
  map?: number[]
}

function buildBlock(block: Parent, context: Context, source: string, place: ReturnType<typeof location>): ProseBlock {
  const pieces: Piece[] = []
  const atoms: ProseAtom[] = []
  let text = ''
  const stack: Node[] = [...block.children].reverse()

  while (stack.length > 0) {
    const node = stack.pop()!
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text') {
      const value = (node as Node & {value: string}).value
      if (start !== undefined && end !== undefined) pieces.push({textStart: text.length, value, sourceStart: start, sourceEnd: end})
      text += value
    } else if (node.type === 'linkReference' && start !== undefined && end !== undefined && end - start <= 80 && numberedLink.test(source.slice(start, end))) {
      // `[1]` with a definition: the bracketed number, not the link's text alone (`1`), so it reads as a numbered reference.
      const value = source.slice(start, end).replace(collapsed, '')
      pieces.push({textStart: text.length, value, sourceStart: start, sourceEnd: end})
      text += value
    } else if (node.type === 'break') {
      if (start !== undefined && end !== undefined) pieces.push({textStart: text.length, value: '\n', sourceStart: start, sourceEnd: end})
      text += '\n'
    } else if (node.type === 'superscript' && node.position && isParent(node)) {
      // pandoc's `^…^` keeps its carets in the text, as written: `rose.^1^` is a numbered note
      // mark to the sentence splitter and to support.ts. (A subscript reads as its words: `H2O`.)
      const {start: open, end: close} = node.position
      stack.push(caret({...close, column: close.column - 1, offset: (close.offset ?? 1) - 1}, close))
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
      stack.push(caret(open, {...open, column: open.column + 1, offset: (open.offset ?? 0) + 1}))
    } else if (atomTypes.has(node.type) || !isParent(node)) {
      if (start !== undefined && end !== undefined) pieces.push({textStart: text.length, value: atomCharacter, sourceStart: start, sourceEnd: end})
      atoms.push({index: text.length, node})
      text += atomCharacter
    } else {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }

  const toOffset = (index: number, isEnd: boolean): number | undefined => {
    const piece = pieceAt(pieces, isEnd ? index - 1 : index)
    if (!piece) return undefined
    const at = Math.min(Math.max((isEnd ? index - 1 : index) - piece.textStart, 0), piece.value.length - 1)
    if (piece.value === atomCharacter) return isEnd ? piece.sourceEnd : piece.sourceStart
    const offset = sourceOffset(piece, at, source)
    return isEnd ? offset + 1 : offset
  }

  const result: ProseBlock = {
    node: block,
    text,
    atoms,
    sentences: splitSentences(text),
    inBlockquote: context.inBlockquote,
    position(start, end) {
      const from = toOffset(start, false)
      const to = toOffset(Math.max(end, start + 1), true)
      const startPoint = from === undefined ? undefined : place.toPoint(from)
      const endPoint = to === undefined ? undefined : place.toPoint(to)
      const fallback = block.position!
      return {
        start: startPoint ? {...startPoint, offset: from} : fallback.start,
        end: endPoint ? {...endPoint, offset: to} : fallback.end
      }
    }
  }
  if (context.footnote !== undefined) result.footnote = context.footnote
  if (context.table) result.table = context.table
  return result
}

/** The piece holding text index `index` (binary search). */
function pieceAt(pieces: Piece[], index: number): Piece | undefined {
  let low = 0
  let high = pieces.length - 1
  let found: Piece | undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    const piece = pieces[middle]!
    if (piece.textStart <= index) {
      found = piece
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}

function sourceOffset(piece: Piece, at: number, source: string): number {
  const length = piece.sourceEnd - piece.sourceStart
  if (length === piece.value.length) return piece.sourceStart + at
  if (!piece.map) piece.map = align(piece, source)
  return piece.map[at] ?? piece.sourceStart
}

// Match each character of the text to the next equal source character, looking
// a short way ahead: escapes (`\*`), entities (`&amp;`) and block quote markers
// (`> `) are skipped without searching the whole block.
function align(piece: Piece, source: string): number[] {
  const map: number[] = []
  let cursor = piece.sourceStart
  for (const char of piece.value) {
    let found = -1
    for (let probe = cursor; probe < piece.sourceEnd && probe < cursor + 16; probe++) {
      if (source.startsWith(char, probe)) {
        found = probe
        break
      }
    }
    // `for…of` steps by code point; keep the map indexed by UTF-16 unit.
    const at = found === -1 ? Math.min(cursor, piece.sourceEnd - 1) : found
    for (let unit = 0; unit < char.length; unit++) map.push(at + unit)
    if (found !== -1) cursor = found + char.length
  }
  return map
}
