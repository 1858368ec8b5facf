import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import type {Processor} from 'unified'
import {canonicalStyle} from '../syntax/canonical.js'

import type {Handle} from 'mdast-util-to-markdown'
import type {FencedDiv} from '../syntax/fenced-divs.js'
import {mathToMarkdown} from '../syntax/math/to-markdown.js'
import {htmlTags} from './nodes.js'
import {divOpeningTag} from './div-tag.js'

/** Superscript, subscript and small caps as the HTML GFM allows (as pandoc's `gfm` writer writes them). */
function styled(type: keyof typeof htmlTags): Handle {
  return (node, _parent, state, info) => {
    const [open, close] = htmlTags[type]
    return open + state.containerPhrasing(node, {...info, before: '>', after: '<'}) + close
  }
}

/** A fenced div as pandoc's `gfm` writer writes it: its blocks between HTML tags, set off by blank lines. */
const fencedDiv: Handle = (node: FencedDiv, _parent, state, info) => {
  const open = divOpeningTag(node.attributes)
  const content = state.containerFlow(node as never, info)
  return content === '' ? open + '\n</div>' : open + '\n\n' + content + '\n\n</div>'
}

// The rendered prose carries no annotations: plain GFM, written argmark's way.
// Math is written as typed (`$…$`, `$$…$$`) and every `$` of the prose
// escaped (`\$5`), as pandoc's Markdown writer does (`mathToMarkdown`).
const processor = unified()
  .use(remarkStringify, {
    ...canonicalStyle,
    handlers: {fencedDiv, superscript: styled('superscript'), subscript: styled('subscript'), smallCaps: styled('smallCaps')}
  })
  .use(remarkGfm)
  .use(function (this: Processor) {
    // remark-stringify reads extensions from the processor's data only.
    ;(this.data().toMarkdownExtensions ||= []).push(mathToMarkdown())
  })
  .freeze()

/** Footnoted prose as Markdown with GFM footnotes. */
export function toMarkdown(tree: Root): string {
  return processor.stringify(tree)
}
