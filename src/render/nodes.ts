import type {Nodes, Parent, PhrasingContent} from 'mdast'
import type {Subscript, Superscript} from '../syntax/scripts/types.js'

export type {Subscript, Superscript} from '../syntax/scripts/types.js'

/*
 * Phrasing mdast has no node for: superscript and subscript (AMA's citation
 * numbers; also read from pandoc's `^…^` and `~…~`, whose types live in
 * ../syntax/scripts/types.ts) and small caps (names in French and German
 * styles, made only by rendering). Each writer has a handler: HTML `<sup>`,
 * `<sub>`, `<span class="smallcaps">` (as pandoc writes small caps); GFM the
 * same HTML; plain text superscript digits (or `^(…)`) and capitals, as
 * pandoc's plain writer.
 */

/** Small capitals (`<span class="smallcaps">`). */
export interface SmallCaps extends Parent {
  type: 'smallCaps'
  children: PhrasingContent[]
}

declare module 'mdast' {
  interface PhrasingContentMap {
    smallCaps: SmallCaps
  }
  interface RootContentMap {
    smallCaps: SmallCaps
  }
}

/** A superscript, subscript or small caps node, with what remark-rehype writes for it. */
export function styled(type: 'superscript' | 'subscript' | 'smallCaps', children: PhrasingContent[]): Superscript | Subscript | SmallCaps {
  const data =
    type === 'superscript'
      ? {hName: 'sup'}
      : type === 'subscript'
        ? {hName: 'sub'}
        : {hName: 'span', hProperties: {className: ['smallcaps']}}
  return {type, children, data} as Superscript | Subscript | SmallCaps
}

/** HTML tags that `toMarkdown` writes around superscript, subscript and small caps (pandoc's `gfm` writer writes the same). */
export const htmlTags = {
  superscript: ['<sup>', '</sup>'],
  subscript: ['<sub>', '</sub>'],
  smallCaps: ['<span class="smallcaps">', '</span>']
} as const

const superscriptDigits: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾'
}
const subscriptDigits: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎'
}

/**
 * Plain text of superscript, subscript or small caps, as pandoc's `plain`
 * writer writes it: digits and signs as Unicode super- or subscript
 * characters when every character has one, else `^(…)` or `_(…)`; small
 * caps in capitals.
 */
export function plainStyled(type: 'superscript' | 'subscript' | 'smallCaps', text: string): string {
  if (type === 'smallCaps') return text.toUpperCase()
  const table = type === 'superscript' ? superscriptDigits : subscriptDigits
  const characters = [...text]
  if (characters.length > 0 && characters.every((character) => Object.hasOwn(table, character))) {
    return characters.map((character) => table[character]).join('')
  }
  return (type === 'superscript' ? '^(' : '_(') + text + ')'
}

/** Whether a node is one of these. */
export function isStyled(node: Nodes): node is Superscript | Subscript | SmallCaps {
  return node.type === 'superscript' || node.type === 'subscript' || node.type === 'smallCaps'
}
