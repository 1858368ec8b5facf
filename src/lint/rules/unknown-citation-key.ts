import type {Position} from 'unist'
import {location} from 'vfile-location'
import type {GraphCitationItem} from '../../kit/citation.js'
import {sourcesComplete} from '../../sources/resolve.js'
import type {Place} from '../../syntax/types.js'
import {didYouMean, didYouMeanPhrase} from '../../util/did-you-mean.js'
import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'

// As for unknown ids: past this many unknown keys, suggesting costs
// (unknown keys × sources) and helps no one.
const suggestionLimit = 64

/**
 * Every cited key must be a source of the document, as pandoc's citeproc
 * requires. Checked when the sources are complete (see `resolveSources`): a
 * document that names a bibliography nobody loaded is `unloaded-bibliography`'s.
 */
export const unknownCitationKey = defineGraphRule({
  id: 'unknown-citation-key',
  family: 'sources',
  check(graph, report, options, {file}) {
    readOptions(file, 'unknown-citation-key', options, {})
    if (!sourcesComplete(file) || graph.citations.length === 0) return
    const ids = new Set(graph.sources.map((source) => source.id))
    const source = String(file.value)
    const place = location(file)
    let unknown = 0
    for (const citation of graph.citations) {
      for (const item of citation.items) {
        if (ids.has(item.key)) continue
        const suggestion = ++unknown <= suggestionLimit ? didYouMean(item.key, ids) : undefined
        report(
          keyPosition(item, source, place),
          'Unexpected citation key `' + item.key + '`, expected a key of the bibliography' + didYouMeanPhrase(suggestion),
          suggestion === undefined ? undefined : [suggestion]
        )
      }
    }
  }
})

/** Where the key itself is written (after `@` or `@{`), so a fix replaces just the key. */
function keyPosition(item: GraphCitationItem, source: string, place: Place): Position {
  const from = item.position.start.offset
  const to = item.position.end.offset
  if (from === undefined || to === undefined) return item.position
  const at = source.slice(from, to).indexOf('@')
  if (at === -1) return item.position
  const braced = source.charAt(from + at + 1) === '{'
  const start = from + at + 1 + (braced ? 1 : 0)
  const end = Math.min(start + item.key.length, to)
  const startPoint = place.toPoint(start)
  const endPoint = place.toPoint(end)
  if (!startPoint || !endPoint) return item.position
  return {start: {...startPoint, offset: start}, end: {...endPoint, offset: end}}
}
