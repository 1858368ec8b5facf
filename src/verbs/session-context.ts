import type {GraphCitation} from '../kit/citation.js'
import type {Relation} from '../kit/graph.js'
import type {CitationStyle} from '../lint/prose/run.js'
import {styleFrom} from '../lint/prose/run.js'
import type {ProseContext, SessionSegment} from './session-segment.js'
import {segmentCites} from './session-segment.js'

/**
 * What each segment's prose rules read of the rest of the document (see
 * `ProseContext`), kept as segments come and go, so that an update works
 * out the contexts of the segments it touched, not of every segment.
 */
export interface ProseContexts {
  /** Forget every segment. */
  clear(): void
  /** Take in a segment (its nodes, support relations, citations and citation style). */
  add(segment: SessionSegment): void
  /** Forget a segment taken in, as it was when it was taken in. */
  remove(segment: SessionSegment): void
  /**
   * The segments taken in whose context key may have changed since the
   * last call: those holding a node that a support relation or a citation
   * now reaches and did not, or no longer reaches; every segment when the
   * document's citation style changed (`style: true`).
   */
  changed(): {readonly segments: ReadonlySet<SessionSegment>; readonly style: boolean}
  /**
   * A segment's context, and a key that changes when that does: the
   * document's citation style (the kind of support its prose holds
   * most, see `styleFrom`), and for each of the segment's nodes whether a
   * citation backs it and whether a support relation goes into it, from
   * any segment. Relations and citations in document order.
   */
  contextOf(segment: SessionSegment): ProseContext & {readonly key: string}
}

/** Start an empty `ProseContexts`; `support`: the relation types that support. */
export function proseContexts(support: ReadonlySet<string>): ProseContexts {
  // By node id: the segments with a support relation into it, with a
  // citation of it, holding a node with that id.
  const into = new Map<string, Set<SessionSegment>>()
  const backing = new Map<string, Set<SessionSegment>>()
  const holders = new Map<string, Set<SessionSegment>>()
  // How many citations, footnote references, author-date and numbered references in the text the segments' prose holds.
  let citations = 0
  let notes = 0
  let texts = 0
  let numbered = 0
  // Ids whose state changes may have flipped, with their state before; the style before.
  const touched = new Map<string, string>()
  let styleBefore: CitationStyle | undefined

  const style = (): CitationStyle => styleFrom({citations, notes, texts, numbered})
  const state = (id: string): string => (backing.has(id) ? 'c' : '') + (into.has(id) ? 's' : '')

  function update(segment: SessionSegment, add: boolean): void {
    styleBefore ??= style()
    const cites = segmentCites(segment)
    const sign = add ? 1 : -1
    citations += sign * cites.citations
    notes += sign * cites.notes
    texts += sign * cites.texts
    numbered += sign * (cites.numbered ?? 0)
    for (const relation of segment.graph.relations) {
      if (!support.has(relation.type)) continue
      if (!touched.has(relation.to)) touched.set(relation.to, state(relation.to))
      toggle(into, relation.to, segment, add)
    }
    for (const citation of segment.graph.citations) {
      if (citation.node === null) continue
      if (!touched.has(citation.node)) touched.set(citation.node, state(citation.node))
      toggle(backing, citation.node, segment, add)
    }
    for (const node of segment.graph.nodes) toggle(holders, node.id, segment, add)
  }

  return {
    clear() {
      into.clear()
      backing.clear()
      holders.clear()
      touched.clear()
      citations = 0
      notes = 0
      texts = 0
      numbered = 0
      styleBefore = undefined
    },
    add(segment) {
      update(segment, true)
    },
    remove(segment) {
      update(segment, false)
    },
    changed() {
      const segments = new Set<SessionSegment>()
      for (const [id, before] of touched) {
        if (state(id) === before) continue
        for (const segment of holders.get(id) ?? []) segments.add(segment)
      }
      const styleChanged = styleBefore !== undefined && styleBefore !== style()
      touched.clear()
      styleBefore = undefined
      return {segments, style: styleChanged}
    },
    contextOf(segment) {
      const current = style()
      const relations: Relation[] = []
      const cited: GraphCitation[] = []
      let key: string = current
      const seen = new Set<string>()
      for (const node of segment.graph.nodes) {
        const inward = into.get(node.id)
        const backed = backing.get(node.id)
        key += ' ' + (backed ? 'c' : '') + (inward ? 's' : '')
        if (seen.has(node.id)) continue
        seen.add(node.id)
        if (inward) {
          for (const from of inOrder(inward)) {
            for (const relation of from.graph.relations) if (relation.to === node.id && support.has(relation.type)) relations.push(relation)
          }
        }
        if (backed) {
          for (const from of inOrder(backed)) {
            for (const citation of from.graph.citations) if (citation.node === node.id) cited.push(citation)
          }
        }
      }
      return {style: current, relations, citations: cited, key}
    }
  }
}

function toggle(map: Map<string, Set<SessionSegment>>, id: string, segment: SessionSegment, add: boolean): void {
  let set = map.get(id)
  if (add) {
    if (!set) map.set(id, (set = new Set()))
    set.add(segment)
  } else if (set) {
    set.delete(segment)
    if (set.size === 0) map.delete(id)
  }
}

// Segments in document order (where they start now).
function inOrder(segments: ReadonlySet<SessionSegment>): SessionSegment[] {
  const list = [...segments]
  if (list.length > 1) list.sort((a, b) => a.start - b.start)
  return list
}
