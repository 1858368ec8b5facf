import type {VFile} from 'vfile'
import {hasType, indexGraph, supportTypes} from '../graph-index.js'

/** `[start, end)` source offsets (0-based) of the annotated nodes the argument supports, merged and sorted. */
type Ranges = ReadonlyArray<readonly [number, number]>

const cache = new WeakMap<object, Ranges>()

/**
 * Where an annotated draft says what backs its words: the source ranges of
 * the nodes that something supports or explains (in the kit's support
 * relations) or that a citation belongs to. Worked out once per graph.
 */
function supportedRanges(file: VFile): Ranges {
  const graph = file.data.argmarkGraph
  if (!graph || graph.nodes.length === 0) return []
  const cached = cache.get(graph)
  if (cached) return cached
  const index = indexGraph(graph)
  const support = supportTypes(file)
  const ranges: Array<[number, number]> = []
  for (const node of graph.nodes) {
    const start = node.position.start.offset
    const end = node.position.end.offset
    if (start === undefined || end === undefined) continue
    if (hasType(index.incoming.get(node.id), support) || index.cited.has(node.id)) ranges.push([start, end])
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  cache.set(graph, merged)
  return merged
}

/**
 * Whether the source offset lies inside an annotated node that the argument
 * supports: the annotation already says what backs the words (binary search).
 */
export function inSupportedNode(file: VFile, offset: number | undefined): boolean {
  if (offset === undefined) return false
  const ranges = supportedRanges(file)
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [start, end] = ranges[middle]!
    if (offset < start) high = middle - 1
    else if (offset >= end) low = middle + 1
    else return true
  }
  return false
}
