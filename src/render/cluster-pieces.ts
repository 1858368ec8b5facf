import type {CitationItem} from '../syntax/citation/types.js'

// A citation whose keys the sources partly lack, in the order pandoc 2.17's
// citeproc writes its cites: each missing cite (`**key?**`) stays inside the
// citation's layout, among the known ones. A style that sorts cites sorts the
// known ones and puts the missing ones after them, in the written order
// (`[see @nokey; @doe]` in APA → `(Doe, 1999; see nokey?)`); otherwise, or
// where the author ordered the cites (a later cite has a prefix), every cite
// keeps its written place (`(Smith 2004; nokey?; Doe 1999)`).

/** A run of cites of known sources (formatted together), or one cite whose key the sources lack. */
export type ClusterPiece<Cite> = {readonly cites: readonly Cite[]} | {readonly item: CitationItem}

/**
 * The pieces of a citation, in the order they are written out. `items` are
 * the citation's cites as written; `cites` the formatter's cites of the
 * known ones, in the same order; `known` tells a key the sources have;
 * `sorted` whether the style sorts a citation's cites.
 */
export function clusterPieces<Cite>(
  items: readonly CitationItem[],
  cites: readonly Cite[],
  known: (item: CitationItem) => boolean,
  sorted: boolean
): Array<ClusterPiece<Cite>> {
  const ordered = items.some((item, index) => index > 0 && item.prefix)
  if (sorted && !ordered) return [{cites}, ...items.filter((item) => !known(item)).map((item) => ({item}))]
  const pieces: Array<ClusterPiece<Cite>> = []
  let next = 0
  let run: Cite[] | undefined
  for (const item of items) {
    if (!known(item)) {
      pieces.push({item})
      run = undefined
      continue
    }
    const cite = cites[next++]
    if (cite === undefined) continue
    if (run) run.push(cite)
    else {
      run = [cite]
      pieces.push({cites: run})
    }
  }
  return pieces
}
