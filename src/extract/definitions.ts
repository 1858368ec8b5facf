import type {Nodes, Root} from 'mdast'
import type {Construct, Extension, ParseContext, State, TokenizeContext} from 'micromark-util-types'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'

/**
 * Link reference and footnote definitions are document-wide: `[text][label]`
 * in one block is a link when any block defines `label`, and `[^n]` a
 * footnote call when any block defines `[^n]:`. Blocks parsed alone are
 * given the labels of the whole document (micromark's normalized
 * identifiers) through `definitionsExtension`.
 */
export interface Definitions {
  /** Link reference definitions (`[label]: url`). */
  readonly links: ReadonlySet<string>
  /** Footnote definitions (`[^label]: text`), without the `^`. */
  readonly footnotes: ReadonlySet<string>
}

/** No definitions. */
export const noDefinitions: Definitions = {links: new Set(), footnotes: new Set()}

/** Whether two sets of definitions hold the same labels. */
export function sameDefinitions(a: Definitions, b: Definitions): boolean {
  return sameSet(a.links, b.links) && sameSet(a.footnotes, b.footnotes)
}

/** Whether a definitions set is empty. */
export function isEmpty(definitions: Definitions): boolean {
  return definitions.links.size === 0 && definitions.footnotes.size === 0
}

/** The labels in `a` or `b` but not both, as `Definitions`. */
export function changedDefinitions(a: Definitions, b: Definitions): Definitions {
  return {links: difference(a.links, b.links), footnotes: difference(a.footnotes, b.footnotes)}
}

/** Both sets together. */
export function mergeDefinitions(into: {links: Set<string>; footnotes: Set<string>}, from: Definitions): void {
  for (const label of from.links) into.links.add(label)
  for (const label of from.footnotes) into.footnotes.add(label)
}

/**
 * The definitions a parsed block holds (mdast `definition` and
 * `footnoteDefinition` nodes, also inside block quotes, lists and
 * footnotes), as micromark identifies them. Only block containers are
 * walked. Returns whether a definition sits inside a container directive:
 * micromark reads a directive's content in a later pass than the text
 * around it, so such a definition is known only to what follows it, and to
 * other directives' content (see `parseBlocks`).
 */
export function collectDefinitions(nodes: readonly Nodes[], into: {links: Set<string>; footnotes: Set<string>}): boolean {
  let inDirective = false
  const stack: Array<[Nodes, boolean]> = nodes.map((node) => [node, false])
  while (stack.length > 0) {
    const [node, inside] = stack.pop()!
    if (node.type === 'definition') {
      into.links.add(node.identifier.toUpperCase())
      inDirective ||= inside
    } else if (node.type === 'footnoteDefinition') {
      into.footnotes.add(node.identifier.toUpperCase())
      inDirective ||= inside
      for (const child of node.children) stack.push([child, inside])
    } else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'containerDirective') {
      const nested = inside || node.type === 'containerDirective'
      for (const child of node.children) stack.push([child, nested])
    }
  }
  return inDirective
}

/**
 * The definitions `tree` holds (see `collectDefinitions`), with those of
 * `known` (a session's other segments' labels): what the front matter's
 * abstract is read with, so `[^1]` or `[text][label]` there names a
 * definition in the body, as pandoc reads metadata. Linear in the tree's
 * block containers.
 */
export function documentDefinitions(tree: Root, known: Definitions | undefined): Definitions {
  const all = {links: new Set<string>(), footnotes: new Set<string>()}
  if (known) mergeDefinitions(all, known)
  collectDefinitions(tree.children, all)
  return all
}

/**
 * The labels a document probably defines, read without parsing: every
 * `[label]:` whose `[` has only indentation, `>` and list markers before it
 * on its line (`[^label]:` a footnote). Parsing decides: a guess that is
 * wrong (inside a code block, a label over two lines) only costs parsing
 * the blocks that use it again. Linear: each character is looked at a
 * bounded number of times.
 */
export function guessDefinitions(source: string): Definitions {
  const links = new Set<string>()
  const footnotes = new Set<string>()
  let from = 0
  for (;;) {
    const close = source.indexOf(']:', from)
    if (close === -1) break
    from = close + 2
    const open = labelStart(source, close)
    if (open === -1 || !onlyPrefixBefore(source, open)) continue
    const label = source.slice(open + 1, close)
    if (label.startsWith('^')) footnotes.add(normalizeIdentifier(label.slice(1)))
    else links.add(normalizeIdentifier(label))
  }
  return {links, footnotes}
}

