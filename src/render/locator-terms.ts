import type {CitationItem} from '../syntax/citation/types.js'
import {labelForTerm, parseLocator, termForLabel} from '../syntax/citation/locator.js'

/**
 * A cite's locator read with the style's own locator terms, as pandoc's
 * citeproc reads it with the terms of the locale in effect: a style whose
 * locale calls a section `s` (plural `ss`), as legal styles do, makes
 * `[@act, s 12(3), and suffix]` a section locator `12(3)`. The citation was
 * parsed with en-US terms (the parse stage knows no style), where `s` is no
 * term and all of it was suffix. Only a term en-US does not have for the
 * same label is tried: it stands for that label's en-US term, and the text
 * is read again by the same locator parser.
 *
 * @param terms
 *   The style's locator terms, as `[label, term]` (see `CslEngine.locatorTerms`).
 */
export function withStyleTerms(item: CitationItem, terms: ReadonlyArray<readonly [label: string, term: string]>): CitationItem {
  const raw = item.rawSuffix
  if (item.locator !== undefined || raw === undefined || raw === '') return item
  // Where a label term would start: after an optional comma and spaces.
  let at = raw.startsWith(',') ? 1 : 0
  while (raw.charAt(at) === ' ') at++
  const rest = raw.slice(at).toLowerCase()
  // The longest term first, as the parser matches.
  const candidates = terms
    .filter(([label, term]) => term !== '' && labelForTerm(term) !== label && rest.startsWith(term.toLowerCase()) && rest.charAt(term.length) === ' ')
    .sort((a, b) => b[1].length - a[1].length)
  for (const [label, term] of candidates) {
    const parsed = parseLocator(raw.slice(0, at) + termForLabel(label) + raw.slice(at + term.length))
    if (parsed.label !== label || parsed.locator === undefined) continue
    return {...item, locator: parsed.locator, label, suffix: parsed.suffix}
  }
  return item
}
