import CSL from 'citeproc'

/** One cite of a cluster, in the order written. */
export interface PositionedCite {
  readonly id: string
  readonly locator?: string | undefined
  readonly label?: string | undefined
  position?: number
  'near-note'?: boolean
  'first-reference-note-number'?: number
}


/** What the last cite of an item was: its cluster, note, place and locator. */
interface LastCite {
  /** The cluster's number in reading order (0-based). */
  readonly cluster: number
  /** Its note (0 outside notes). */
  readonly note: number
  /** Its place in the cluster (0-based). */
  readonly index: number
  /** Whether it was the cluster's only cite. */
  readonly alone: boolean
  readonly cite: PositionedCite
}

/**
 * Positions of cites (first, subsequent, ibid, ibid-with-locator, near-note)
 * computed in one pass over the clusters in reading order, so each cluster can
 * be formatted on its own with `makeCitationCluster` (citeproc-js's stateful
 * API re-walks every earlier cluster and is quadratic).
 *
 * Ibid. follows pandoc's citeproc (and CSL documentation issue 121): a cite is
 * Ibid. when the cite just before it in its cluster is the same item, or when
 * it opens its cluster and the cluster just before (in a note no more than
 * one note back) was one cite of the same item, in a note that cites that item
 * alone, as often as it likes. So `[@roe, p. 3] and @roe [p. 4]` in one note
 * leaves the next note's `[@roe]` Ibid.; a note citing two sources, or a note
 * without citations in between, breaks the chain. A cite that drops the
 * previous cite's locator is subsequent, not Ibid. Outside notes (`noteIndex`
 * 0, in-text styles) the cluster just before counts.
 *
 * Near-note is citeproc-js's reading of CSL: within `near-note-distance`
 * notes (inclusive) of the item's last cite, the distance read from
 * `cs:citation`. Pandoc 2.17 differs: it reads the distance from `cs:style`
 * (so a style's own distance is ignored and 5 is used) and counts it
 * exclusively.
 */
export class PositionTracker {
  private readonly firstNote = new Map<string, number>()
  private readonly last = new Map<string, LastCite>()
  // The items cited in each note, for whether a note cites one item alone.
  private readonly noteItems = new Map<number, Set<string>>()
  private clusters = 0

  constructor(private readonly nearNoteDistance: number) {}

  /**
   * Set positions on `cites` (a cluster in note `noteIndex`, 0 outside
   * notes). `lacking`: the keys of the cluster's other cites, which the
   * sources lack (written `**key?**`, given no position); as in pandoc, they
   * keep the cluster's cites from standing alone, so the next citation of the
   * item is not Ibid. (`[@one; @nokey]` then `[@one]` → `Uno, *One*.`).
   */
  cluster(cites: PositionedCite[], noteIndex: number, lacking: readonly string[] = []): void {
    const cluster = this.clusters++
    if (noteIndex !== 0 && lacking.length > 0) {
      const items = this.noteItems.get(noteIndex) ?? new Set<string>()
      for (const key of lacking) items.add(key)
      this.noteItems.set(noteIndex, items)
    }
    for (const [index, cite] of cites.entries()) {
      const first = this.firstNote.get(cite.id)
      const last = this.last.get(cite.id)
      if (first === undefined || last === undefined) {
        cite.position = CSL.POSITION_FIRST
        this.firstNote.set(cite.id, noteIndex)
      } else {
        cite.position = this.follows(last, cluster, noteIndex, index) ? ibid(last.cite, cite) : CSL.POSITION_SUBSEQUENT
        cite['first-reference-note-number'] = first
        cite['near-note'] = noteIndex === 0 || noteIndex - last.note <= this.nearNoteDistance
      }
      this.last.set(cite.id, {cluster, note: noteIndex, index, alone: cites.length + lacking.length === 1, cite})
      if (noteIndex !== 0) {
        const items = this.noteItems.get(noteIndex)
        if (items) items.add(cite.id)
        else this.noteItems.set(noteIndex, new Set([cite.id]))
      }
    }
  }

  /** Whether a cite directly follows the item's last cite, as Ibid. asks. */
  private follows(last: LastCite, cluster: number, note: number, index: number): boolean {
    if (last.cluster === cluster) return index === last.index + 1
    if (last.cluster !== cluster - 1 || index !== 0 || !last.alone) return false
    if (note === 0 || last.note === 0) return true
    return note - last.note <= 1 && (this.noteItems.get(last.note)?.size ?? 0) <= 1
  }
}

function ibid(before: PositionedCite, cite: PositionedCite): number {
  const had = locatorOf(before)
  const has = locatorOf(cite)
  if (had === has) return CSL.POSITION_IBID
  if (had !== undefined && has === undefined) return CSL.POSITION_SUBSEQUENT
  return CSL.POSITION_IBID_WITH_LOCATOR
}

function locatorOf(cite: PositionedCite): string | undefined {
  return cite.locator ? (cite.label ?? 'page') + ' ' + cite.locator : undefined
}
