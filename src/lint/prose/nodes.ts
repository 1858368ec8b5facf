import type {VFile} from 'vfile'
import {report} from '../../util/report.js'
import type {BaseNode} from '../../kit/kind.js'
import {evidenceOfType, hasType, indexGraph, supportTypes} from '../graph-index.js'

/** Source ranges `[start, end)` (0-based offsets), sorted and disjoint. */
export type Ranges = ReadonlyArray<readonly [number, number]>

/**
 * What the graph says about prose for a prose rule: the evidence of one
 * `type` that no citation backs (the rule reports the node itself, once),
 * and the ranges a finding inside is covered in: the nodes the annotation
 * already backs — a citation belongs to them (one inside a node, or right
 * after its text directive, backs all of it) or the argument supports or
 * explains them — and the uncited evidence, already reported.
 */
export function evidenceCoverage(file: VFile, type: string | undefined): {uncited: BaseNode[]; covered: Ranges} {
  const graph = file.data.argmarkGraph
  const kit = file.data.argmarkKit
  if (!graph || !kit || graph.nodes.length === 0) return {uncited: [], covered: []}
  const index = indexGraph(graph)
  const support = supportTypes(kit)
  const uncited = type === undefined ? [] : evidenceOfType(graph, type).filter((node) => !index.cited.has(node.id))
  const backed = graph.nodes.filter((node) => index.cited.has(node.id) || hasType(index.incoming.get(node.id), support))
  return {uncited, covered: toRanges([...backed, ...uncited])}
}

function toRanges(nodes: readonly BaseNode[]): Ranges {
  const ranges: Array<[number, number]> = []
  for (const node of nodes) {
    const start = node.position.start.offset
    const end = node.position.end.offset
    if (start !== undefined && end !== undefined) ranges.push([start, end])
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  return merged
}

/** Whether `[start, end)` lies inside one of the ranges (binary search). */
export function inRanges(ranges: Ranges, start: number, end: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [from, to] = ranges[middle]!
    if (start < from) high = middle - 1
    else if (start >= to) low = middle + 1
    else return end <= to
  }
  return false
}

/**
 * Report each evidence node no citation backs, once, at the node: `what`
 * names the kind of evidence, `expected` where its citation goes.
 */
export function reportUncited(file: VFile, ruleId: string, nodes: readonly BaseNode[], what: string, expected: string): void {
  for (const node of nodes) {
    report(file, {
      ruleId,
      place: node.position,
      reason: 'Unexpected ' + what + ' `' + node.id + '` without a citation, expected ' + expected + ', such as `[@key, p. 12]`'
    })
  }
}
