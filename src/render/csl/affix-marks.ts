import type {CiteprocCite, Engine} from 'citeproc'
import CSL from 'citeproc'
import {mark} from './format.js'

/** What citeproc-js strips from the end of a prefix before it looks at its last character. */
const prefixTail = new Set(['.', ':', ';', '!', '?', '"', "'", '\u201D', '\u2019', '\u00BB', '\u202F', '\u00A0', ' '])

/**
 * A cite with its prefix's end and its suffix's start marked (`mark.prefixEnd`,
 * `mark.suffixStart`), so that `parseMarked` keeps them out of the cite's
 * link, as pandoc does: `see [Doe 2005, 3](#ref-doe) and more`. citeproc-js
 * decides spaces and capitals by an affix's first and last characters, so
 * its own spacing is applied first, and the prefix's mark goes before its
 * final punctuation and spaces, which citeproc-js then still sees.
 */
export function withAffixMarks(engine: Engine, cite: CiteprocCite): CiteprocCite {
  if (!cite.prefix && !cite.suffix) return cite
  const marked = {...cite}
  if (cite.prefix) {
    const prefix = CSL.checkPrefixSpaceAppend(engine, cite.prefix)
    let end = prefix.length
    while (end > 0 && prefixTail.has(prefix.charAt(end - 1))) end--
    marked.prefix = prefix.slice(0, end) + mark.prefixEnd + prefix.slice(end)
  }
  if (cite.suffix) marked.suffix = mark.suffixStart + CSL.checkSuffixSpacePrepend(engine, cite.suffix)
  return marked
}
