import type {CiteprocCite, Engine} from 'citeproc'
import CSL from 'citeproc'

/**
 * The cites of a cluster the author ordered (a later cite has a prefix), as
 * pandoc's citeproc orders them: runs of cites with neither prefix nor
 * suffix are sorted by the style's citation sort keys, and every cite with
 * a prefix or suffix keeps its place (`[@zoe; @roe; see @doe]` → Roe, Zoe,
 * see Doe).
 */
export function sortedRuns(engine: Engine, cites: readonly CiteprocCite[]): readonly CiteprocCite[] {
  if (engine.citation_sort.tokens.length === 0) return cites
  const result: CiteprocCite[] = []
  let run: CiteprocCite[] = []
  const flush = () => {
    if (run.length > 1) {
      const keyed = run.map((cite) => [cite, {sortkeys: CSL.getSortKeys.call(engine, engine.retrieveItem(cite.id), 'citation_sort')}] as [CiteprocCite, {sortkeys: unknown}])
      keyed.sort((a, b) => engine.citation.srt.compareCompositeKeys(a, b))
      result.push(...keyed.map(([cite]) => cite))
    } else result.push(...run)
    run = []
  }
  for (const cite of cites) {
    if (cite.prefix || cite.suffix) {
      flush()
      result.push(cite)
    } else run.push(cite)
  }
  flush()
  return result
}
