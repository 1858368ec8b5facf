import type {VFile} from 'vfile'
import type {ArgumentGraph, GraphCitation} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import type {CslItem} from '../sources/csl.js'
import {report} from '../util/report.js'
import {evidenceOfType} from './evidence-citations.js'

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
 * A quotation must say where it can be found: a quotation evidence citing a
 * source that has pages needs a locator (`[@key, p. 12]`); one with no
 * citation at all is reported too. Sources' pages are known only with the
 * sources.
 */
export function checkQuotationLocators(
  graph: ArgumentGraph<BaseNode>,
  file: VFile,
  byNode: ReadonlyMap<string, GraphCitation[]>,
  sourcesKnown: boolean
): void {
  const sources = new Map<string, CslItem>(graph.sources.map((source) => [source.id, source]))
  for (const node of evidenceOfType(graph, 'quotation')) {
    const citations = byNode.get(node.id)
    if (!citations) {
      report(file, {
        ruleId: 'quotation-without-locator',
        severity: 'warning',
        place: node.position,
        reason:
          'Unexpected quotation `' + node.id + '` without a citation, expected a citation with a locator ' +
          'right after it, such as `[@key, p. 12]`'
      })
      continue
    }
    const items = citations.flatMap((citation) => citation.items)
    if (items.some((item) => item.locator !== undefined)) continue
    // Whether a source has pages is known only from the source: without the
    // sources, guessing would flag every web page and press release.
    const needsPage = sourcesKnown ? items.filter((item) => paginated.has(sources.get(item.key)?.type ?? '')) : []
    const first = needsPage[0]
    if (!first) continue
    report(file, {
      ruleId: 'quotation-without-locator',
      severity: 'warning',
      place: first.position,
      reason:
        'Unexpected quotation `' + node.id + '` cited without a locator, expected the page or section ' +
        'where `' + first.key + '` says it, such as `[@' + first.key + ', p. 12]`'
    })
  }
}