/**
 * Whether `[start, end)` of the source names a label of `definitions` in
 * brackets (`[label]`, `[text][label]`, `[^label]`): whether parsing it with
 * and without them can differ.
 */
export function mentionsAny(source: string, start: number, end: number, definitions: Definitions): boolean {
  if (isEmpty(definitions)) return false
  let from = start
  for (;;) {
    const close = source.indexOf(']', from)
    if (close === -1 || close >= end) return false
    from = close + 1
    const open = labelStart(source, close)
    if (open === -1 || open < start) continue
    const label = normalizeIdentifier(source.slice(open + 1, close))
    if (definitions.links.has(label)) return true
    if (label.startsWith('^') && definitions.footnotes.has(label.slice(1))) return true
  }
}

// The `[` that opens the label closed by the `]` at `close`: none when an
// unescaped `[` or `]` comes first (labels cannot hold them) or the label is
// longer than CommonMark's 999 characters.
function labelStart(source: string, close: number): number {
  const limit = Math.max(0, close - 1000)
  for (let index = close - 1; index >= limit; index--) {
    const code = source.charCodeAt(index)
    if ((code === 0x5b || code === 0x5d) && !escaped(source, index)) return code === 0x5b ? index : -1
  }
  return -1
}

function escaped(source: string, index: number): boolean {
  let slashes = 0
  while (index - slashes - 1 >= 0 && source.charCodeAt(index - slashes - 1) === 0x5c) slashes++
  return slashes % 2 === 1
}

// Only indentation, `>` and list markers (`-`, `+`, `*`, digits with `.` or `)`) before `index` on its line.
function onlyPrefixBefore(source: string, index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const code = source.charCodeAt(at)
    if (code === 0x0a || code === 0x0d) return true
    if (!prefixCodes.has(code)) return false
  }
  return true
}

const prefixCodes = new Set([0x20, 0x09, 0x3e, 0x2d, 0x2b, 0x2a, 0x2e, 0x29, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39])

// A list micromark can ask `includes` and `push` of, backed by sets.
class DefinedList {
  private readonly own: Set<string>
  constructor(
    private readonly known: ReadonlySet<string>,
    initial: readonly string[] | undefined
  ) {
    this.own = new Set(initial)
  }

  includes(label: string): boolean {
    return this.known.has(label) || this.own.has(label)
  }

  push(...labels: string[]): number {
    for (const label of labels) this.own.add(label)
    return this.own.size
  }
}

// The definitions of the parse running now (parsing is synchronous).
let active: Definitions | undefined
const seeded = new WeakSet<ParseContext>()

/**
 * Run `parse` with the document's definitions known to micromark: any
 * `[`/`]` in text first gives the parser the labels (before the constructs
 * that read them), so references to definitions in other blocks resolve as
 * in a parse of the whole document.
 */
export function withDefinitions<T>(definitions: Definitions, parse: () => T): T {
  const previous = active
  active = definitions
  try {
    return parse()
  } finally {
    active = previous
  }
}

function seed(parser: ParseContext): void {
  if (!active || seeded.has(parser)) return
  seeded.add(parser)
  parser.defined = new DefinedList(active.links, parser.defined) as unknown as string[]
  parser.gfmFootnotes = new DefinedList(active.footnotes, parser.gfmFootnotes) as unknown as string[]
}

const seedConstruct: Construct = {
  name: 'argmarkDefinitions',
  add: 'before',
  tokenize(this: TokenizeContext, _effects, _ok, nok): State {
    seed(this.parser)
    return nok
  }
}

/** The micromark extension that gives a block the document's definitions (see `withDefinitions`). */
export const definitionsExtension: Extension = {text: {91: seedConstruct, 93: seedConstruct}}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false
  for (const value of a) if (!b.has(value)) return false
  return true
}

function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const result = new Set<string>()
  for (const value of a) if (!b.has(value)) result.add(value)
  for (const value of b) if (!a.has(value)) result.add(value)
  return result
}
