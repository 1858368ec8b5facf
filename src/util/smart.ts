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

/**
 * Stand-ins (Unicode private use) for escaped characters while smart
 * punctuation runs: `.` `'` `"` `-`, in that order.
 */
const stand = ['.', "'", '"', '-']
/** A stand-in character. */
export const standIn = /[\uE000-\uE003]/g

/**
 * Smart punctuation on every text node of `tree` (in place), as pandoc reads
 * Markdown. A character written with a backslash escape (`\...`, `\"`, the
 * text node's `data.escaped`, recorded by argmark's parser) stays as typed.
 */
export function smartPunctuation(tree: Root): void {
  const marked: Text[] = []
  visitText(tree, (node) => {
    const escaped = (node.data as {escaped?: number[]} | undefined)?.escaped
    if (!escaped || escaped.length === 0) return
    // Indices count UTF-16 code units; the node's value is split into them.
    const units = node.value.split('')
    for (const at of escaped) {
      const index = stand.indexOf(units[at] ?? '')
      if (index !== -1) units[at] = String.fromCharCode(0xe000 + index)
    }
    node.value = units.join('')
    marked.push(node)
  })
  void transform(tree, undefined as never, () => undefined)
  for (const node of marked) {
    node.value = node.value.replace(standIn, (character) => stand[character.charCodeAt(0) - 0xe000] as string)
    // The indices no longer hold once dashes and ellipses changed the value's length.
    delete (node.data as {escaped?: number[]}).escaped
  }
}

function visitText(node: {type: string; children?: unknown[]}, visit: (node: Text) => void): void {
  if (node.type === 'text') visit(node as Text)
  else if (node.type !== 'code' && node.type !== 'inlineCode' && Array.isArray(node.children)) {
    for (const child of node.children) visitText(child as {type: string; children?: unknown[]}, visit)
  }
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
