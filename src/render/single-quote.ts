import type {RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'

// How far back `closesSingleQuote` reads: siblings and characters. A cite
// reads at most this many siblings before it, so each is read by few cites:
// linear in the paragraph.
const siblingBudget = 32
const characterBudget = 4000
const letterOrDigit = /[\p{L}\p{N}]/u

/**
 * Whether the `’` that ends the text before a citation (the last of
 * `output`, the nodes written so far in its parent) closes a quotation or is
 * an apostrophe (`the states’ [@a].`), as pandoc's smart reading tells them
 * apart: a `’` closes the nearest `‘` before it that no other `’` closes; one
 * between two letters or digits (`don’t`) closes nothing. Reads back through
 * at most 32 siblings and 4,000 characters; at the start of a block (`atBlockStart`:
 * the parent is one of `quoteBlocks`, src/util/smart.ts) with no `‘` open, it is an
 * apostrophe; where it cannot tell (the budget spent, or the start of an
 * emphasis or link, whose opening quote may be outside), a closing quote.
 */
export function closesSingleQuote(output: readonly RootContent[], atBlockStart: boolean): boolean {
  let pending = 0
  let after = ''
  let characters = 0
  for (let index = output.length - 1, seen = 0; index >= 0; index--, seen++) {
    if (seen === siblingBudget) return true
    const node = output[index]!
    const text = node.type === 'inlineCode' ? '' : node.type === 'text' ? node.value : toString(node)
    // The last node's final `’` is the one asked about.
    const end = index === output.length - 1 ? text.length - 1 : text.length
    for (let at = end - 1; at >= 0; at--) {
      if (++characters > characterBudget) return true
      const character = text[at]!
      if (character === '‘') {
        if (pending === 0) return true
        pending--
      } else if (character === '’' && !letterOrDigit.test(after)) {
        pending++
      }
      after = character
    }
    if (node.type === 'inlineCode') after = 'x'
  }
  return !atBlockStart
}
