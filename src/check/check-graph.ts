import type {VFile} from 'vfile'
import type {AnyKit} from '../kit/define-kit.js'
import type {BaseNode} from '../kit/kind.js'
import type {ArgumentGraph} from '../kit/graph.js'
import {checkCircularSupport} from './circular-support.js'
import {checkDuplicateIds} from './duplicate-id.js'
import {checkRelationKinds} from './invalid-relation.js'
import {checkUnknownReferences} from './unknown-reference.js'

/** Validate a graph's ids and relations against its kit; messages go on `file`. */
export function checkGraph(graph: ArgumentGraph<BaseNode>, file: VFile, kit: AnyKit): void {
  checkDuplicateIds(graph, file)
  checkUnknownReferences(graph, file)
  checkRelationKinds(graph, file, kit)
  checkCircularSupport(graph, file, kit)
}
