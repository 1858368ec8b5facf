import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {report, rulesUrl} from '../../util/report.js'
import {hasType, indexGraph, nodePlace} from '../graph-index.js'
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
export const unansweredObjection = lintRule<Root, UnansweredObjectionOptions | undefined>(
  {origin: 'argmark:unanswered-objection', url: rulesUrl + 'unanswered-objection.md'},
  (tree: Root, file: VFile, options) => {
    const graph = file.data.argmarkGraph
    if (!graph) return
    const {kinds, relations} = readOptions(file, 'unanswered-objection', options, {
      kinds: ['objection'],
      relations: ['attacks', 'qualifies']
    })
    const index = indexGraph(graph)

    for (const node of graph.nodes) {
      if (!kinds.has(node.kind) || hasType(index.incoming.get(node.id), relations)) continue
      report(file, {
        ruleId: 'unanswered-objection',
        place: nodePlace(tree, node),
        reason:
          'Unexpected ' + node.kind + ' `' + node.id + '` that nothing answers, expected a node with ' +
          [...relations].map((type) => '`' + type + '=' + node.id + '`').join(' or ')
      })
    }
  }
)
