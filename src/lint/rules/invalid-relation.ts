import {listCode} from '../../util/report.js'
import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'

/**
 * A relation must go to a kind its source kind allows (the kit's relation
 * matrix): a factor explains a claim, not a recommendation.
 */
export const invalidRelation = defineGraphRule({
  id: 'invalid-relation',
  check(graph, report, options, {index, kit, file}) {
    readOptions(file, 'invalid-relation', options, {})
    for (const relation of graph.relations) {
      const fromKind = index.nodes.get(relation.from)?.kind
      const toKind = index.nodes.get(relation.to)?.kind
      // Unknown targets are `unknown-reference`'s to report.
      if (fromKind === undefined || toKind === undefined) continue
      const rule = kit.kind(fromKind)?.relations.get(relation.type)
      if (!rule || rule.to.includes(toKind)) continue
      report(
        relation,
        'Unexpected `' + relation.type + '` from ' + fromKind + ' `' + relation.from + '` to ' + toKind + ' `' +
          relation.to + '`, expected a target of kind ' + listCode(rule.to)
      )
    }
  }
})
