import {keepNumbers, numberSegments} from './session-graph.js'
import {checkSegment, segmentAt} from './session-segment.js'
import {fallbackPreset} from './session-settings.js'
import type {SessionState} from './session-state.js'

/**
 * Run the prose rules again on the segments whose prose rules may read
 * something else now: with a change that kept the nodes' numbers, those
 * read again and those whose nodes' backing or support changed; otherwise
 * (or when the document's citation style changed) every segment, after
 * numbering the nodes anew. A segment is checked again only when its
 * nodes' ids or its context key differ from those it was checked with; its
 * placement is then forgotten.
 */
export function checkProse(state: SessionState): void {
  const {change, contexts, segments} = state
  let recheck: number[] | undefined
  if (change && keepNumbers(change.removed, change.added)) {
    for (const segment of change.removed) contexts.remove(segment)
    for (const segment of change.added) contexts.add(segment)
    const changed = contexts.changed()
    if (!changed.style) {
      recheck = change.added.map((_, index) => change.index + index)
      for (const segment of changed.segments) recheck.push(segmentAt(segments, segment.start))
    }
  } else {
    numberSegments(segments)
    contexts.clear()
    for (const segment of segments) contexts.add(segment)
    contexts.changed()
  }
  for (const index of recheck ?? segments.keys()) {
    const segment = segments[index]!
    const context = contexts.contextOf(segment)
    const ids = segment.generated.map((node) => node.id).join(' ') + '\n' + context.key
    if (!segment.checked || segment.checked.ids !== ids) {
      segment.checked = {ids, ...checkSegment(segment, state.settings.prose, fallbackPreset, state.kit, state.path, context)}
      state.placements[index] = undefined
    }
  }
}
