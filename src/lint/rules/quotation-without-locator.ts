import type {CslItem} from '../../kit/csl.js'
import {sourcesComplete} from '../../sources/resolve.js'
import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'
import {evidenceOfType} from '../graph-index.js'

// Sources with pages (or columns, sections): a quotation from one of these can
// be found again only with a locator. Web pages, press releases, talks and
// personal communications have none to give.
const paginated = new Set([
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'book',
  'chapter',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'paper-conference',
  'report',
  'review',
  'review-book',
  'thesis'
])

/**
 * A quotation must say where it can be found: quotation evidence citing a
 * source that has pages needs a locator (`[@key, p. 12]`). Whether a source
 * has pages is known only from the source, so only with complete sources.
 * A quotation with no citation at all is `unattributed-quotation`'s.
 */
export const quotationWithoutLocator = defineGraphRule({
  id: 'quotation-without-locator',
  family: 'sources',
  check(graph, report, options, {file, index}) {
    readOptions(file, 'quotation-without-locator', options, {})
    if (!sourcesComplete(file)) return
    const sources = new Map<string, CslItem>(graph.sources.map((source) => [source.id, source]))
    for (const node of evidenceOfType(graph, 'quotation')) {
      const items = (index.citations.get(node.id) ?? []).flatMap((citation) => citation.items)
      if (items.length === 0 || items.some((item) => item.locator !== undefined)) continue
      const first = items.find((item) => paginated.has(sources.get(item.key)?.type ?? ''))
      if (!first) continue
      const written = misspeltPage(first.suffix)
      report(
        first.position,
        written
          ? 'Unexpected quotation `' + node.id + '` cited with `' + written.term + ' ' + written.pages +
              '`, which pandoc reads as text, not as a locator, expected `[@' + first.key + ', ' + written.suggested + ' ' + written.pages + ']`'
          : 'Unexpected quotation `' + node.id + '` cited without a locator, expected the page or section where `' +
              first.key + '` says it, such as `[@' + first.key + ', p. 12]`'
      )
    }
  }
})

/** Page terms pandoc 2.17 does not read as locator terms (its terms are `p.`, `pp.`, `page`, `pages`). */
const pageSpellings = new Set(['pg.', 'pg', 'pgs.', 'pgs', 'p', 'pp'])

/**
 * A suffix that starts with a page term pandoc does not read (`pg. 40`,
 * `pp 3-5`) and then a page: its term, its pages (up to the first space
 * after them) and the term to write (`p.`, or `pp.` for a range or list).
 * Takes the citation item's suffix; returns `undefined` for anything else.
 */
export function misspeltPage(suffix: string | undefined): {term: string; pages: string; suggested: string} | undefined {
  // Without a locator, the suffix keeps the comma after the key (`, pg. 40`), as pandoc's does.
  const text = (suffix ?? '').trim()
  const words = (text.startsWith(',') ? text.slice(1).trim() : text).split(' ')
  const term = words[0] ?? ''
  const pages = words[1] ?? ''
  if (!pageSpellings.has(term.toLowerCase()) || !isDigit(pages.charAt(0))) return undefined
  let end = pages.length
  while (end > 0 && ',.;:'.includes(pages.charAt(end - 1))) end--
  const trimmed = pages.slice(0, end)
  let list = false
  for (const character of trimmed) if (character === '-' || character === '\u2013' || character === ',') list = true
  return {term, pages: trimmed, suggested: list ? 'pp.' : 'p.'}
}

function isDigit(character: string): boolean {
  return character >= '0' && character <= '9'
}
