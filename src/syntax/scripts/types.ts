import type {Parent, PhrasingContent} from 'mdast'

/*
 * Superscript and subscript in the tree: pandoc's `^…^` and `~…~` (read by
 * `scriptsSyntax` in ./syntax.ts), and what a CSL style asks for (AMA's
 * citation numbers, made by rendering). Each writer has a handler: HTML
 * `<sup>` and `<sub>`, GFM the same HTML (as pandoc's `gfm` writer), plain
 * text Unicode super- and subscript digits or `^(…)` and `_(…)` (as
 * pandoc's `plain` writer), argmark's Markdown `^…^` and `~…~`.
 */

/** Superscript text (`^…^`, `<sup>`). */
export interface Superscript extends Parent {
  type: 'superscript'
  children: PhrasingContent[]
}

/** Subscript text (`~…~`, `<sub>`). */
export interface Subscript extends Parent {
  type: 'subscript'
  children: PhrasingContent[]
}

declare module 'mdast' {
  interface PhrasingContentMap {
    superscript: Superscript
    subscript: Subscript
  }
  interface RootContentMap {
    superscript: Superscript
    subscript: Subscript
  }
}
