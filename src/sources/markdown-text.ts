import type {Nodes, PhrasingContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {smartPhrasing} from '../util/smart.js'

/** Characters that can make a string Markdown, or change under smart punctuation (exported for the ReDoS test). */
export const markdownSignificant = /[*_`\\[\]<>&'"]|--|\.\.\./

/**
 * Text of a CSL-YAML field as pandoc reads it: Markdown (every string scalar
 * of YAML metadata is Markdown), with smart punctuation when `smart`. The
 * result is CSL-JSON rich text, as citeproc-js reads it: emphasis as
 * `<i>…</i>`, strong as `<b>…</b>`; a link, code or raw HTML as its text,
 * backslash escapes resolved (`\_` → `_`, `\[` → `[`). A string with nothing
 * Markdown or smart punctuation would change is returned as it is, unparsed.
 */
export function markdownText(value: string, smart: boolean): string {
  if (!markdownSignificant.test(value)) return value
  const children = inlineContent(value)
  if (smart) smartPhrasing(children)
  return children.map((node) => rich(node)).join('')
}

/** The plain text of a CSL-YAML string read as Markdown: formatting dropped (pandoc's `stringify`), for ids and names. */
export function markdownPlainText(value: string, smart: boolean): string {
  if (!markdownSignificant.test(value)) return value
  const children = inlineContent(value)
  if (smart) smartPhrasing(children)
  return children.map((node) => plain(node)).join('')
}

/** The phrasing content of a string read as one Markdown paragraph (line breaks within it are spaces). */
function inlineContent(value: string): PhrasingContent[] {
  const tree = fromMarkdown(value)
  const children: PhrasingContent[] = []
  for (const [index, block] of tree.children.entries()) {
    if (index > 0) children.push({type: 'text', value: ' '})
    if (block.type === 'paragraph' || block.type === 'heading') children.push(...block.children)
    // Anything else (a list marker, a quotation, a code block) is the text it was written as.
    else if (block.position?.start.offset !== undefined && block.position.end.offset !== undefined) {
      children.push({type: 'text', value: value.slice(block.position.start.offset, block.position.end.offset)})
    }
  }
  return children
}

function rich(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html': {
      return node.value
    }
    case 'emphasis': {
      return '<i>' + node.children.map((child) => rich(child)).join('') + '</i>'
    }
    case 'strong': {
      return '<b>' + node.children.map((child) => rich(child)).join('') + '</b>'
    }
    case 'break': {
      return ' '
    }
    default: {
      return 'children' in node ? (node.children as Nodes[]).map((child) => rich(child)).join('') : ''
    }
  }
}

function plain(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value
  if (node.type === 'break') return ' '
  return 'children' in node ? (node.children as Nodes[]).map((child) => plain(child)).join('') : ''
}
