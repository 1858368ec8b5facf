import type {PhrasingContent, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {GraphMeta} from '../kit/graph.js'
import {readInlineMarkdown as readInline} from './affixes.js'

// A front matter field (`title`, an author, `date`) is inline Markdown, as pandoc reads metadata
// strings: emphasis, code, links. Each call reads new nodes: the document's smart punctuation,
// applied to the tree later, changes them in place.

/** A front matter field's words without their markup (`The *mill*` → `The mill`), for `<title>` and `<meta>`. */
export function plainField(markdown: string): string {
  return toString(readInline(markdown))
}

/** What a standalone document's title block holds, from the front matter (pandoc's fields). */
export interface TitleBlock {
  readonly title?: string | undefined
  /** Each author's name. */
  readonly authors: readonly string[]
  readonly date?: string | undefined
  /** The document's language (BCP 47, `lang`). */
  readonly lang?: string | undefined
}

/**
 * The title block of a document's front matter, as pandoc reads `title`,
 * `author` (a name, a list of names, or items with a `name`) and `date`.
 */
export function titleBlock(meta: GraphMeta): TitleBlock {
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : value instanceof Date ? value.toISOString().slice(0, 10) : undefined
  const author = meta.author
  const list = Array.isArray(author) ? author : author === undefined ? [] : [author]
  const authors = list
    .map((entry) => (entry && typeof entry === 'object' && 'name' in entry ? text((entry as {name: unknown}).name) : text(entry)))
    .filter((name): name is string => name !== undefined && name !== '')
  return {title: meta.title, authors, date: text(meta.date), lang: text(meta.lang)}
}

/**
 * The title block as the first blocks of a Markdown document: a level-one
 * heading with the title (class `title` in HTML), then a paragraph with the
 * authors and the date, each read as inline Markdown (`title: The *mill*`
 * has its emphasis, as in pandoc).
 */
export function titleBlockNodes(block: TitleBlock): RootContent[] {
  const nodes: RootContent[] = []
  // In HTML `<h1 class="title">`, as pandoc writes it.
  if (block.title) nodes.push({type: 'heading', depth: 1, children: readInline(block.title), data: {hProperties: {className: ['title']}}})
  const byline: PhrasingContent[] = []
  for (const [index, author] of block.authors.entries()) {
    if (index > 0) byline.push({type: 'text', value: ', '})
    byline.push(...readInline(author))
  }
  if (block.date) {
    if (byline.length > 0) byline.push({type: 'break'})
    byline.push(...readInline(block.date))
  }
  if (byline.length > 0) nodes.push({type: 'paragraph', children: byline})
  return nodes
}

/** Put the title block before the document's blocks. */
export function prependTitleBlock(tree: Root, block: TitleBlock): number {
  const nodes = titleBlockNodes(block)
  tree.children.unshift(...nodes)
  return nodes.length
}

/** What HTML escapes in text and attribute values (exported for the ReDoS test). */
export const htmlSpecial = /[&<>"]/g

/** Escape text for HTML. */
function escape(value: string): string {
  return value.replace(htmlSpecial, (character) => '&#' + character.charCodeAt(0) + ';')
}

/**
 * A full HTML document around a rendered body: `lang` on `<html>` (from the
 * front matter, as pandoc sets it), the title in `<title>` (as given: the
 * caller makes it plain text) and the authors and date as `<meta>`, without
 * their markup.
 */
export function htmlDocument(body: string, block: TitleBlock): string {
  const head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">']
  for (const author of block.authors) head.push('<meta name="author" content="' + escape(plainField(author)) + '">')
  if (block.date) head.push('<meta name="dcterms.date" content="' + escape(plainField(block.date)) + '">')
  head.push('<title>' + escape(block.title ?? '') + '</title>')
  return (
    '<!doctype html>\n<html' + (block.lang ? ' lang="' + escape(block.lang) + '"' : '') + '>\n<head>\n' +
    head.join('\n') + '\n</head>\n<body>\n' + body.trimEnd() + '\n</body>\n</html>\n'
  )
}
