import type {Html} from 'mdast'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {report} from '../util/report.js'
import {walk} from '../util/walk.js'

// HTML and text output have no raw HTML: remark-rehype runs without
// `allowDangerousHtml`, so every HTML node of the tree is dropped (and with
// it a `<script>`, before rehype-sanitize sees anything). An HTML block's
// words go with it; an inline tag goes, the text around it stays. Markdown
// output keeps HTML as written.

// A line ending.
const lineEnding = /[\r\n]/

/** Every regex of this module, for the ReDoS test. */
export const rawHtmlPatterns: readonly RegExp[] = [lineEnding]

/** Block parents: an HTML node in one is an HTML block (its words are dropped with it). */
const blockParents = new Set(['root', 'blockquote', 'listItem', 'containerDirective', 'footnoteDefinition'])

/**
 * Report each raw HTML node that HTML or text output drops, as
 * `raw-html-dropped` (a warning at the node): an HTML block, or an inline
 * opening tag (its closing tag is the same problem). Comments are not
 * reported (they are not content; argmark's control comments are comments),
 * but HTML after a comment in the same block is, named from where it starts.
 * Linear in the tree.
 */
export function reportDroppedHtml(tree: Node, file: VFile, to: 'html' | 'text'): void {
  walk(tree, (node, parent) => {
    if (node.type !== 'html') return
    // Comments are skipped; HTML after them in the same node (`<!-- note --><div>x</div>`) is not.
    const value = afterComments((node as Html).value.trim())
    if (value === '') return
    const block = parent !== undefined && blockParents.has(parent.type)
    if (!block && value.startsWith('</')) return
    const shown = firstLine(value)
    report(file, {
      ruleId: 'raw-html-dropped',
      severity: 'warning',
      place: node,
      reason:
        'Unexpected raw HTML `' + shown + '` in ' + to + ' output, expected Markdown: ' +
        (block ? 'the HTML block is dropped, with the words in it' : 'the tag is dropped, the text around it kept')
    })
  })
}

/** `value` from the first character that is not in a leading comment or white space; `''` when it is all comments. */
function afterComments(value: string): string {
  let at = 0
  while (value.startsWith('<!--', at)) {
    const close = value.indexOf('-->', at + 2)
    if (close === -1) return ''
    at = close + 3
    while (at < value.length && value.charCodeAt(at) <= 32) at++
  }
  return value.slice(at)
}

/** The first line of a value, at most 40 characters. */
function firstLine(value: string): string {
  const end = value.search(lineEnding)
  const line = end === -1 ? value : value.slice(0, end)
  return line.length > 40 ? line.slice(0, 40) + '…' : line
}
