import type {Data, Literal} from 'mdast'

/*
 * pandoc's TeX math (`$…$`, `$$…$$`, read by `mathSyntax` in ./syntax.ts) in
 * the tree: one `inlineMath` node (mdast-util-math's name) for each, its
 * `value` the TeX between the dollars exactly as typed, `data.display`
 * true for `$$…$$`. Display math is phrasing here, as in pandoc (a `Math
 * DisplayMath` inline in a paragraph), not mdast-util-math's `math` block:
 * pandoc reads `$$…$$` anywhere in a paragraph, and a paragraph holding
 * only display math stays a paragraph. argmark does not typeset math: it
 * keeps it, and writes it back as typed.
 */

/** pandoc's inline or display TeX math (`$…$`, `$$…$$`). */
export interface InlineMath extends Literal {
  type: 'inlineMath'
  /** The TeX between the dollars, as typed (line endings included). */
  value: string
  data?: InlineMathData | undefined
}

/** Data of an `inlineMath` node. */
export interface InlineMathData extends Data {
  /** Display math, written `$$…$$`. */
  display?: boolean | undefined
}

declare module 'mdast' {
  interface PhrasingContentMap {
    inlineMath: InlineMath
  }
  interface RootContentMap {
    inlineMath: InlineMath
  }
}
