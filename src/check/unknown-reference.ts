import type {VFile} from 'vfile'
import type {BaseNode} from '../kit/kind.js'
import type {ArgumentGraph} from '../kit/graph.js'
import {didYouMean, didYouMeanPhrase} from '../util/did-you-mean.js'
import {report} from '../util/report.js'

// Suggestions compare a name with every id; past this many unknown references
// a document is not a typo away from right, and suggesting would cost
// (unknown references × ids).
const suggestionLimit = 64

/** Every relation must name a node of the document. */
export function checkUnknownReferences(graph: ArgumentGraph<BaseNode>, file: VFile): void {
  const ids = new Set(graph.nodes.map((node) => node.id))
  let unknown = 0
  for (const relation of graph.relations) {
    if (ids.has(relation.to)) continue
    const suggestion = ++unknown <= suggestionLimit ? didYouMean(relation.to, others(ids, relation.from)) : undefined
    report(file, {
      ruleId: 'unknown-reference',
      place: relation.position,
      reason:
        'Unexpected reference to unknown id `' + relation.to + '` in `' + relation.type +
        '` of `' + relation.from + '`, expected the id of a node' + didYouMeanPhrase(suggestion),
      expected: suggestion === undefined ? undefined : [suggestion]
    })
  }
}

// A node naming itself is a cycle, never the fix for a typo.
function* others(ids: Set<string>, self: string): Generator<string> {
  for (const id of ids) if (id !== self) yield id
}
