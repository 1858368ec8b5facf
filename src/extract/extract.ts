import type {Html, Root} from 'mdast'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {AnyKit} from '../kit/define-kit.js'
import type {ArgumentGraph, Relation} from '../kit/graph.js'
import type {Citation} from '../syntax/citation/types.js'
import {sourceLocation} from '../util/source-text.js'
import {controlVerbs} from '../util/comment-control.js'
import {report} from '../util/report.js'
import {isParent, walk} from '../util/walk.js'
import type {Directive, Place} from '../syntax/types.js'
import type {DraftNode} from './build-node.js'
import {buildNode} from './build-node.js'
import type {FoundCitation} from './citations.js'
import {buildCitations, noteCitationsAfterDirectives} from './citations.js'
import {readFrontMatter} from './front-matter.js'
import {abstractTrees} from './abstract-blocks.js'
import {documentDefinitions} from './definitions.js'

const directiveTypes = new Set(['textDirective', 'leafDirective', 'containerDirective'])

/**
 * The graph nodes whose id `extractGraph` made (`<kind>-<n>`) rather than
 * the author wrote: an editor session numbers them again across the
 * document.
 */
export const generatedIds = new WeakSet<object>()

/**
 * Build the argument graph of a parsed document (after `restoreProse`): one
 * node per directive of a known kind, in document order, and one relation per
 * target named in a relation attribute, and its citations: the front
 * matter's abstract's first (see `abstractTrees`), then the body's. One walk
 * over the tree.
 *
 * Nodes without an id get `<kind>-<n>` (n counting that kind's nodes), never
 * an id the author wrote.
 *
 * The graph's `sources` are empty: `resolveSources` attaches them.
 */
export function extractGraph(
  tree: Root,
  file: VFile,
  kit: AnyKit,
  place: Place = sourceLocation(file)
): ArgumentGraph {
  const frontMatter = readFrontMatter(tree, file)
  file.data.argmarkFrontMatter = frontMatter
  const meta = frontMatter.meta
  const drafts: DraftNode[] = []
  const draftOf = new Map<Directive, DraftNode>()
  const found: FoundCitation[] = []
  const after = new Map<Citation, Directive>()
  // The node directive each depth of the walk is inside (pre-order keeps it right).
  const inside: Array<Directive | undefined> = []

  // A metadata block's abstract is read where the block is (in a document's front matter, first,
  // as pandoc's citeproc reads the metadata before the body): its citations in document order,
  // which an editor session's segments keep too. Read with the body's link and footnote labels
  // (pandoc reads metadata with the document's definitions), and those a session's other segments hold.
  if (frontMatter.abstracts) file.data.argmarkDefinitions = documentDefinitions(tree, file.data.argmarkDefinitions)
  const abstracts = abstractTrees(file)

  walk(tree, (node, _parent, depth) => {
    let owner = depth > 0 ? inside[depth - 1] : undefined
    if (node.type === 'html') {
      reportMisplacedControl(node as Html, file)
    } else if (node.type === 'yaml' && abstracts.length > 0) {
      for (const abstract of abstracts) if (within(abstract, node)) citationsOf(abstract, found)
    } else if (node.type === 'citation') {
      found.push({citation: node as Citation, inside: owner})
    } else if (directiveTypes.has(node.type)) {
      const directive = node as Directive
      const info = kit.kind(directive.name)
      if (info) {
        const draft = buildNode(directive, info, kit, file, place)
        drafts.push(draft)
        draftOf.set(directive, draft)
        owner = directive
      }
    }
    inside[depth] = owner
    if (isParent(node)) noteCitationsAfterDirectives(node, kit, after)
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
    generatedIds.add(draft.node)
  }

  const relations: Relation[] = []
  for (const draft of drafts) {
    for (const relation of draft.relations) {
      const edge: Relation = {from: draft.node.id, to: relation.to, type: relation.type}
      if (relation.position) edge.position = relation.position
      relations.push(edge)
    }
  }

  const citations = buildCitations(tree, file, found, after, (directive) => draftOf.get(directive)?.node.id)
  return {nodes: drafts.map((draft) => draft.node), relations, citations, sources: [], meta}
}

/**
 * Report an HTML node that opens with one of argmark's control comments and
 * goes on with more HTML (`<!-- argmark-ignore x --><div>…</div>` on one
 * line, one HTML block): remark-message-control reads a comment only when it
 * is the whole node (see mdast-comment-marker), as remark-lint does, so the
 * comment controls nothing.
 */
function reportMisplacedControl(node: Html, file: VFile): void {
  const value = node.value.trimStart()
  if (!value.startsWith('<!--')) return
  const close = value.indexOf('-->', 4)
  if (close === -1 || value.slice(close + 3).trim() === '') return
  const comment = value.slice(0, close + 3)
  if (!controlVerbs.test(comment.slice(4, -3).trim())) return
  // Shown as written, its first 60 characters (never half of a surrogate pair).
  const cut = comment.length > 60 ? (isHighSurrogate(comment.charCodeAt(59)) ? 59 : 60) : comment.length
  report(file, {
    ruleId: 'misplaced-control-comment',
    severity: 'warning',
    place: node,
    reason:
      'Unexpected HTML after the control comment `' + comment.slice(0, cut) + (cut < comment.length ? '…' : '') +
      '` on its line, expected the comment alone on its line: it is not read, and controls nothing'
  })
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** Whether an abstract's tree is written inside a metadata block (by its first line). */
function within(abstract: Root, yaml: Node): boolean {
  const line = abstract.children[0]?.position?.start.line
  const block = yaml.position
  return line !== undefined && block !== undefined && line >= block.start.line && line <= block.end.line
}

/** Add an abstract's citations to `found`, in order: they back no node. */
function citationsOf(abstract: Root, found: FoundCitation[]): void {
  walk(abstract, (node) => {
    if (node.type === 'citation') found.push({citation: node as Citation, inside: undefined})
    return undefined
  })
}
