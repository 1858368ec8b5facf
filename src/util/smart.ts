import type {Nodes, Paragraph, PhrasingContent, Root, Text} from 'mdast'
import retextSmartypants from 'retext-smartypants'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {nonBreakingAbbreviations} from './abbreviations.js'
import {retextLatinLinear} from './latin.js'

/**
 * pandoc's `smart` extension (on by default for Markdown input), done as
 * remark-smartypants 3 does it (retext-smartypants over a block's text in
 * one pass, across its links and emphasis, then dashes and ellipses node by
 * node): straight quotes
 * and apostrophes become curly (`states'` → states’, `"x"` → “x”, `'90s` →
 * ’90s), `--` an en dash, `---` an em dash, `...` an ellipsis (spaced dots
 * `. . .` stay, as in pandoc). Code and math are left alone; backticks are not quotes.
 * remark-smartypants' own transform is not used because it builds its
 * retext processors inside, with parse-latin's parser, which is quadratic in
 * the inner-word symbols of a sentence (`10:30` 50,000 times in one
 * paragraph: 41 s a render); these use the same plugins with that one step
 * made linear (`retextLatinLinear`), and give the same output (checked
 * against remark-smartypants in `test/util/smart.test.ts`).
 */
const options = {dashes: 'oldschool', ellipses: 'unspaced', backticks: false} as const
// Quotes over the whole text (dashes and ellipses change lengths, which the
// second pass would not survive), then dashes and ellipses per text node.
const quotes = unified().use(retextLatinLinear).use(retextStringify).use(retextSmartypants, {...options, ellipses: false, dashes: false, backticks: false})
const rest = unified().use(retextLatinLinear).use(retextStringify).use(retextSmartypants, {...options, quotes: false})

/** Nodes whose text starts fresh (a quote at their start opens): remark-smartypants' blocks. */
export const quoteBlocks: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell'])

function transform(tree: Root): void {
  // remark-smartypants' walk: `text` and `inlineCode` values (code as as many
  // `A`s, a citation as one) and a space for each block, in document order. Math (pandoc's
  // `$…$`) counts as code: left alone, a word to the quotes around it.
  const visited: Array<Text | {type: 'inlineCode' | 'inlineMath', value: string} | {type: 'block'}> = []
  let allText = ''
  const stack: Nodes[] = [...tree.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') {
      allText += node.value
      visited.push(node)
    } else if (node.type === 'inlineCode' || node.type === 'inlineMath') {
      allText += 'A'.repeat(node.value.length)
      visited.push(node)
    } else if ((node.type as string) === 'citation') {
      // A citation reads as a word to the quotes around it (`"@doe says"` opens), as in pandoc.
      allText += 'A'
      visited.push({type: 'inlineCode', value: 'A'})
    } else if (quoteBlocks.has(node.type)) {
      allText += ' '
      visited.push({type: 'block'})
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  allText = String(quotes.processSync(allText))
  let start = 0
  for (const node of visited) {
    if (node.type === 'block') {
      start += 1
      continue
    }
    const end = start + node.value.length
    if (node.type === 'text') node.value = String(rest.processSync(allText.slice(start, end)))
    start = end
  }
}

/**
 * Stand-ins (Unicode private use) for escaped characters while smart
 * punctuation runs: `.` `'` `"` `-`, in that order.
 */
const stand = ['.', "'", '"', '-']
/** A stand-in character. */
export const standIn = /[\uE000-\uE003]/g

/**
 * Smart punctuation on every text node of `tree` (in place), as pandoc reads
 * Markdown, and a non-breaking space after an abbreviation (`Mr. Bob`,
 * `nonBreakingAbbreviations`). A character written with a backslash escape (`\...`, `\"`, the
 * text node's `data.escaped`, recorded by argmark's parser) stays as typed.
 * It runs block by block (each paragraph, heading and table cell, with
 * the text outside them as one more), as pandoc decides each quote within
 * its block. Over the whole document at once, parse-latin reads all the text
 * as one sentence first, which is quadratic in its length: on the whole
 * 3 MiB benchmark draft that took most of `render`'s time.
 */
export function smartPunctuation(tree: Root): void {
  const marked = markEscapes(tree)
  const outside: PhrasingContent[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (quoteBlocks.has(node.type)) {
      transform({type: 'root', children: [node as Paragraph]})
    } else if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'inlineMath') {
      outside.push(node)
    } else if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }
  if (outside.length > 0) transform({type: 'root', children: [{type: 'paragraph', children: outside}]})
  // Before the escapes come back: `Mr\. Bob` keeps its space, as in pandoc.
  nonBreakingAbbreviations(tree)
  for (const node of marked) {
    node.value = node.value.replace(standIn, (character) => stand[character.charCodeAt(0) - 0xe000] as string)
    // The indices no longer hold once dashes and ellipses changed the value's length.
    delete (node.data as {escaped?: number[]}).escaped
  }
}

/** Put stand-ins for the escaped characters of each text node outside code; returns the nodes changed. */
function markEscapes(tree: Root): Text[] {
  const marked: Text[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') {
      const escaped = (node.data as {escaped?: number[]} | undefined)?.escaped
      if (!escaped || escaped.length === 0) continue
      // Indices count UTF-16 code units; the node's value is split into them.
      const units = node.value.split('')
      for (const at of escaped) {
        const index = stand.indexOf(units[at] ?? '')
        if (index !== -1) units[at] = String.fromCharCode(0xe000 + index)
      }
      node.value = units.join('')
      marked.push(node)
    } else if ('children' in node) {
      for (const child of node.children) stack.push(child as Nodes)
    }
  }
  return marked
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
