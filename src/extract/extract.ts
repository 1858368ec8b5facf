import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {AnyKit} from '../kit/define-kit.js'
import type {ArgumentGraph, Relation} from '../kit/graph.js'
import {walk} from '../util/walk.js'
import type {Directive, Place} from '../syntax/types.js'
import type {DraftNode} from './build-node.js'
import {buildNode} from './build-node.js'
import {readFrontMatter} from './front-matter.js'

const directiveTypes = new Set(['textDirective', 'leafDirective', 'containerDirective'])

/**
 * Build the argument graph of a parsed document (after `restoreProse`): one
 * node per directive of a known kind, in document order, and one relation per
 * target named in a relation attribute. One walk over the tree.
 *
 * Nodes without an id get `<kind>-<n>` (n counting that kind's nodes), never
 * an id the author wrote.
 */
export function extractGraph(
  tree: Root,
  file: VFile,
  kit: AnyKit,
  place: Place = location(file)
): ArgumentGraph {
  const meta = readFrontMatter(tree, file)
  const drafts: DraftNode[] = []

  walk(tree, (node) => {
    if (!directiveTypes.has(node.type)) return
    const directive = node as Directive
    const info = kit.kind(directive.name)
    if (info) drafts.push(buildNode(directive, info, kit, file, place))
  })

  const taken = new Set<string>()
  for (const draft of drafts) if (draft.hasId) taken.add(draft.node.id)
  const counts = new Map<string, number>()
  for (const draft of drafts) {
    if (draft.hasId) continue
    let count = counts.get(draft.node.kind) ?? 0
    let id: string
    do id = draft.node.kind + '-' + String(++count)
    while (taken.has(id))
    counts.set(draft.node.kind, count)
    taken.add(id)
    draft.node.id = id
  }

  const relations: Relation[] = []
  for (const draft of drafts) {
    for (const relation of draft.relations) {
      const edge: Relation = {from: draft.node.id, to: relation.to, type: relation.type}
      if (relation.position) edge.position = relation.position
      relations.push(edge)
    }
  }

  return {nodes: drafts.map((draft) => draft.node), relations, citations: [], sources: [], meta}
}
