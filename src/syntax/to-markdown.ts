import type {Link, Parents, Text, ThematicBreak} from 'mdast'
import type {TextDirective} from 'mdast-util-directive'
import {directiveToMarkdown} from 'mdast-util-directive'
import type {ConstructName, Info, State, Options as ToMarkdownExtension, Unsafe} from 'mdast-util-to-markdown'
import {defaultHandlers} from 'mdast-util-to-markdown'
import {citationToMarkdown} from './citation/to-markdown.js'
import {verbatimSource} from './prose-data.js'

// Where a colon can never start a directive: link destinations and titles.
const notProse: ConstructName[] = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'titleApostrophe',
  'titleQuote'
]

// What may follow `<` in an e-mail autolink's local part (CommonMark's atext).
const autolinkStart = "[\\w!#$%&'*+/=?^`{|}~.-]"

// Characters whose escapes plain text (see `markPlainText`) does not need.
const plainCharacters = new Set([':', '@', '$', '^', '~'])

/**
 * How argmark writes Markdown: directives with attributes as authors write
 * them (`weight=0.8`), citations as pandoc reads them, and prose exactly as
 * written where the tree alone cannot tell that an escape is unneeded.
 */
export function argmarkToMarkdown(): ToMarkdownExtension {
  const directives = directiveToMarkdown({preferUnquoted: true, quoteSmart: true})
  const citations = citationToMarkdown()
  // Text next to a citation needs escapes of its own; argmark's text handler
  // adds its rules on top of that one.
  const citationText = citations.handlers!.text!
  return {
    extensions: [
      {
        ...directives,
        // mdast-util-directive escapes colons in link destinations and titles
        // too (`https://x.org/a\:b`), where no directive can start.
        unsafe: (directives.unsafe ?? []).map((pattern) => keepToProse(pattern))
      },
      citations,
      // `\<^@a>` is `<^`, a citation and `>`: unescaped, `<^@a>` reads as an
      // e-mail autolink. Any `<` before a character an address or a tag can
      // start with keeps its escape (mdast-util-to-markdown escapes it only
      // before letters and `!/?`).
      {unsafe: [{character: '<', after: autolinkStart, inConstruct: 'phrasing'}]}
    ],
    handlers: {
      textDirective(node: TextDirective, parent, state, info) {
        const value = directives.handlers!.textDirective!(node, parent, state, info)
        // A directive with an empty label or attribute block is a node; the
        // bare `:name` mdast-util-directive writes for it would read as prose.
        return value === ':' + node.name ? value + '[]' : value
      },
      text(node: Text, parent, state, info) {
        const source = verbatimSource(node)
        if (source !== undefined) return source.startsWith(':') && afterColonsAtLineStart(node, parent, state) ? '\\' + source : source
        const plain = plainPatterns(node, info.after ?? '')
        const escaped = node.data?.escaped
        // Escapes smart punctuation respects (`\...`), of dollars (`\$`) and spaces (`\ `) are written back as typed.
        // A parsed `$` that was not escaped was prose where it stood: it stays
        // as typed (`mathToMarkdown` escapes every `$` of text not parsed).
        if (escaped && escaped.length > 0) {
          const write = () => withEscapes(node, escaped, (stand) => citationText(stand, parent, state, info))
          const keep = (pattern: Unsafe) => pattern.character !== '$' && (plain?.(pattern) ?? true)
          return withUnsafe(state, keep, write, [backslashBeforeStandIn], throughStandIns)
        }
        if (plain === undefined) return citationText(node, parent, state, info)
        return withUnsafe(state, plain, () => citationText(node, parent, state, info))
      },
      thematicBreak(node: ThematicBreak, parent, state) {
        // A document that opens on `---` and has another `---` line later reads as front matter
        // (`- ---` alone is a thematic break): the first block, a thematic break, is written `***`.
        if (parent?.type === 'root' && parent.children[0] === node) return '***'
        return defaultHandlers.thematicBreak(node, parent, state)
      },
      link(node: Link, parent, state, info) {
        const [only] = node.children
        if (node.data?.argmarkLiteral === true && only?.type === 'text' && !extendsLiteral(node, only.value, parent, state, info)) return only.value
        // A superscript's or subscript's content is plain characters only (`^https://a.org/x^`), so a
        // link there is a bare URL the reader found in it: written `<…>` it would end the content.
        if ((parent?.type === 'superscript' || parent?.type === 'subscript') && only?.type === 'text' && node.children.length === 1 && literalTarget(only.value) === node.url) return only.value
        return defaultHandlers.link(node, parent, state, info)
      }
    }
  }
}

