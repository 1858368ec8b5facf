import pluralize from 'pluralize'
import type {BaseNode} from '../kit/kind.js'
import type {ArgumentGraph} from '../kit/graph.js'

// Evidence is a mass noun: two pieces of evidence are "2 evidence", not "2 evidences".
pluralize.addUncountableRule('evidence')

/**
 * A few lines that tell an author what argmark read: nodes per kind (kind
 * names in the plural where the count is not one: a kit's `hypothesis` is
 * counted in `hypotheses`), relations per type (and how many point at an id
 * no node has), the thesis, and for each claim explained by factors the
 * factors grouped as the author grouped them (a target that is no node's id
 * is said to be unknown).
 */
export function summarize(graph: ArgumentGraph<BaseNode>): string[] {
  const lines: string[] = []
  if (typeof graph.meta.title === 'string') lines.push(graph.meta.title)

  const kinds = countBy(graph.nodes.map((node) => node.kind))
  lines.push(plural(graph.nodes.length, 'node') + describeCounts(kinds, true))
  const byId = new Map(graph.nodes.map((node) => [node.id, node]))
  const types = countBy(graph.relations.map((relation) => relation.type))
  const dangling = graph.relations.filter((relation) => !byId.has(relation.to)).length
  lines.push(
    plural(graph.relations.length, 'relation') + describeCounts(types, false) +
      (dangling > 0 ? ' (' + String(dangling) + ' to an unknown id)' : '')
  )

  const theses = graph.nodes.filter((node) => node.kind === 'claim' && attribute(node, 'thesis') === true)
  if (theses.length > 0) lines.push('thesis: ' + theses.map((node) => node.id).join(', '))

  const explained = new Map<string, Map<string, string[]>>()
  for (const relation of graph.relations) {
    const factor = byId.get(relation.from)
    if (relation.type !== 'explains' || factor?.kind !== 'factor') continue
    const group = attribute(factor, 'group')
    const name = typeof group === 'string' ? group : '(no group)'
    const groups = explained.get(relation.to) ?? new Map<string, string[]>()
    explained.set(relation.to, groups)
    groups.set(name, [...(groups.get(name) ?? []), factor.id])
  }
  for (const [claim, groups] of explained) {
    const count = [...groups.values()].reduce((sum, ids) => sum + ids.length, 0)
    const known = byId.has(claim) ? '`' + claim + '`' : 'the unknown id `' + claim + '`'
    lines.push(known + ' is explained by ' + plural(count, 'factor') + ':')
    for (const [group, ids] of groups) lines.push('  ' + group + ': ' + ids.join(', '))
  }
  return lines
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

// Kinds are nouns and take the plural; relation types are verbs (`supports`) and stay as named.
function describeCounts(counts: Map<string, number>, nouns: boolean): string {
  if (counts.size === 0) return ''
  return ': ' + [...counts].map(([name, count]) => (nouns ? plural(count, name) : String(count) + ' ' + name)).join(', ')
}

function plural(count: number, noun: string): string {
  return String(count) + ' ' + pluralize(noun, count)
}

function attribute(node: BaseNode, name: string): unknown {
  return (node as BaseNode & Record<string, unknown>)[name]
}
