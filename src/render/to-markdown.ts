import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {canonicalStyle} from '../syntax/canonical.js'

import type {Handle} from 'mdast-util-to-markdown'
import {htmlTags} from './nodes.js'

/** Superscript, subscript and small caps as the HTML GFM allows (as pandoc's `gfm` writer writes them). */
function styled(type: keyof typeof htmlTags): Handle {
  return (node, _parent, state, info) => {
    const [open, close] = htmlTags[type]
    return open + state.containerPhrasing(node, {...info, before: '>', after: '<'}) + close
  }
}

// The rendered prose carries no annotations: plain GFM, written argmark's way.
const processor = unified()
  .use(remarkStringify, {
    ...canonicalStyle,
    handlers: {superscript: styled('superscript'), subscript: styled('subscript'), smallCaps: styled('smallCaps')}
  })
  .use(remarkGfm)
  .freeze()

/** Footnoted prose as Markdown with GFM footnotes. */
export function toMarkdown(tree: Root): string {
  return processor.stringify(tree)
}