/**
 * Which unsafe patterns text the author wrote plainly still needs (see
 * `markPlainText`): none of those for `:`, `@`, `$`, `^` and `~` (they
 * started nothing where they stood) but for the characters the author
 * escaped somewhere in it; `undefined` where every pattern applies: text not
 * read from the source, or text holding a marker that would open once the
 * writer escapes what follows it (`after`: the characters written next).
 */
function plainPatterns(node: Text, after: string): ((pattern: Unsafe) => boolean) | undefined {
  if (node.data?.argmarkPlain !== true) return undefined
  const kept = node.data.argmarkKept ?? ''
  const value = node.value + after
  // A marker the author escaped somewhere is escaped wherever it is unsafe, and opens nothing.
  if ((!kept.includes('^') && superscriptOpener.test(value)) || (!kept.includes('~') && subscriptOpener.test(value))) return undefined
  return (pattern) => !plainCharacters.has(pattern.character) || kept.includes(pattern.character)
}

/**
 * A `^` or `~` of plain text that would open a superscript or subscript once
 * the writer escapes what follows it: the same marker after it with no space
 * or line ending between (`a^*b^ c` is text, but the writer escapes the `*`
 * and `a^\*b^ c` is a superscript holding `*b`, in argmark and pandoc
 * alike), or a `^` before `[`, which the inline-note pattern escapes
 * (`a^[:b^[c]` would be written `a^\[:b^[c]`, where `^\[:b^` is a
 * superscript). Plain text that holds one is written as other text is, every
 * marker escaped. Each attempt reads on only to the next marker or space, so
 * a text is read once.
 */
