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
      report(
        first.position,
        'Unexpected quotation `' + node.id + '` cited without a locator, expected the page or section where `' +
          first.key + '` says it, such as `[@' + first.key + ', p. 12]`'
      )
    }
  }
})
