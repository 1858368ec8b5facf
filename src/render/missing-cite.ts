import type {PhrasingContent} from 'mdast'
import type {CitationItem} from '../syntax/citation/types.js'
import {capitalizeNote} from './capitalize-note.js'
import {capitalize} from './punctuation.js'

// A cite whose key the sources lack, written as pandoc 2.17's citeproc writes
// it: `**key?**` in bold, with the cite's prefix before it and its suffix
// after it as written, its locator dropped (`[see @nokey, p. 3 and more]` →
// `see **nokey?** and more`). The rule `unknown-citation-key` reports the key;
// the words around it stay in every output.

/** A key whose first word (its first run of letters and digits) is lowercase letters only: `nope`, `duquette_share`, `ab-cd`, not `doe99` or `Ab` (exported for the ReDoS test). */
export const lowercaseFirstWord = /^\p{Ll}+(?![\p{L}\p{N}])/u
/** Text that ends in closing punctuation, after which pandoc adds no period to a note (exported for the ReDoS test). */
export const closingPunctuation = /[.!?]$/u

/** How missing cites are written: Markdown affixes read as the prose is, and links to the entries with `link-citations`. */
export interface MissingCiteOptions {
  /** Reads a prefix or suffix (Markdown source) into phrasing content. */
  readonly readAffix: (markdown: string) => PhrasingContent[]
  /** The style's `link-citations`: link the key to `#ref-key`. */
  readonly linkCitations: boolean
}

/**
 * A key the sources lack, as pandoc's citeproc writes it: `**key?**` in
 * bold, linked to the entry it would have with `link-citations`; capitalised
 * when `start` (the cite opens a note) and the key's first word is lowercase
 * letters only, as pandoc 2.17 does (`nope?` → `Nope?`, `duquette_share?` →
 * `Duquette_share?`, not `doe99?`).
 */
export function missingCite(key: string, linkCitations: boolean, start: boolean): PhrasingContent {
  const value = key + '?'
  const strong: PhrasingContent = {type: 'strong', children: [{type: 'text', value: start && lowercaseFirstWord.test(key) ? capitalize(value) : value}]}
  return linkCitations ? {type: 'link', url: '#ref-' + key, children: [strong]} : strong
}

/**
 * One cite whose key the sources lack: its prefix and a space, the key as
 * `missingCite` writes it, then its suffix, a space before it where one was
 * written (`suffixAfterSpace`); the locator is dropped, as pandoc drops it.
 * `start`: the cite opens a note, so its prefix's first letter is capitalised
 * (`capitalizeNote`), or with no prefix the key as `missingCite` says.
 */
export function missingCiteParts(item: CitationItem, options: MissingCiteOptions, start: boolean): PhrasingContent[] {
  const read = item.prefix ? options.readAffix(item.prefix) : []
  const prefix = start ? capitalizeNote(read) : read
  const parts: PhrasingContent[] = prefix.length > 0 ? [...prefix, {type: 'text', value: ' '}] : []
  parts.push(missingCite(item.key, options.linkCitations, start && prefix.length === 0))
  const suffix = item.suffix ? options.readAffix(item.suffix) : []
  if (suffix.length > 0 && suffixAfterSpace(item)) parts.push({type: 'text', value: ' '})
  parts.push(...suffix)
  return parts
}

/**
 * Whether a cite's suffix was written a space after its key or its locator
 * (`[@smith and x]`, `[@smith{} 99 years]`, `[@smith, p. 3 and x]`), a space
 * pandoc keeps; not a suffix written right after them (`[@smith, and x]`,
 * `[@smith--x]`, `[@smith, p. 3, and x]`).
 */
export function suffixAfterSpace(item: CitationItem): boolean {
  return item.locator === undefined ? afterSpace(item.rawSuffix ?? '') : item.rawSuffix?.endsWith(' ' + item.suffix) ?? false
}

/**
 * Whether a suffix as written (`rawSuffix`) starts with a space, or with
 * empty braces and a space. Pandoc keeps that space whatever the suffix
 * starts with (`[@smith{} 99 years later]` → `Smith 1999 99 years later`,
 * `[@smith 'quoted']`, `[@smith --- see also]`), where citeproc-js sets one
 * only before a word or a bracket; the empty braces (pandoc's "no locator")
 * vanish. A suffix written right after the key has none (`[@smith, and
 * others]`, `[@smith: x]` → `Smith 1999: x`, a footnote call `[@one[^fn]]`).
 */
export function afterSpace(raw: string): boolean {
  const at = raw.startsWith('{}') ? 2 : 0
  const next = raw.charAt(at)
  return next === ' ' || next === '\t' || next === '\n'
}
