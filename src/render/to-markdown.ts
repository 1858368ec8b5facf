import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {canonicalStyle} from '../syntax/canonical.js'

// The rendered prose carries no annotations: plain GFM, written argmark's way.
const processor = unified().use(remarkStringify, canonicalStyle).use(remarkGfm).freeze()

/** Footnoted prose as Markdown with GFM footnotes. */
export function toMarkdown(tree: Root): string {
  return processor.stringify(tree)
}
