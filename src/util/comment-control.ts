import type {Html, Root} from 'mdast'
import type {Node} from 'unist'
import remarkMessageControl from 'remark-message-control'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {sourceLocation} from './source-text.js'
import {isParent, walk} from './walk.js'

/** Options of `argmarkControl`. */
export interface ControlOptions {
  /**
   * Rule ids comments may name; others get a warning and are not toggled. A
   * comment without ids turns all of them off or on.
   */
  readonly known: readonly string[]
  /** The message sources the comments act on (default: `['argmark']`). */
  readonly sources?: readonly string[] | undefined
  /**
   * Keep what the comments need on `file.data.argmarkControls` (see
   * `controlSkeleton`), for messages raised after the tree has changed.
   */
  readonly keep?: boolean | undefined
}

declare module 'vfile' {
  interface DataMap {
    /**
     * The document's control comments with the nodes they act on, kept by
     * the rule engine when the document has any: what `settleMessages` reads
     * for the messages `render` and `export` raise after rendering changed
     * the tree (see `controlSkeleton`).
     */
    argmarkControls: Root
  }
}

// remark-message-control reads `<!--name verb ids-->`; argmark's comments are
// `<!-- argmark-verb ids -->`. They are rewritten to this name while it runs.
const marker = 'argmark-comment-control'
/** The start of argmark's control comments (exported for the ReDoS test). */
export const controlVerbs = /^argmark-(disable|enable|ignore)(?:\s|$)/

/**
 * Comment controls for argmark's messages: `<!-- argmark-disable rule-id -->`
 * turns rules off from there on (all rules without ids), `argmark-enable`
 * turns them back on, and `argmark-ignore` turns them off for the next node.
 * Only messages of `sources` are affected. Add it after the rules.
 */
export function argmarkControl(options: ControlOptions) {
  const known = [...options.known]
  const control = remarkMessageControl({name: marker, source: [...(options.sources ?? ['argmark'])], known})
  // A comment without ids names every known rule: remark-message-control's
  // own "all rules" state also drops messages *before* a bare disable.
  const every = known.join(' ')

  return function (tree: Root, file: VFile): undefined {
    const rewritten: Array<[Html, string]> = []
    walk(tree, (node) => {
      if (node.type !== 'html') return
      const html = node as Html
      const value = commentControl(html.value, every)
      if (value !== undefined) {
        rewritten.push([html, html.value])
        html.value = value
      }
    })
    if (rewritten.length === 0) return
    if (options.keep) file.data.argmarkControls = controlSkeleton(tree, rewritten)

    // remark-message-control gives messages without a place line 1, column 1:
    // give them back their lack of a place, so they still sort last.
    const placeless = file.messages.filter((message) => message.line === undefined)
    // A message placed outside the document (a rule's mistake) cannot be
    // matched to a comment: it is kept as it is, out of the control's way.
    const place = sourceLocation(file)
    const outside = file.messages.filter(
      (message) => message.line !== undefined && place.toOffset({line: message.line, column: message.column ?? 1}) === undefined
    )
    if (outside.length > 0) file.messages = file.messages.filter((message) => !outside.includes(message))
    try {
      // remark-message-control drops messages after the last leaf's end as a
      // "gap"; argmark points at attributes there (`:factor[f]{group=g}` at the
      // end of a file). A root that ends where it starts has no trailing gap.
      const position = tree.position && {start: tree.position.start, end: tree.position.start}
      control({...tree, position}, file)
    } finally {
      for (const [html, value] of rewritten) html.value = value
      for (const message of placeless) unplace(message)
      file.messages.push(...outside)
    }
  }
}

/**
 * A copy of `tree` with what remark-message-control reads and nothing else:
 * every node's type, position and children, and the value of the comments it
 * rewrote (`rewritten`, their values as written). Linear in the number of
 * nodes; text is not copied.
 */
function controlSkeleton(tree: Root, rewritten: ReadonlyArray<[Html, string]>): Root {
  const values = new Map<Node, string>(rewritten)
  const copies = new Map<Node, Node & {children?: Node[]}>()
  walk(tree, (node, parent) => {
    const skeleton: Node & {value?: string; children?: Node[]} = {type: node.type}
    if (node.position) skeleton.position = node.position
    if (node.type === 'html') skeleton.value = values.get(node) ?? ''
    if (isParent(node)) {
      skeleton.children = []
      copies.set(node, skeleton)
    }
    if (parent) copies.get(parent)!.children!.push(skeleton)
    else copies.set(tree, skeleton)
    return undefined
  })
  return copies.get(tree) as Root
}

/**
 * The value to give an HTML node while controls are read: argmark's comment
 * in remark-message-control's form, `''` for a comment that would otherwise
 * be read as a control it is not, `undefined` to leave the node alone.
 */
function commentControl(value: string, every: string): string | undefined {
  const text = value.trim()
  if (!text.startsWith('<!--') || !text.endsWith('-->') || text.length < 7) return undefined
  const inner = text.slice(4, -3).trim()
  if (inner.startsWith(marker)) return ''
  const match = controlVerbs.exec(inner)
  if (!match) return undefined
  const ids = inner.slice(match[0].length).trim() || every
  return '<!--' + marker + ' ' + match[1] + (ids ? ' ' + ids : '') + '-->'
}

function unplace(message: VFileMessage): void {
  message.line = undefined
  message.column = undefined
}
