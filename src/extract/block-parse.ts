import type {Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import type {Processor} from 'unified'
import {unified} from 'unified'
import type {Point, Position} from 'unist'
import type {EmphasisDepthProblem} from '../syntax/emphasis-depth.js'
import {readEmphasisDepth} from '../syntax/emphasis-depth.js'
import {remarkArgmarkBlockSyntax, remarkArgmarkParseSyntax} from '../syntax/plugin.js'
import {inlineNotePrefix} from '../syntax/inline-notes.js'
import {movePoints} from './move-points.js'
import {blockStarts, contentEnd, countLines, opensMetadata, startsListItem} from './blocks.js'
import type {Definitions} from './definitions.js'
import {
  changedDefinitions,
  collectDefinitions,
  definitionsExtension,
  guessDefinitions,
  isEmpty,
  mentionsAny,
  noDefinitions,
  sameDefinitions,
  withDefinitions
} from './definitions.js'

/**
 * A run of whole top-level blocks of a document, parsed alone: `[start,
 * end)` of the source (0-based offsets), its first line (1-based), and its
 * top-level nodes with their positions in the document.
 */
export interface Segment {
  readonly start: number
  readonly end: number
  readonly line: number
  readonly nodes: RootContent[]
}

type TreeProcessor = Processor<Root, undefined, undefined, Root, string>

interface Parsers {
  readonly first: TreeProcessor
  readonly rest: TreeProcessor
  readonly firstSeeded: TreeProcessor
  readonly restSeeded: TreeProcessor
}

let parsers: Parsers | undefined

// The syntax is the same for every kit: four processors, built once. Only
// the block at offset 0 may hold front matter; blocks parsed with the
// document's definitions get `definitionsExtension`.
function getParsers(): Parsers {
  parsers ??= {
    first: build(remarkArgmarkParseSyntax, false),
    rest: build(remarkArgmarkBlockSyntax, false),
    firstSeeded: build(remarkArgmarkParseSyntax, true),
    restSeeded: build(remarkArgmarkBlockSyntax, true)
  }
  return parsers
}

function build(syntax: (this: Processor) => undefined, seeded: boolean): TreeProcessor {
  const processor = unified().use(remarkParse).use(syntax)
  // Plugins run when the processor is frozen: this one after the syntax, so
  // its constructs come first.
  if (seeded) processor.use(remarkDefinitions)
  return processor.freeze() as unknown as TreeProcessor
}

function remarkDefinitions(this: Processor): undefined {
  ;(this.data().micromarkExtensions ||= []).push(definitionsExtension)
}

/** Bytes of blocks parsed in one call when a whole document is parsed: large enough to amortize a call, small enough to stay linear. */
export const segmentSize = 4 * 1024

/** What parsing one run of blocks gave. */
export interface ParsedRange {
  readonly segment: Segment
  /** Whether nothing is left open at its end, so the next block starts afresh. */
  readonly closed: boolean
  /** The parse's root position, in the document. */
  readonly position: Position | undefined
  /** The first emphasis sequence read as text beyond each limit (see `emphasisDepth`), offsets in the document. */
  readonly emphasis: readonly EmphasisDepthProblem[]
}

/**
 * Parse `[start, end)` of `source` (whole blocks, starting on line `line`)
 * alone, with the document's `definitions`, and tell whether it ends with
 * every construct closed: its last top-level node ends before the blank
 * lines that end the run (an unclosed fence, HTML block or container
 * directive runs over them), and is not a list the next block could
 * continue (nor code followed by a list item, see `isClosed`).
 */
export function parseRange(source: string, start: number, end: number, line: number, definitions: Definitions): ParsedRange {
  const text = source.slice(start, end)
  // Only a document that has front matter is parsed with it: a `---` line
  // that opens none would leave micromark-extension-frontmatter's failed
  // attempt in the parser's state, and no list or block quote of the rest
  // would start (a parse of the whole document has that defect).
  const tree = parseText(text, opensMetadata(source, start), definitions)
  const closed = end >= source.length || isClosed(tree, text, source, end)
  // micromark drops a byte order mark at the start of what it parses and
  // counts offsets without it: so do the blocks after the first.
  const offset = start > 0 && source.charCodeAt(0) === 0xfeff ? start - 1 : start
  if (offset > 0 || line > 1) shiftNodes(tree.children, line - 1, offset)
  const position = tree.position && {start: shiftedPoint(tree.position.start, line - 1, offset), end: shiftedPoint(tree.position.end, line - 1, offset)}
  const emphasis = (tree.data?.argmarkEmphasisDepth ?? []).map((problem) => ({...problem, offset: problem.offset + offset}))
  return {segment: {start, end, line, nodes: tree.children}, closed, position, emphasis}
}

function isClosed(tree: Root, text: string, source: string, next: number): boolean {
  return endsClosed(tree, text, startsListItem(source, next))
}

/**
 * Whether the tree of `text` (whole blocks followed by more) leaves nothing
 * open for what follows: its last top-level node ends before the blank
 * lines that end `text`, and is not a list the next line (`nextIsListItem`)
 * continues; nor code, after which micromark reads a list item that could
 * not interrupt a paragraph (`-` alone, `2.`) as a paragraph, as if the code
 * were still open.
 */
export function endsClosed(tree: Root, text: string, nextIsListItem: boolean): boolean {
  const last = tree.children.at(-1)
  if (!last) return true
  const end = last.position?.end.offset
  if (end === undefined || end > contentEnd(text, 0, text.length)) return false
  return !((last.type === 'list' || last.type === 'code') && nextIsListItem)
}

/**
 * Parse whole blocks on their own, with positions from line 1, offset 0:
 * with front matter only when they start the document and it has front
 * matter, and with the document's `definitions`. Emphasis beyond a limit
 * is read as text (see `emphasisDepth`); the first such sequence per limit is
 * on the root's `data.argmarkEmphasisDepth`.
 */
export function parseText(text: string, frontMatter: boolean, definitions: Definitions): Root {
  const all = getParsers()
  const seeded = !isEmpty(definitions)
  const processor = frontMatter ? (seeded ? all.firstSeeded : all.first) : seeded ? all.restSeeded : all.rest
  const [tree, deep] = readEmphasisDepth(() => (seeded ? withDefinitions(definitions, () => processor.parse(text)) : processor.parse(text)))
  if (deep.length > 0) (tree.data ??= {}).argmarkEmphasisDepth = deep
  return tree
}

/**
 * Parse a document block by block: the source is cut where top-level blocks
 * may start (`blockStarts`), runs of blocks about `segmentSize` long are
 * parsed alone (a run that ends with a construct still open takes in the
 * blocks after it, twice as many each time), and link and footnote
 * definitions are known document-wide. The tree equals a parse of the whole
 * document, positions included, while no parse sees more than a few blocks:
 * linear in the document. (One difference, on purpose: a document whose
 * first line is `---` without a closing `---` has no front matter, and its
 * lists and block quotes are read as CommonMark reads them, where a parse of
 * the whole document with remark-frontmatter reads them as paragraphs.) A
 * document with a link or footnote definition inside a container directive
 * is parsed whole: micromark makes such a definition known to some blocks
 * and not others.
 */
export function parseBlocks(source: string, size = segmentSize): {tree: Root; segments: Segment[]} {
  const starts = blockStarts(source)
  const guessed = source.includes(']:') ? guessDefinitions(source) : noDefinitions
  const ranges: ParsedRange[] = []
  let index = 0
  let line = 1
  let lineFrom = 0
  while (index < starts.length) {
    const start = starts[index]!
    line += countLines(source, lineFrom, start)
    lineFrom = start
    let next = index + 1
    // A YAML metadata block starts a run of its own: it is read as front matter only there.
    while (next < starts.length && starts[next]! - start < size && !opensMetadata(source, starts[next]!)) next++
    let more = 1
    for (;;) {
      const range = parseRange(source, start, next < starts.length ? starts[next]! : source.length, line, guessed)
      if (range.closed) {
        ranges.push(range)
        break
      }
      next = Math.min(starts.length, next + more)
      more *= 2
    }
    index = next
  }

  // The guess from the text is checked against what parsing found; blocks
  // that name a label guessed wrong are parsed again.
  if (source.includes(']:')) {
    const found = {links: new Set<string>(), footnotes: new Set<string>()}
    let inDirective = false
    for (const range of ranges) {
      const {start, end} = range.segment
      const at = source.indexOf(']:', start)
      if (at !== -1 && at < end) inDirective = collectDefinitions(range.segment.nodes, found) || inDirective
    }
    // A definition inside a container directive is known to part of the
    // document only, in micromark's order of passes: such a document is
    // parsed whole, as it is the only way to read it the same.
    if (inDirective) {
      const range = parseRange(source, 0, source.length, 1, noDefinitions)
      return {tree: rootOf([range]), segments: [range.segment]}
    }
    if (!sameDefinitions(found, guessed)) {
      const changed = changedDefinitions(found, guessed)
      for (const [position, range] of ranges.entries()) {
        const {start, end, line: first} = range.segment
        if (mentionsAny(source, start, end, changed)) ranges[position] = parseRange(source, start, end, first, found)
      }
    }
  }

  return {tree: rootOf(ranges), segments: ranges.map((range) => range.segment)}
}

function rootOf(ranges: readonly ParsedRange[]): Root {
  const children: RootContent[] = []
  for (const range of ranges) for (const node of range.segment.nodes) children.push(node)
  const first = ranges[0]?.position
  const last = ranges.at(-1)?.position
  const tree: Root = {type: 'root', children}
  if (first && last) tree.position = {start: first.start, end: last.end}
  // The first emphasis read as text beyond each limit in the document, and how many markers were in all.
  const deep = new Map<EmphasisDepthProblem['kind'], EmphasisDepthProblem>()
  for (const {emphasis} of ranges) {
    for (const problem of emphasis) {
      const first = deep.get(problem.kind)
      deep.set(problem.kind, first ? {...first, count: first.count + problem.count} : problem)
    }
  }
  if (deep.size > 0) tree.data = {argmarkEmphasisDepth: [...deep.values()]}
  return tree
}


/**
 * Move the positions of nodes parsed alone to where they are in the
 * document: `lines` down and `offset` on (columns do not change: blocks
 * start at the start of a line). Also the positions argmark's syntax keeps
 * in `data` (directive openings, closings and attributes) and on citation
 * items (see `movePoints`), and the offsets that name inline notes.
 */
export function shiftNodes(nodes: readonly RootContent[], lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return
  movePoints(
    nodes,
    (point) => {
      point.line += lines
      if (point.offset !== undefined) point.offset += offset
    },
    (node) => {
      // An inline note is named by its offset in what was parsed: in the document, once moved.
      const note = node as {identifier?: string; label?: string; data?: {inlineNote?: boolean}}
      if (note.data?.inlineNote && note.identifier?.startsWith(inlineNotePrefix)) {
        const at = Number(note.identifier.slice(inlineNotePrefix.length))
        if (Number.isInteger(at)) note.identifier = note.label = inlineNotePrefix + (at + offset)
      }
    }
  )
}

function shiftedPoint(point: Point, lines: number, offset: number): Point {
  const result: Point = {line: point.line + lines, column: point.column}
  if (point.offset !== undefined) result.offset = point.offset + offset
  return result
}
