import type {Nodes, Paragraph, PhrasingContent, Root, Text} from 'mdast'
import remarkSmartypants from 'remark-smartypants'
import type {Transformer} from 'unified'

/**
 * pandoc's `smart` extension (on by default for Markdown input), done by
 * remark-smartypants (retext-smartypants over a block's text in one pass,
 * across its links and emphasis): straight quotes and apostrophes become curly (`states'` → states’,
 * `"x"` → “x”, `'90s` → ’90s), `--` an en dash, `---` an em dash, `...` an
 * ellipsis (spaced dots `. . .` stay, as in pandoc). Code is left alone;
 * backticks are not quotes.
 */
const transform = (remarkSmartypants as unknown as (options: object) => Transformer<Root>)({
  dashes: 'oldschool',
  ellipses: 'unspaced',
  backticks: false
})

// The blocks remark-smartypants starts afresh (it puts a space before each).
const blockTypes = new Set(['paragraph', 'heading', 'tableCell'])

/**
 * Smart punctuation on every text node of `tree` (in place), as pandoc reads
 * Markdown: block by block (each paragraph, heading and table cell, with
 * the text outside them as one more), as pandoc decides each quote within
 * its block. remark-smartypants reads all the text it is given as one
 * sentence first (parse-latin), which is quadratic in its length: on the
 * whole 3 MiB benchmark draft that took most of `render`'s time.
 */
export function smartPunctuation(tree: Root): void {
  const outside: PhrasingContent[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (blockTypes.has(node.type)) {
      void transform({type: 'root', children: [node as Paragraph]}, undefined as never, () => undefined)
    } else if (node.type === 'text' || node.type === 'inlineCode') {
      outside.push(node)
    } else if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
    }
  }
  if (outside.length > 0) void transform({type: 'root', children: [{type: 'paragraph', children: outside}]}, undefined as never, () => undefined)
}

/** Smart punctuation on phrasing content read on its own (a citation's prefix or suffix), in place. */
export function smartPhrasing(children: PhrasingContent[]): void {
  const paragraph: Paragraph = {type: 'paragraph', children}
  smartPunctuation({type: 'root', children: [paragraph]})
}

/** Smart punctuation on a string read on its own (a locator: `62--64` → `62–64`). */
export function smartString(value: string): string {
  const node: Text = {type: 'text', value}
  smartPhrasing([node])
  return node.value
}
