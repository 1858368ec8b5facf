import {didYouMean, didYouMeanPhrase} from '../../kit/did-you-mean.js'
import {defineGraphRule} from '../graph-rule.js'
import {readOptions} from '../options.js'

// Suggestions compare a name with every id; past this many unknown references
// a document is not a typo away from right, and suggesting would cost
// (unknown references × ids).
const suggestionLimit = 64

/** Every relation must name a node of the document. */
export const unknownReference = defineGraphRule({
  id: 'unknown-reference',
  check(graph, report, options, {index, file}) {
    readOptions(file, 'unknown-reference', options, {})
    let unknown = 0
    for (const relation of graph.relations) {
      if (index.nodes.has(relation.to)) continue
      const suggestion = ++unknown <= suggestionLimit ? didYouMean(relation.to, others(index.nodes.keys(), relation.from)) : undefined
      report(
        relation,
        'Unexpected reference to unknown id `' + relation.to + '` in `' + relation.type + '` of `' + relation.from +
          '`, expected the id of a node' + didYouMeanPhrase(suggestion),
        suggestion === undefined ? undefined : [suggestion]
      )
    }
  }
})

// A node naming itself is a cycle, never the fix for a typo.
function* others(ids: Iterable<string>, self: string): Generator<string> {
  for (const id of ids) if (id !== self) yield id
}