export const superscriptOpener = /\^(?:\[|[^\s^]*\^)/
/** The same for `~` (`a~*b~ c`). */
export const subscriptOpener = /~[^\s~]*~/

/** The URL GFM gives a bare URL, `www.` address or e-mail address written as `text`. */
function literalTarget(text: string): string {
  if (text.startsWith('www.')) return 'http://' + text
  return text.includes('@') && !text.includes(':') ? 'mailto:' + text : text
}

/** What a literal autolink could run over: up to a space or `<`. */
export const literalRun = /^[^\s<]*/

/**
 * Whether the text after a bare URL, as written, would join the URL when
 * read again. GFM's literal autolinks run to a space or `<` and leave out
 * only trailing punctuation (`.`, `_`, `*`, `~`, an entity-like `&amp;`):
 * text the reader left out of the URL may come back as a backslash escape or
 * a character reference, which the URL takes in (`https://a.org/x_ and` is
 * written `https://a.org/x\_`, a link to `https://a.org/x\`). Then the
 * link is written as an autolink `<…>`, or `[…](…)`, instead. The text is
 * written once more to see; a paragraph's bare URLs each look at the one
 * text after them.
 */
function extendsLiteral(link: Link, url: string, parent: Parents | undefined, state: State, info: Info): boolean {
  const index = childIndex(link, parent, state)
  const next = index === undefined ? undefined : parent?.children[index + 1]
  if (next?.type !== 'text') return false
  const written = state.handle(next, parent, state, {...info, before: url.slice(-1), after: ''})
  const run = literalRun.exec(written)![0]
  return run.includes('\\') || run.includes('&')
}

/**
 * Whether `node` comes right after a text that ends in colons alone on its
 * line (`\\::objection` is a colon and the prose `:objection`, given back as
 * written): a colon written at its start would join them into a leaf
 * directive's `::objection`. Elsewhere `::` opens nothing (`claim::b`).
 */
function afterColonsAtLineStart(node: Text, parent: Parents | undefined, state: State): boolean {
  const index = childIndex(node, parent, state)
  const previous = index === undefined || index === 0 ? undefined : parent?.children[index - 1]
  if (previous?.type !== 'text') return false
  const match = colonsAtLineStart.exec(previous.value)
  return match !== null && (match[0].startsWith('\n') || index === 1)
}

/** Colons alone at the end of a text, from the start of their line. */
export const colonsAtLineStart = /(?:^|\n)[ \t]*:+$/

/**
 * Where `node` stands in `parent`: the child being written, or the one after
 * it when the writer looks ahead at it (`peek`) for the character after that
 * child; `undefined` elsewhere. Read off the writer's index stack, not by a
 * search of the children.
 */
function childIndex(node: Link | Text, parent: Parents | undefined, state: State): number | undefined {
  const top = state.indexStack.at(-1)
  if (top === undefined || !parent) return undefined
  return parent.children[top] === node ? top : parent.children[top + 1] === node ? top + 1 : undefined
}

/** `write()` with only the unsafe patterns `keep` accepts, each as `map` gives it, and `extra`. */
function withUnsafe(
  state: State,
  keep: (pattern: Unsafe) => boolean,
  write: () => string,
  extra: readonly Unsafe[] = [],
  map: (pattern: Unsafe) => Unsafe = (pattern) => pattern
): string {
  const unsafe = state.unsafe
  state.unsafe = [...unsafe.filter(keep).map(map), ...extra]
  try {
    return write()
  } finally {
    state.unsafe = unsafe
  }
}

/** A stand-in (Unicode private use) for an escaped character while the rest is written. */
export const escapeStandIn = /[\uE010-\uE015]/g
// The characters whose recorded escapes are written back, in stand-in order;
// each is written after its backslash as itself, but a non-breaking space as
// pandoc's escaped space (`\ `).
const escapable = ['.', "'", '"', '-', '$', '\u00a0']
const writtenAfterBackslash = escapable.map((character) => (character === '\u00a0' ? ' ' : character))
// A backslash of text right before an escaped character is escaped itself
// (`a\\\$`): the escape written back after it would otherwise pair with it.
const backslashBeforeStandIn: Unsafe = {character: '\\', after: '[\uE010-\uE015]', inConstruct: 'phrasing'}

// Each pattern as `throughStandIns` gives it, made once: mdast-util-to-markdown
// compiles a pattern once and keeps the expression on it.
const seenThrough = new WeakMap<Unsafe, Unsafe>()

/**
 * `pattern` with a `before` or `after` that no stand-in meets. A stand-in is
 * written back escaped, and mdast-util-to-markdown does not escape a
 * character for its neighbour's sake when that neighbour is escaped anyway:
 * `:\$` (no directive starts at `:` before an escape; the directive pattern's
 * `[^\s\p{P}\p{S}]` would take a stand-in for a letter), as when the `$` is
 * escaped on writing.
 */
function throughStandIns(pattern: Unsafe): Unsafe {
  let seen = seenThrough.get(pattern)
  if (seen === undefined) {
    const {_compiled: _, ...rest} = pattern
    seen = {...rest}
    if (typeof pattern.before === 'string') seen.before = notStandIn + '(?:' + pattern.before + ')'
    if (typeof pattern.after === 'string') seen.after = notStandIn + '(?:' + pattern.after + ')'
    seenThrough.set(pattern, seen)
  }
  return seen
}

const notStandIn = '(?![\\uE010-\\uE015])'

/** `node` written by `write`, its escaped characters (indices `escaped`) written with their backslash. */
function withEscapes(node: Text, escaped: readonly number[], write: (node: Text) => string): string {
  const units = node.value.split('')
  for (const at of escaped) {
    const index = escapable.indexOf(units[at] ?? '')
    if (index !== -1) units[at] = String.fromCharCode(0xe010 + index)
  }
  const {escaped: _, ...data} = node.data ?? {}
  const written = write({...node, value: units.join(''), data})
  return written.replace(escapeStandIn, (character) => '\\' + writtenAfterBackslash[character.charCodeAt(0) - 0xe010])
}

function keepToProse(pattern: Unsafe): Unsafe {
  if (pattern.character !== ':') return pattern
  // A colon after colons at a line's start opens a leaf or container
  // directive only before its name (a letter): `::: {.note}` and `::: note`
  // are pandoc's fenced divs (src/syntax/fenced-divs.ts) and stay as written.
  if (pattern.atBreak === true && pattern.after === undefined) pattern = {...pattern, after: '[A-Za-z]'}
  const existing = pattern.notInConstruct
  const list = existing === null || existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]
  return {...pattern, notInConstruct: [...(list as ConstructName[]), ...notProse]}
}
