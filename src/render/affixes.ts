import type {Nodes, Paragraph, PhrasingContent, Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import CSL from 'citeproc'
import {unified, type Processor} from 'unified'
import {escapedSpaceSyntax} from '../syntax/escaped-space.js'
import {escapesFromMarkdown} from '../syntax/escapes.js'
import {remarkTexMath} from '../syntax/math/index.js'
import {gfmOptions} from '../syntax/strikethrough-limit.js'
import {scriptsFromMarkdown, scriptsSyntax} from '../syntax/scripts/index.js'
import {slot, slotLimit, unmark} from './csl/format.js'
import {smartPhrasing} from '../util/smart.js'

const parser = unified()
  .use(remarkParse)
  .use(remarkGfm, gfmOptions)
  .use(remarkTexMath)
  .use(function (this: Processor) {
    const data = this.data()
    ;(data.micromarkExtensions ||= []).push(scriptsSyntax(), escapedSpaceSyntax())
    ;(data.fromMarkdownExtensions ||= []).push(scriptsFromMarkdown(), escapesFromMarkdown())
  })
  .freeze()

/**
 * What citeproc-js would read as markup in an affix (a tag, an entity) or
 * change (it makes a non-breaking space, pandoc's after `cf.`, a space, and
 * a space before `;`, `:`, `!` or `?` a narrow no-break one, as French
 * typography would): each is handed over as a slot holding its text, since
 * citeproc-js keeps an entity written for it (`&#38;`) as written in the output.
 */
export const markupCharacters = /[&<>\u00A0]| (?=[;:!?])/g

/**
 * What would start a block where pandoc reads only inlines: a heading or
 * list marker before a space, `>`, or a number and its `.` or `)` before a
 * space. (Anything else that reads as a block is kept as text.)
 */
export const blockStart = /^(?:#{1,6}(?=[ \t]|$)|>|[*+-](?=[ \t]|$)|(\d{1,9})([.)])(?=[ \t]|$))/

/**
 * Reads a citation's prefix or suffix (Markdown source, as written) into
 * phrasing content, as pandoc reads them: emphasis, strong, links, code
 * spans, footnote references (`[@one[^fn]]`), reference links (`[see
 * [the roll][roll] in @doe]`), TeX math (`[see $x^2$ @doe]`, as math
 * elsewhere) and the rest of inline Markdown. `footnotes`
 * and `links` are the identifiers of the document's footnote and link
 * definitions (a reference to another label stays text, as in GFM). With
 * `smart`, punctuation is made smart as in the prose. Text that would read
 * as a block (a heading, a list) is text.
 */
export function createAffixReader(
  footnotes: ReadonlySet<string>,
  links: ReadonlySet<string>,
  smart: boolean
): (markdown: string) => PhrasingContent[] {
  const cache = new Map<string, PhrasingContent[]>()
  return (markdown) => {
    let nodes = cache.get(markdown)
    if (nodes) return nodes
    nodes = read(markdown, footnotes, links)
    if (smart) smartPhrasing(nodes)
    cache.set(markdown, nodes)
    return nodes
  }
}

const noLabels: ReadonlySet<string> = new Set()

/**
 * Inline Markdown with no definitions to refer to, read as pandoc reads a
 * metadata string (a title, an author): new nodes on every call, so a
 * caller may change them (smart punctuation, capitals) without changing
 * another's. Text that would read as a block is text.
 */
export function readInlineMarkdown(markdown: string): PhrasingContent[] {
  return read(markdown, noLabels, noLabels)
}

function read(markdown: string, footnotes: ReadonlySet<string>, links: ReadonlySet<string>): PhrasingContent[] {
  if (markdown === '') return []
  const text: PhrasingContent[] = [{type: 'text', value: markdown}]
  // Definitions the affix may reference, so that GFM reads `[^fn]` as a call and `[a][b]`
  // as a reference (to the document's definition, which the output keeps or resolves).
  const lower = markdown.toLowerCase()
  const notes = lower.includes('[^') ? [...footnotes].filter((label) => lower.includes(label)) : []
  const references = lower.includes(']') ? [...links].filter((label) => lower.includes(label)) : []
  const inline = markdown.replace(blockStart, (marker: string, number?: string, end?: string) => (number ? number + '\\' + end : '\\' + marker))
  const source =
    inline + notes.map((label) => '\n\n[^' + label + ']: .').join('') + references.map((label) => '\n\n[' + label + ']: .').join('')
  const tree = parser.parse(source) as Root
  const blocks = tree.children.filter((node) => node.type !== 'footnoteDefinition' && node.type !== 'definition')
  const first = blocks[0]
  if (blocks.length !== 1 || first?.type !== 'paragraph') return text
  return strip((first as Paragraph).children)
}

/** Without positions: the nodes stand in another place of the output. */
function strip(nodes: PhrasingContent[]): PhrasingContent[] {
  for (const node of nodes) {
    delete node.position
    if ('children' in node) strip(node.children as PhrasingContent[])
  }
  return nodes
}

/**
 * Phrasing content as a citeproc-js affix: text escaped, emphasis and strong
 * as the `<i>`/`<b>` it reads, anything else (links, code, footnote
 * references) as a placeholder character standing for the node in `slots`,
 * which `parseMarked` puts back.
 */
export function citeprocAffix(nodes: readonly PhrasingContent[], slots: PhrasingContent[]): string {
  let value = ''
  for (const node of nodes) {
    if (node.type === 'text') {
      value += unmark(node.value).replace(markupCharacters, (character) => textSlot(character, slots))
    } else if (node.type === 'emphasis') {
      value += '<i>' + citeprocAffix(node.children, slots) + '</i>'
    } else if (node.type === 'strong') {
      value += '<b>' + citeprocAffix(node.children, slots) + '</b>'
    } else if (slots.length < slotLimit) {
      value += slot(slots.length)
      slots.push(node)
    } else {
      value += plain(node)
    }
  }
  return value
}

/**
 * A cite's prefix as `citeprocAffix` hands it over, with a space after it
 * where citeproc-js would set none: it sets a prefix off from the cite only
 * after a Latin (Greek, Cyrillic, …) letter, a digit or some punctuation
 * (its `checkPrefixSpaceAppend`), where pandoc keeps the space written
 * before the key after anything (`[see <https://…> @doe]` → `see https://…
 * Doe`, `[cf. § @doe]` → `cf. § Doe`, `[参见 @doe]`).
 */
export function citeprocPrefix(nodes: readonly PhrasingContent[], slots: PhrasingContent[]): string {
  const value = citeprocAffix(nodes, slots)
  if (value === '') return value
  // citeproc-js's test reads the prefix alone, not the engine it is given.
  return CSL.checkPrefixSpaceAppend(undefined as never, value).endsWith(' ') ? value : value + ' '
}

/**
 * A cite's suffix as `citeprocAffix` hands it over, after `lead` (`, ` or a
 * space, which `toCite` sets before it): the lead joins the suffix's first
 * text, so that a space it ends in before `;` is kept as one too.
 */
export function citeprocSuffix(lead: string, nodes: readonly PhrasingContent[], slots: PhrasingContent[]): string {
  if (lead === '') return citeprocAffix(nodes, slots)
  const first = nodes[0]
  const joined: PhrasingContent[] = first?.type === 'text' ? [{type: 'text', value: lead + first.value}, ...nodes.slice(1)] : [{type: 'text', value: lead}, ...nodes]
  return citeprocAffix(joined, slots)
}

/** The slot holding `character` as text in `slots` (one per character a cluster needs), or the character when they are full. */
function textSlot(character: string, slots: PhrasingContent[]): string {
  let known = textSlots.get(slots)
  if (!known) textSlots.set(slots, (known = new Map()))
  let index = known.get(character)
  if (index === undefined) {
    if (slots.length >= slotLimit) return character
    index = slots.length
    slots.push({type: 'text', value: character})
    known.set(character, index)
  }
  return slot(index)
}

const textSlots = new WeakMap<PhrasingContent[], Map<string, number>>()

function plain(node: Nodes): string {
  if ('value' in node) return node.value
  return 'children' in node ? node.children.map((child) => plain(child)).join('') : ''
}

/** The footnote references in phrasing content, in reading order. */
export function footnoteReferences(nodes: readonly Nodes[]): string[] {
  const found: string[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteReference') found.push(node.identifier)
    else if ('children' in node) for (const child of node.children) visit(child)
  }
  for (const node of nodes) visit(node)
  return found
}
