import type {Position} from 'unist'
import type {GraphCitationItem} from '../../kit/citation.js'
import {sourcesComplete} from '../../sources/resolve.js'
import type {Place} from '../../syntax/types.js'
import {keyText} from '../../syntax/citation/key.js'
import {didYouMean, didYouMeanPhrase} from '../../kit/did-you-mean.js'
import {sourceLocation, sourceText} from '../../util/source-text.js'
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
    const source = sourceText(file)
    const place = sourceLocation(file)
    let unknown = 0
    for (const citation of graph.citations) {
      for (const item of citation.items) {
        if (ids.has(item.key)) continue
        const written = keyPosition(item, source, place)
        // A key cut short where pandoc's key syntax ends it (`@a--b` cites `a`):
        // the source whose id the text goes on to spell.
        const suggesting = ++unknown <= suggestionLimit
        const cut = suggesting ? cutKey(item.key, written, source, ids) : undefined
        const suggestion = cut?.id ?? (suggesting ? didYouMean(item.key, ids) : undefined)
        const at = cut ? extend(written, cut.end, place) : written
        const braced = written.start.offset !== undefined && source.charAt(written.start.offset - 1) === '{'
        report(
          at,
          'Unexpected citation key `' + item.key + '`, expected a key of the bibliography' + didYouMeanPhrase(suggestion),
          suggestion === undefined ? undefined : [braced ? suggestion : keyText(suggestion, source.charAt(at.end.offset ?? -1))]
        )
      }
    }
  }
})

/** The id of a source that the text after a key goes on to spell, and where it ends. */
function cutKey(key: string, written: Position, source: string, ids: ReadonlySet<string>): {id: string; end: number} | undefined {
  const end = written.end.offset
  if (end === undefined || source.charAt((written.start.offset ?? 0) - 1) === '{') return undefined
  let best: {id: string; end: number} | undefined
  for (const id of ids) {
    if (id.length <= key.length || !id.startsWith(key)) continue
    const rest = id.slice(key.length)
    if (source.startsWith(rest, end) && (!best || id.length > best.id.length)) best = {id, end: end + rest.length}
  }
  return best
}

function extend(position: Position, end: number, place: Place): Position {
  const point = place.toPoint(end)
  return point ? {start: position.start, end: {...point, offset: end}} : position
}

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
