import type {FootnoteDefinition, Nodes, Root, RootContent} from 'mdast'

/** A footnote definition every output drops, and why. */
export interface DroppedNote {
  readonly node: FootnoteDefinition
  /**
   * `unused`: no `footnoteReference` names its label; `duplicate`: an
   * earlier definition has its label (micromark, and so every argmark
   * output, keeps the first).
   */
  readonly why: 'unused' | 'duplicate'
  /** The container directive (its name) the definition sits in, if any. */
  readonly container: string | undefined
  /** For a `duplicate`: the first definition of its label (the one used). */
  readonly first?: FootnoteDefinition | undefined
}

const cache = new WeakMap<Root, readonly DroppedNote[]>()

/**
 * The footnote definitions of a document that no output shows: one walk over
 * the tree (linear), shared by `unused-footnote` and `duplicate-footnote`.
 * Labels are compared as mdast identifies them (`identifier`). In document order.
 */
export function droppedNotes(tree: Root): readonly DroppedNote[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const referenced = new Set<string>()
  const definitions: Array<{node: FootnoteDefinition; container: string | undefined}> = []
  const stack: Array<[Nodes, string | undefined]> = [[tree, undefined]]
  while (stack.length > 0) {
    const [node, container] = stack.pop()!
    if (node.type === 'footnoteReference') referenced.add(node.identifier)
    else if (node.type === 'footnoteDefinition') definitions.push({node, container})
    if ('children' in node) {
      const inner = node.type === 'containerDirective' ? container ?? node.name : container
      // Pushed in reverse so that nodes come off the stack in document order.
      for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index] as Nodes, inner])
    }
  }
  const seen = new Map<string, FootnoteDefinition>()
  const result: DroppedNote[] = []
  for (const {node, container} of definitions) {
    const first = seen.get(node.identifier)
    if (first) result.push({node, why: 'duplicate', container, first})
    else {
      seen.set(node.identifier, node)
      if (!referenced.has(node.identifier)) result.push({node, why: 'unused', container})
    }
  }
  cache.set(tree, result)
  return result
}

/** How a message names a definition's label: `[^label]` as written. */
export function noteLabel(node: FootnoteDefinition): string {
  return '[^' + (node.label ?? node.identifier) + ']'
}

/**
 * What `droppedNotes` reads of a tree, as a flat list to put in a root of
 * its own: its footnote references (label only), and its footnote
 * definitions without their content (each inside a childless copy of the
 * container directive it sits in, if any), in document order. Editor
 * sessions check footnotes document-wide from these (see `createSession`).
 */
export function footnoteSkeleton(tree: Root): RootContent[] {
  const result: RootContent[] = []
  const stack: Array<[Nodes, string | undefined]> = [[tree, undefined]]
  while (stack.length > 0) {
    const [node, container] = stack.pop()!
    if (node.type === 'footnoteReference') {
      result.push({type: 'footnoteReference', identifier: node.identifier, label: node.label})
    } else if (node.type === 'footnoteDefinition') {
      const copy: FootnoteDefinition = {type: 'footnoteDefinition', identifier: node.identifier, label: node.label, children: []}
      if (node.position) copy.position = node.position
      result.push(
        container === undefined ? copy : ({type: 'containerDirective', name: container, attributes: {}, children: [copy]} as unknown as RootContent)
      )
    }
    if ('children' in node) {
      const inner = node.type === 'containerDirective' ? container ?? node.name : container
      for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index] as Nodes, inner])
    }
  }
  return result
}
