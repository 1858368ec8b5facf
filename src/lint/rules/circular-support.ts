import type {Relation} from '../../kit/graph.js'
import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'
import {supportTypes} from '../graph-index.js'

/**
 * Support must bottom out: no chain of acyclic relations (`supports`,
 * `explains`) may come back to where it started. Each strongly connected
 * component is one cycle to report, found with Tarjan's algorithm run
 * iteratively (linear, and no recursion for long chains).
 */
export const circularSupport = defineGraphRule({
  id: 'circular-support',
  check(graph, report, options, {index, kit, file}) {
    readOptions(file, 'circular-support', options, {})
    const acyclic = supportTypes(kit)
    const edges = new Map<string, Relation[]>()
    for (const relation of graph.relations) {
      if (!acyclic.has(relation.type) || !index.nodes.has(relation.to)) continue
      const list = edges.get(relation.from)
      if (list) list.push(relation)
      else edges.set(relation.from, [relation])
    }

    for (const component of stronglyConnected([...index.nodes.keys()], edges)) {
      const members = new Set(component)
      const cycle = orderCycle(component, members, edges)
      const first = cycle[0]!
      const last = cycle[cycle.length - 1]!
      // The edge that closes the cycle is where the author can break it.
      const closing = (edges.get(last) ?? []).find((edge) => edge.to === first)
      if (!closing) continue
      report(
        closing,
        'Unexpected cycle ' + [...cycle, first].map((id) => '`' + id + '`').join(' → ') +
          ', expected support that ends in evidence or a premise'
      )
    }
  }
})

function stronglyConnected(nodes: string[], edges: Map<string, Relation[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const components: string[][] = []
  let counter = 0

  for (const root of nodes) {
    if (index.has(root)) continue
    // Each frame: a node and how many of its edges have been followed.
    const frames: Array<[string, number]> = [[root, 0]]
    index.set(root, counter)
    low.set(root, counter++)
    stack.push(root)
    onStack.add(root)

    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!
      const [node, next] = frame
      const out = edges.get(node) ?? []
      if (next < out.length) {
        frame[1]++
        const target = out[next]!.to
        if (!index.has(target)) {
          index.set(target, counter)
          low.set(target, counter++)
          stack.push(target)
          onStack.add(target)
          frames.push([target, 0])
        } else if (onStack.has(target)) {
          low.set(node, Math.min(low.get(node)!, index.get(target)!))
        }
        continue
      }

      frames.pop()
      const parent = frames[frames.length - 1]
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!))
      if (low.get(node) === index.get(node)) {
        const component: string[] = []
        let member: string
        do {
          member = stack.pop()!
          onStack.delete(member)
          component.push(member)
        } while (member !== node)
        components.push(component.reverse())
      }
    }
  }

  return components
}

// One concrete cycle through a component, for a readable message: walk edges
// inside the component from its first member until a node repeats.
function orderCycle(component: string[], members: Set<string>, edges: Map<string, Relation[]>): string[] {
  const seen = new Map<string, number>()
  const path: string[] = []
  let node = component[0]!
  while (!seen.has(node)) {
    seen.set(node, path.length)
    path.push(node)
    const next = (edges.get(node) ?? []).find((edge) => members.has(edge.to))
    if (!next) break
    node = next.to
  }
  return path.slice(seen.get(node) ?? 0)
}
