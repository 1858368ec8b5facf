import type {BaseNode} from '../../kit/kind.js'
import {listCode} from '../../util/report.js'
import {defineGraphRule} from '../graph-rule.js'
import {hasType, nodePlace, supportTypes} from '../graph-index.js'
import {readOptions} from '../options.js'

/** Options of `empty-factor-group`. */
export interface EmptyFactorGroupOptions {
  /** The kinds that form groups with a `group` attribute (default: `['factor']`). */
  readonly kinds?: readonly string[]
  /** The relation types that tie a factor to what it explains (default: `['explains']`). */
  readonly relations?: readonly string[]
}

/**
 * Factors that explain a claim and share a `group` name are one group of
 * reasons. A group none of whose factors has evidence, support or a citation
 * is an empty heading: the argument names the reasons but backs none of them.
 */
export const emptyFactorGroup = defineGraphRule<EmptyFactorGroupOptions>({
  id: 'empty-factor-group',
  check(graph, report, options, {tree, file, index, kit}) {
    const {kinds, relations} = readOptions(file, 'empty-factor-group', options, {
      kinds: ['factor'],
      relations: ['explains']
    })
    const support = supportTypes(kit)
    // Groups in order of their first factor: `claim\0group` → factors.
    const groups = new Map<string, {claim: string; name: string; factors: BaseNode[]; backed: boolean}>()

    for (const node of graph.nodes) {
      const name = (node as BaseNode & {group?: unknown}).group
      if (!kinds.has(node.kind) || typeof name !== 'string') continue
      const backed = hasType(index.incoming.get(node.id), support) || index.cited.has(node.id)
      const claims = new Set<string>()
      for (const relation of index.outgoing.get(node.id) ?? []) {
        if (relations.has(relation.type) && index.nodes.has(relation.to)) claims.add(relation.to)
      }
      for (const claim of claims) {
        const key = claim + '\0' + name
        const group = groups.get(key)
        if (group) {
          group.factors.push(node)
          group.backed ||= backed
        } else {
          groups.set(key, {claim, name, factors: [node], backed})
        }
      }
    }

    for (const group of groups.values()) {
      if (group.backed) continue
      report(
        nodePlace(tree, group.factors[0]!, 'group'),
        'Unexpected factor group `' + group.name + '` of `' + group.claim + '` with nothing behind any of its ' +
          'factors, expected evidence, a supporting node or a citation for ' +
          listCode(group.factors.map((factor) => factor.id))
      )
    }
  }
})
