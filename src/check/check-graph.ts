import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {AnyKit} from '../kit/define-kit.js'
import type {BaseNode} from '../kit/kind.js'
import type {ArgumentGraph} from '../kit/graph.js'
import type {Place} from '../syntax/types.js'
import {checkCircularSupport} from './circular-support.js'
import {checkDuplicateIds} from './duplicate-id.js'
import {citationsByNode} from './evidence-citations.js'
import {checkRelationKinds} from './invalid-relation.js'
import {checkQuotationLocators} from './quotation-without-locator.js'
import {checkStatisticCitations} from './statistic-without-citation.js'
import {checkUnloadedBibliography} from './unloaded-bibliography.js'
import {checkCitationKeys} from './unknown-citation-key.js'
import {checkUnknownReferences} from './unknown-reference.js'
import {checkUnusedSources} from './unused-source.js'

/** What the checks need to know besides the graph. */
export interface CheckContext {
  /** Whether the caller loaded the document's sources (so `graph.sources` is all of them). */
  readonly sourcesLoaded: boolean
  /** The file's line index, when the caller has one. */
  readonly place?: Place | undefined
}

/**
 * Validate a graph's ids, relations and citations against its kit and its
 * sources; messages go on `file`. Citation keys and unused sources are checked
 * only when the sources are known: loaded by the caller, or written inline.
 */
export function checkGraph(graph: ArgumentGraph<BaseNode>, file: VFile, kit: AnyKit, context: CheckContext): void {
  checkDuplicateIds(graph, file)
  checkUnknownReferences(graph, file)
  checkRelationKinds(graph, file, kit)
  checkCircularSupport(graph, file, kit)

  const sourcesKnown = context.sourcesLoaded || graph.meta.references !== undefined
  if (!context.sourcesLoaded) checkUnloadedBibliography(graph, file)
  if (sourcesKnown) {
    checkCitationKeys(graph, file, context.place ?? location(file))
    checkUnusedSources(graph, file)
  }
  const byNode = citationsByNode(graph)
  checkStatisticCitations(graph, file, byNode)
  checkQuotationLocators(graph, file, byNode, sourcesKnown)
}
