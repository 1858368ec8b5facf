import * as z from 'zod'
import {idSchema} from './id.js'
import {positionSchema} from './position.js'

/*
 * Citations as the graph holds them, in pandoc's terms
 * (https://pandoc.org/MANUAL.html#citation-syntax): each item has a key, a
 * prefix, a locator with its CSL label, a suffix, and whether the author is
 * suppressed.
 */

/**
 * How a citation was written: `bracketed` (`[see @doe99, p. 33; @smith04]`,
 * pandoc's normal citation) or `in-text` (`@doe99`, or `@doe99 [p. 33]`: the
 * first item names its author in the running text).
 */
export const citationModeSchema = z.enum(['bracketed', 'in-text'])

/** One cited source inside a citation. */
export const citationItemSchema = z.object({
  /** The citation key (`doe99` for `@doe99`, `Doe 2000` for `@{Doe 2000}`). */
  key: z.string().min(1),
  /**
   * Text before the key, trimmed, as written (inline markup stays as its
   * Markdown source, e.g. `*see*`); `''` when there is none.
   */
  prefix: z.string(),
  /** The locator without its label term: `33-35, 38` for `pp. 33-35, 38`. */
  locator: z.string().optional(),
  /**
   * The CSL locator label (`page`, `chapter`, `section`, …) the locator's
   * term stands for; `page` for a bare number.
   */
  label: z.string().optional(),
  /**
   * Text after the locator (or after the key when there is no locator),
   * trimmed, as written; a comma that separates it from the locator stays
   * (`, with a note`), so a renderer can join it directly.
   */
  suffix: z.string(),
  /** `true` for `-@key`: the author is not repeated in the rendered citation (pandoc's suppress-author). */
  suppressAuthor: z.boolean(),
  /** Where the item is in the source: from its prefix (or `-`/`@`) to the end of its suffix (or key). */
  position: positionSchema
})

/**
 * A citation and what it backs: the node it sits in (or right after, in the
 * same sentence), or else only its sentence.
 */
export const citationSchema = z.object({
  /** The id of the node the citation backs; `null` when it backs its sentence only. */
  node: idSchema.nullable(),
  /** The sentence the citation is part of. */
  sentence: positionSchema,
  /** The identifier of the footnote the citation is written in, if it is in one. */
  footnote: z.string().optional(),
  mode: citationModeSchema,
  items: z.array(citationItemSchema).min(1),
  position: positionSchema
})

/** `bracketed` or `in-text`. */
export type CitationMode = z.infer<typeof citationModeSchema>
/** One cited source in a graph citation. */
export type GraphCitationItem = z.infer<typeof citationItemSchema>
/** A citation in the graph: `{node, sentence, footnote?, mode, items, position}`. */
export type GraphCitation = z.infer<typeof citationSchema>
