import type {Heading, Nodes, Root} from 'mdast'
import type {Extension as FromMarkdownExtension} from 'mdast-util-from-markdown'
import type {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import {defaultHandlers} from 'mdast-util-to-markdown'

/*
 * pandoc's heading attributes: `# References {-}`, `# Method {#method
 * .unnumbered}`. Read after parsing, from the end of a heading's text: when
 * every word between the braces is an attribute (`#id`, `.class`, `-`,
 * `key=value`), the block leaves the text and is kept on the heading
 * (`data.pandocAttributes`, the braces as written; `data.hProperties` with
 * the id and classes, `-` as `unnumbered`, for HTML). `format` writes it
 * back after the heading's text.
 */

declare module 'mdast' {
  interface HeadingData {
    /** pandoc attributes written after the heading's text, as written (`{#id .unnumbered}`). */
    pandocAttributes?: string | undefined
  }
}

/** An identifier attribute (exported for the ReDoS test). */
export const idAttribute = /^#[\p{L}\p{N}_:.-]+$/u
/** A class attribute (exported for the ReDoS test). */
export const classAttribute = /^\.[\p{L}\p{N}_-]+$/u
/** A key-value attribute (exported for the ReDoS test). */
export const keyValueAttribute = /^[\p{L}_][\p{L}\p{N}_:.-]*=\S*$/u

/** Whitespace between attributes (exported for the ReDoS test). */
export const whitespace = /\s/u
/** Text that ends with whitespace (exported for the ReDoS test). */
export const trailingWhitespace = /\s$/u

/** What a heading's attribute block says, or `undefined` when the braces hold anything else. */
export function readAttributes(inside: string): {id?: string; classes: string[]} | undefined {
  const words = inside.split(whitespace).filter((word) => word !== '')
  if (words.length === 0) return undefined
  const classes: string[] = []
  let id: string | undefined
  for (const word of words) {
    if (word === '-') classes.push('unnumbered')
    else if (idAttribute.test(word)) id = word.slice(1)
    else if (classAttribute.test(word)) classes.push(word.slice(1))
    else if (!keyValueAttribute.test(word)) return undefined
  }
  return {id, classes}
}

/** Take the attribute block off one heading's text, if it has one. */
function takeAttributes(heading: Heading): void {
  const last = heading.children.at(-1)
  if (last?.type !== 'text') return
  const value = last.value.trimEnd()
  if (!value.endsWith('}')) return
  const open = value.lastIndexOf('{')
  if (open === -1 || value.indexOf('}', open) !== value.length - 1) return
  // The block is set off by a space, or is the whole heading after other content.
  const before = value.slice(0, open)
  if (before !== '' && !trailingWhitespace.test(before)) return
  if (before === '' && heading.children.length === 1) return
  const attributes = readAttributes(value.slice(open + 1, -1))
  if (!attributes) return
  const cut = last.value.length - before.trimEnd().length
  last.value = before.trimEnd()
  if (last.value === '') heading.children.pop()
  else if (last.position?.end.offset !== undefined) {
    // The text now ends where its words end.
    const end = last.position.end
    last.position = {...last.position, end: {line: end.line, column: end.column - cut, offset: end.offset! - cut}}
  }
  const hProperties: {id?: string; className?: string[]} = {}
  if (attributes.id !== undefined) hProperties.id = attributes.id
  if (attributes.classes.length > 0) hProperties.className = attributes.classes
  heading.data = {...heading.data, pandocAttributes: value.slice(open), hProperties: {...heading.data?.hProperties, ...hProperties}}
}

function walk(node: Nodes): void {
  if (node.type === 'heading') takeAttributes(node)
  else if ('children' in node) for (const child of node.children) walk(child)
}

/** The mdast-util-from-markdown extension: read heading attributes once the tree is built. */
export function headingAttributesFromMarkdown(): FromMarkdownExtension {
  return {
    transforms: [
      (tree: Root) => {
        walk(tree)
      }
    ]
  }
}

/** The mdast-util-to-markdown extension: write a heading's attributes back after its text. */
export function headingAttributesToMarkdown(): ToMarkdownExtension {
  return {
    handlers: {
      heading(node: Heading, parent, state, info) {
        const written = defaultHandlers.heading(node, parent, state, info)
        const attributes = node.data?.pandocAttributes
        if (attributes === undefined) return written
        // A setext heading's text is its first line.
        const lineEnd = written.indexOf('\n')
        return lineEnd === -1 ? written + ' ' + attributes : written.slice(0, lineEnd) + ' ' + attributes + written.slice(lineEnd)
      }
    }
  }
}
