import type {Node, Parent} from 'unist'

/** What a visitor may return: `skip` leaves the node's children unvisited. */
export type WalkAction = 'skip' | undefined | void

/**
 * Visit every node of a tree in document order (pre-order), with its parent
 * and depth. Iterative, so a document nested thousands of levels deep cannot
 * overflow the stack.
 */
export function walk(
  tree: Node,
  visitor: (node: Node, parent: Parent | undefined, depth: number) => WalkAction
): void {
  const stack: Array<[Node, Parent | undefined, number]> = [[tree, undefined, 0]]

  while (stack.length > 0) {
    const [node, parent, depth] = stack.pop()!
    if (visitor(node, parent, depth) === 'skip') continue
    if (isParent(node)) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        stack.push([node.children[index]!, node, depth + 1])
      }
    }
  }
}

export function isParent(node: Node): node is Parent {
  return Array.isArray((node as Partial<Parent>).children)
}
