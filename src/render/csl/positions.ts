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


/**
 * Positions of cites (first, subsequent, ibid, ibid-with-locator, near-note)
 * computed in one pass over the clusters in reading order, so each cluster can
 * be formatted on its own with `makeCitationCluster` (citeproc-js's stateful
 * API re-walks every earlier cluster and is quadratic).
 *
 * As pandoc's citeproc does, Ibid. looks back by note: the first cite of a
 * cluster is Ibid. when the cites before it in the same note, or else all
 * cites of the note just before, are one cite of the same item (so an
 * author's note in between, or a note citing two sources, breaks the chain);
 * a later cite is Ibid. when the cite before it in its cluster is the same
 * item. A cite that drops the previous cite's locator is subsequent, not Ibid.
 * Outside notes (`noteIndex` 0, in-text styles) the previous cluster counts.
 */
export class PositionTracker {
  private readonly firstNote = new Map<string, number>()
  private readonly lastNote = new Map<string, number>()
  // The note being read and its cites so far; the cites of the note before it.
  private note = -1
  private noteCites: PositionedCite[] = []
  private before: readonly PositionedCite[] = []

  constructor(private readonly nearNoteDistance: number) {}

  /** Set positions on `cites` (a cluster in note `noteIndex`, 0 outside notes). */
  cluster(cites: PositionedCite[], noteIndex: number): void {
    if (noteIndex === 0) {
      this.before = this.note === 0 ? this.noteCites : []
      this.note = 0
      this.noteCites = []
    } else if (noteIndex !== this.note) {
      this.before = noteIndex - this.note === 1 ? this.noteCites : []
      this.note = noteIndex
      this.noteCites = []
    }
    const earlier = this.noteCites.length > 0 ? this.noteCites : this.before

    for (const [index, cite] of cites.entries()) {
      const first = this.firstNote.get(cite.id)
      if (first === undefined) {
        cite.position = CSL.POSITION_FIRST
        this.firstNote.set(cite.id, noteIndex)
      } else {
        const before = index > 0 ? cites[index - 1] : earlier.length === 1 ? earlier[0] : undefined
        cite.position = before && before.id === cite.id ? ibid(before, cite) : CSL.POSITION_SUBSEQUENT
        cite['first-reference-note-number'] = first
        const last = this.lastNote.get(cite.id) ?? first
        cite['near-note'] = noteIndex === 0 || noteIndex - last <= this.nearNoteDistance
      }
      this.lastNote.set(cite.id, noteIndex)
    }
    this.noteCites.push(...cites)
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
