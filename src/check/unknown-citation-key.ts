import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {ArgumentGraph, GraphCitationItem} from '../kit/graph.js'
import type {BaseNode} from '../kit/kind.js'
import type {Place} from '../syntax/types.js'
import {didYouMean, didYouMeanPhrase} from '../util/did-you-mean.js'
import {report} from '../util/report.js'

// As for unknown ids: past this many unknown keys, suggesting costs
// (unknown keys × sources) and helps no one.
const suggestionLimit = 64

/** Every cited key must be a source of the document. */
export function checkCitationKeys(graph: ArgumentGraph<BaseNode>, file: VFile, place: Place): void {
  const isKnown = unknownKeyReporter(file, new Set(graph.sources.map((source) => source.id)), place)
  for (const citation of graph.citations) {
    for (const item of citation.items) isKnown(item)
  }
}

/**
 * Report the items whose key is not among `ids`, at the key itself, with the
 * closest key as `expected` (`check` and `render` report them alike). Gives
 * whether the item's key is known.
 */
export function unknownKeyReporter(
  file: VFile,
  ids: ReadonlySet<string>,
  place: Place
): (item: GraphCitationItem) => boolean {
  const source = String(file)
  let unknown = 0
  return function (item) {
    if (ids.has(item.key)) return true
    const suggestion = ++unknown <= suggestionLimit ? didYouMean(item.key, ids) : undefined
    report(file, {
      ruleId: 'unknown-citation-key',
      place: keyPosition(item, source, place),
      reason:
        'Unexpected citation key `' + item.key + '`, expected a key of the bibliography' + didYouMeanPhrase(suggestion),
      expected: suggestion === undefined ? undefined : [suggestion]
    })
    return false
  }
}

/** Where the key itself is written (after `@` or `@{`), so a fix replaces just the key. */
export function keyPosition(item: GraphCitationItem, source: string, place: Place): Position {
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
