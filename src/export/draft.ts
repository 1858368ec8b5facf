import type {ContainerDirective} from 'mdast-util-directive'
import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import {collapseWhiteSpace} from 'collapse-white-space'
import {stringify} from 'yaml'
import {serializer} from '../syntax/canonical.js'
import type {Citation} from '../syntax/citation/types.js'
import type {DraftValue} from './carried.js'

/** One node of a graph read from another tool, to be written as annotated Markdown. */
export interface DraftNode {
  /** A valid argmark id (`[A-Za-z][\w-]*`), unique in the draft. */
  readonly id: string
  readonly kind: string
  readonly text: string
  /** Attributes besides `id` and relations: written as `key=value` (`true` as a bare flag, a list space-separated). */
  readonly attributes?: Readonly<Record<string, DraftValue>>
  /** Relation type → target ids, in order. */
  readonly relations?: ReadonlyMap<string, readonly string[]>
  /** A Markdown heading (level 2) written before the first node of each section. */
  readonly section?: string
  /** Citations written at the end of the node's text (their place inside it is not known). */
  readonly citations?: readonly Citation[]
}

/** Paragraph breaks in a text: a line break, blanks, a line break. */
export const paragraphBreak = /\n[ \t]*\n/

/**
 * A node's text as argmark reads it back: paragraphs separated by one blank
 * line, white space inside a paragraph collapsed and trimmed as HTML does it
 * (`nodeText`'s reading: a non-breaking space is kept), empty paragraphs dropped.
 */
export function normalizeNodeText(text: string): string {
  return paragraphs(text).join('\n\n')
}

function paragraphs(text: string): string[] {
  return text
    .split(paragraphBreak)
    .map((paragraph) => collapseWhiteSpace(paragraph, {style: 'html', trim: true}))
    .filter((paragraph) => paragraph !== '')
}

/**
 * Annotated Markdown for nodes read from another tool: `meta` (a mapping) as
 * YAML front matter when it has a key, each node a container directive (`:::kind{#id …}` … `:::`)
 * whose text is escaped by argmark's own serializer, so parsing the draft
 * gives back each text (normalised as `normalizeNodeText` says), kind,
 * attribute and relation.
 */
export function writeDraft(nodes: readonly DraftNode[], meta?: Readonly<Record<string, unknown>>): string {
  const children: RootContent[] = []
  if (meta && Object.keys(meta).length > 0) children.push({type: 'yaml', value: stringify(meta).trimEnd()})
  let section: string | undefined
  for (const node of nodes) {
    if (node.section !== undefined && node.section !== section) {
      section = node.section
      const heading: Heading = {type: 'heading', depth: 2, children: [{type: 'text', value: collapseWhiteSpace(section, {style: 'html', trim: true})}]}
      children.push(heading)
    }
    const attributes: Record<string, string> = {id: node.id}
    for (const [key, value] of Object.entries(node.attributes ?? {})) {
      if (value === false) continue
      attributes[key] = value === true ? '' : Array.isArray(value) ? value.join(' ') : String(value)
    }
    for (const [type, targets] of node.relations ?? []) if (targets.length > 0) attributes[type] = targets.join(' ')
    const blocks: Paragraph[] = paragraphs(node.text).map((value) => ({type: 'paragraph', children: [{type: 'text', value}]}))
    for (const citation of node.citations ?? []) {
      const last = blocks.at(-1)
      if (last) last.children.push({type: 'text', value: ' '}, citation)
      else blocks.push({type: 'paragraph', children: [citation]})
    }
    const directive: ContainerDirective = {type: 'containerDirective', name: node.kind, attributes, children: blocks}
    children.push(directive)
  }
  const tree: Root = {type: 'root', children}
  return serializer().stringify(tree)
}

/** A word of an id made from a text: ASCII letters and digits. */
export const idWord = /[a-z\d]+/g

/** An id's first character must be a letter. */
export const startsWithLetter = /^[a-z]/

/** Combining marks, dropped so `é` gives `e` in ids. */
export const combiningMark = /\p{M}/gu

/**
 * An id for a node from its text: its first four ASCII words, lowercased and
 * joined with `-` (`fallback` when there are none), unique among `used`
 * (`-2`, `-3`, … appended), and added to `used`.
 */
export function idFromText(text: string, used: Set<string>, fallback: string): string {
  const words = text.normalize('NFKD').replace(combiningMark, '').toLowerCase().match(idWord) ?? []
  let base = words.slice(0, 4).join('-')
  if (base === '') base = fallback
  else if (!startsWithLetter.test(base)) base = fallback + '-' + base
  let id = base
  for (let count = 2; used.has(id); count++) id = base + '-' + String(count)
  used.add(id)
  return id
}
