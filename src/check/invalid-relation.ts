import type {VFile} from 'vfile'
import type {AnyKit} from '../kit/define-kit.js'
import type {BaseNode} from '../kit/kind.js'
import type {ArgumentGraph} from '../kit/graph.js'
import {listCode, report} from '../util/report.js'

/**
 * A relation must go to a kind its source kind allows (the kit's relation
 * matrix): a factor explains a claim, not a recommendation.
 */
export function checkRelationKinds(graph: ArgumentGraph<BaseNode>, file: VFile, kit: AnyKit): void {
  const kinds = new Map(graph.nodes.map((node) => [node.id, node.kind]))
  for (const relation of graph.relations) {
    const fromKind = kinds.get(relation.from)
    const toKind = kinds.get(relation.to)
    // Unknown targets are `unknown-reference`'s to report.
    if (fromKind === undefined || toKind === undefined) continue
    const rule = kit.kind(fromKind)?.relations.get(relation.type)
    if (!rule || rule.to.includes(toKind)) continue
    report(file, {
      ruleId: 'invalid-relation',
      place: relation.position,
      reason:
        'Unexpected `' + relation.type + '` from ' + fromKind + ' `' + relation.from + '` to ' +
        toKind + ' `' + relation.to + '`, expected a target of kind ' + listCode(rule.to)
    })
  }
}
