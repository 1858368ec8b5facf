import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import type {CslEngine} from './csl/engine.js'
import {nociteIds} from '../syntax/citation/nocite.js'
import {mark} from './csl/format.js'
import {entryAnchor, parseMarked} from './csl/marked.js'
import {closeUp, outsideInnerQuote} from './punctuation.js'

/*
 * The bibliography and the citeproc options of pandoc's metadata, read as
 * pandoc 2.17's citeproc reads them (`reference-section-title`,
 * `suppress-bibliography`, `nocite`, `link-citations`, `link-bibliography`,
 * `notes-after-punctuation`), and the bibliography put where pandoc puts it.
 */

/** The citeproc options of a document's metadata (or given), as pandoc reads them. */
export interface BibliographyOptions {
  /** A heading over the bibliography (level 1, as pandoc's); none by default. */
  readonly referenceSectionTitle?: string | undefined
  /** No bibliography at all, even with a `#refs` div (default `false`). */
  readonly suppressBibliography: boolean
  /** Ids listed though not cited (`*`: every item). */
  readonly nocite: readonly string[]
  /** Each cite links to its bibliography entry (`#ref-<id>`) (default `false`). */
  readonly linkCitations: boolean
  /** URLs and DOIs in bibliography entries become links (default `true`). */
  readonly linkBibliography: boolean
  /** A note style's note markers move after the punctuation that follows a citation (default `true`). */
  readonly notesAfterPunctuation: boolean
  /** Superscript citations move after the punctuation too: only when `notes-after-punctuation` is set `true`. */
  readonly superscriptAfterPunctuation: boolean
}

/** pandoc's reading of a metadata boolean: `true`, `false`, or the strings YAML authors write for them. */
function flag(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase()
    if (['true', 'yes', 'on'].includes(lower)) return true
    if (['false', 'no', 'off'].includes(lower)) return false
  }
  return fallback
}

/**
 * The options in effect: each given option, else the metadata's field of
 * the same name (pandoc's spelling), else pandoc's default.
 */
export function bibliographyOptions(
  meta: Readonly<Record<string, unknown>>,
  given: {readonly referenceSectionTitle?: string | undefined} = {}
): BibliographyOptions {
  const title = given.referenceSectionTitle ?? meta['reference-section-title']
  return {
    referenceSectionTitle: typeof title === 'string' && title.trim() !== '' ? title : undefined,
    suppressBibliography: flag(meta['suppress-bibliography'], false),
    nocite: nociteIds(meta.nocite),
    linkCitations: flag(meta['link-citations'], false),
    linkBibliography: flag(meta['link-bibliography'], true),
    notesAfterPunctuation: flag(meta['notes-after-punctuation'], true),
    superscriptAfterPunctuation: flag(meta['notes-after-punctuation'], false)
  }
}

/** The index among `tree`'s children of the first `::: {#refs}` div (read by `groupFencedDivs`), or -1. */
export function refsDivIndex(tree: Root): number {
  return tree.children.findIndex((child) => child.type === 'fencedDiv' && child.attributes.id === 'refs')
}

/**
 * Put the bibliography into the tree as pandoc does: in place of the
 * document's first `::: {#refs}` div when it has one (after its content), else at the end of the
 * text (before the notes); under a level-1 heading only when
 * `referenceSectionTitle` is set. Each entry is a paragraph with the id
 * `ref-<item id>` (for HTML: what `link-citations` links to). The div is
 * removed when there is nothing to put there or `append` is off and it was
 * not asked for.
 */
export function placeBibliography(tree: Root, engine: CslEngine, options: BibliographyOptions, append: boolean): void {
  const div = refsDivIndex(tree)
  const wanted = !options.suppressBibliography && (append || div !== -1)
  const entries = wanted ? engine.bibliography() : []
  const blocks: RootContent[] = []
  if (entries.length > 0) {
    if (options.referenceSectionTitle !== undefined) {
      const heading: Heading = {type: 'heading', depth: 1, children: [{type: 'text', value: options.referenceSectionTitle}]}
      blocks.push(heading)
    }
    for (const entry of entries) {
      // As pandoc: an identifier the style leaves out links the title, or the whole entry when it has none.
      const value = closeUp(engine.punctuationInQuote ? outsideInnerQuote(entry.value) : entry.value)
      const children = parseMarked(value, {autolink: options.linkBibliography, titleLink: entry.link})
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: entry.link !== undefined && !value.includes(mark.titleOpen) ? [{type: 'link', url: entry.link, children}] : children,
        data: {hProperties: {id: entryAnchor(entry.id)}}
      }
      blocks.push(paragraph)
    }
  }
  if (div !== -1) {
    // As pandoc: the entries after what the div holds (a heading, say); the div itself is not written.
    const held = tree.children[div]
    tree.children.splice(div, 1, ...(held?.type === 'fencedDiv' ? held.children : []), ...blocks)
    return
  }
  // Before the notes, which stay last.
  const notesAt = tree.children.findIndex((child) => child.type === 'footnoteDefinition')
  tree.children.splice(notesAt === -1 ? tree.children.length : notesAt, 0, ...blocks)
}
