import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'

/**
 * Citation keys are checked only against sources: a document whose sources
 * are missing would pass `unknown-citation-key` silently. Say so once: at the
 * `bibliography` key when the bibliography it names was not loaded (from the
 * API, give it as `sources`, see `loadSources`; the command line loads it
 * itself), or at the first citation when the document names no sources at all.
 */
export const missingBibliography = defineGraphRule({
  id: 'missing-bibliography',
  family: 'sources',
  check(graph, report, options, {file}) {
    readOptions(file, 'missing-bibliography', options, {})
    const status = file.data.argmarkSources?.status
    if (status === 'not-loaded') {
      const bibliography = graph.meta.bibliography
      const paths = typeof bibliography === 'string' ? [bibliography] : (bibliography ?? [])
      const frontMatter = file.data.argmarkFrontMatter
      report(
        frontMatter?.keyPlaces['bibliography'] ?? frontMatter?.position,
        'Unexpected bibliography ' + paths.map((path) => '`' + path + '`').join(', ') +
          ' that was not loaded, expected its sources given as the `sources` option (see `loadSources`); ' +
          'citation keys are not checked'
      )
    } else if (status === 'none') {
      const first = graph.citations[0]
      if (!first) return
      report(
        first.position,
        'Unexpected citation of `' + first.items[0]!.key + '` in a document without sources, expected a ' +
          '`bibliography` or `references` in the front matter (or the `sources` option); citation keys are not checked'
      )
    }
  }
})
