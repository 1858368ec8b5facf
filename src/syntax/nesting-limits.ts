/**
 * How deep a document may nest before micromark reads it, per kind of
 * nesting. micromark's cost grows with depth × lines for block containers
 * (each line re-checks every open block quote, list item and directive
 * container), quadratically with nested brackets (each `]` looks back over
 * the label it may close), with runs of alternating emphasis markers and with
 * emphasis nested across runs (each matched pair is resolved again inside).
 * Real documents stay far below these; beyond them, a 250 KB upload could
 * hold a server for minutes (see docs/security.md).
 */
export const nestingLimits = {
  /** Block quotes, list items and directive containers, counted together. */
  containers: 32,
  /** Brackets `[` … `]` open at once (links, citations, text directive labels). */
  brackets: 32,
  /**
   * Characters a bracket pair holding other brackets may span; an unclosed
   * bracket further than this from its paragraph's end is masked silently.
   */
  bracketSpan: 1000,
  /** Emphasis markers (`*`, `_`) in one run without other characters between. */
  emphasis: 64,
  /**
   * Emphasis marker characters (`*`, `_`) of the runs open at once in one
   * run of text (paragraph, heading, table cell: `*a _b *c …` or `***…`),
   * whatever lies between them. Counted while micromark reads the text (see
   * `emphasisDepth`), so markers that are not emphasis (in code, HTML,
   * autolinks, link destinations, directive attributes, escaped) never count.
   */
  emphasisDepth: 100,
  /**
   * Emphasis marker sequences (runs of `*` or `_` that may open or close) in
   * one run of text, however they pair: micromark splices the text's events
   * once per matched pair and walks back over the text for each closer
   * without an opener. Counted while micromark reads the text.
   */
  emphasisSequences: 5000,
  /**
   * GFM strikethrough pairs (`~~…~~`) in one run of text:
   * micromark-extension-gfm-strikethrough splices the text's events once per
   * pair (see `strikethroughLimit`). Counted while micromark reads the text.
   */
  strikethroughPairs: 500,
  /**
   * Lazy lines (continuing a paragraph of a block quote or list item without
   * its markers) in a row; the ones after are joined to the paragraph's line.
   */
  lazyLines: 100,
  /**
   * Levels of the tree (emphasis in emphasis, …); what lies deeper is kept as
   * the plain text of the node at the limit, so no writer recurses further.
   */
  tree: 200
} as const

/** A kind of nesting `guardNesting` (or, for `emphasisDepth`, the `emphasisDepth` extension) limits. */
export type NestingKind = keyof typeof nestingLimits

/** The first place a document nests deeper than its limit, for one kind. */
export interface NestingProblem {
  readonly kind: NestingKind
  /** The depth there (1-based). */
  readonly depth: number
  /** Where: a 0-based offset in UTF-16 code units. */
  readonly offset: number
  /** How many markers were read as text. */
  readonly count: number
}
