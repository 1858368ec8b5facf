/**
 * The mdast node for pandoc-style citations, and its registration in `mdast`.
 *
 * ```markdown
 * Blah [see @doe99, pp. 33-35 and *passim*; -@smith04, chap. 1].
 * @doe99 [p. 33] says blah.
 * ```
 */
import type {Data, Node} from 'mdast'
import type {Position} from 'unist'

/**
 * How a citation was written.
 *
 * - `bracketed`: `[see @doe99, p. 33; @smith04]` (pandoc's normal citation).
 * - `in-text`: `@doe99`, or `@doe99 [p. 33]`: the first item names its author
 *   in the running text; the items that follow it in the brackets are normal
 *   (or author-suppressed) items.
 */
export type CitationMode = 'bracketed' | 'in-text'

/**
 * One cited source inside a citation.
 */
export interface CitationItem {
  /**
   * The citation key (`doe99` for `@doe99`, `Doe 2000` for `@{Doe 2000}`).
   */
  key: string
  /**
   * Text before the key, trimmed, as written (inline markup stays as its
   * Markdown source, e.g. `*see*`); `''` when there is none.
   */
  prefix: string
  /**
   * The locator without its label term: `33-35, 38` for `pp. 33-35, 38`.
   */
  locator?: string
  /**
   * The CSL locator label (`page`, `chapter`, `section`, …) the locator's
   * term stands for; `page` for a bare number.
   */
  label?: string
  /**
   * Text after the locator (or after the key when there is no locator),
   * trimmed, as written; a comma that separates it from the locator stays
   * (`, with a note`), so a renderer can join it directly.
   */
  suffix: string
  /**
   * `true` for `-@key`: the author is not repeated in the rendered citation.
   */
  suppressAuthor: boolean
  /**
   * Everything after the key as written (trimmed): locator and suffix
   * together, like pandoc's `citationSuffix` (`, pp. 33-35 and *passim*`).
   * Set by the parser and used to write the item back byte for byte while it
   * still agrees with `locator`, `label` and `suffix`; omitted when empty.
   */
  rawSuffix?: string
  /**
   * Where the item is in the source: from its prefix (or `-`/`@`) to the end
   * of its suffix (or key).
   */
  position: Position
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
