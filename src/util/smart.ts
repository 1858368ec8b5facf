import type {Paragraph, PhrasingContent, Root, Text} from 'mdast'
import remarkSmartypants from 'remark-smartypants'
import type {Transformer} from 'unified'

/**
 * pandoc's `smart` extension (on by default for Markdown input), done by
 * remark-smartypants (retext-smartypants over the whole tree's text in one
 * pass): straight quotes and apostrophes become curly (`states'` → states’,
 * `"x"` → “x”, `'90s` → ’90s), `--` an en dash, `---` an em dash, `...` an
 * ellipsis (spaced dots `. . .` stay, as in pandoc). Code is left alone;
 * backticks are not quotes.
 */
const transform = (remarkSmartypants as unknown as (options: object) => Transformer<Root>)({
  dashes: 'oldschool',
  ellipses: 'unspaced',
  backticks: false
})

/** Smart punctuation on every text node of `tree` (in place), as pandoc reads Markdown. */
export function smartPunctuation(tree: Root): void {
  void transform(tree, undefined as never, () => undefined)
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
