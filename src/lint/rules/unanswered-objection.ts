import {defineGraphRule} from '../graph-rule.js'
import {hasType} from '../graph-index.js'
import {readOptions} from '../options.js'

/** Options of `unanswered-objection`. */
export interface UnansweredObjectionOptions {
  /** The kinds that need an answer (default: `['objection']`). */
  readonly kinds?: readonly string[]
  /** The relation types that answer one (default: `['attacks', 'qualifies']`). */
  readonly relations?: readonly string[]
}

/**
 * An argument that raises a counter-position should reply to it: some node
 * attacks or qualifies the objection.
 */
export const unansweredObjection = defineGraphRule<UnansweredObjectionOptions>({
  id: 'unanswered-objection',
  check(graph, report, options, {file, index}) {
    const {kinds, relations} = readOptions(file, 'unanswered-objection', options, {
      kinds: ['objection'],
      relations: ['attacks', 'qualifies']
    })
    for (const node of graph.nodes) {
      if (!kinds.has(node.kind) || hasType(index.incoming.get(node.id), relations)) continue
      report(
        node,
        'Unexpected ' + node.kind + ' `' + node.id + '` that nothing answers, expected a node with ' +
          [...relations].map((type) => '`' + type + '=' + node.id + '`').join(' or ')
      )
    }
  }
})
