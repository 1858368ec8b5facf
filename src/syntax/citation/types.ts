/**
 * The mdast node for pandoc-style citations, and its registration in `mdast`.
 *
 * ```markdown
 * Blah [see @doe99, pp. 33-35 and *passim*; -@smith04, chap. 1].
 * @doe99 [p. 33] says blah.
 * ```
 */
import type {Data, Node} from 'mdast'
import type {CitationMode, GraphCitationItem} from '../../kit/citation.js'

export type {CitationMode} from '../../kit/citation.js'

/**
 * One cited source inside a citation node: the graph's item (key, prefix,
 * locator, label, suffix, suppressAuthor, position) and its source text.
 */
export interface CitationItem extends GraphCitationItem {
  /**
   * Everything after the key as written (trimmed, but one space kept before
   * it when it was written after a space: `[@smith and x]` → ` and x`,
   * `[@smith: x]` → `: x`, `@smith [ among others]` → ` among others`,
   * which pandoc renders without a comma): locator and suffix together, like
   * pandoc's `citationSuffix` (`, pp. 33-35 and *passim*`).
   * Set by the parser and used to write the item back byte for byte while it
   * still agrees with `locator`, `label` and `suffix`; omitted when empty.
   */
  rawSuffix?: string
}

/**
 * Info associated with citation nodes by the ecosystem.
 */
export interface CitationData extends Data {}

/**
 * A pandoc-style citation: phrasing content with no children.
 */
export interface Citation extends Node {
  type: 'citation'
  mode: CitationMode
  items: CitationItem[]
  data?: CitationData | undefined
}

declare module 'mdast' {
  interface PhrasingContentMap {
    citation: Citation
  }

  interface RootContentMap {
    citation: Citation
  }
}
