import type {Nodes} from 'mdast'
import type {Point, Position} from 'unist'

/**
 * Call `move` once on every point of the nodes and their descendants, to
 * change it in place: their positions, the positions argmark's syntax keeps
 * in `data` (directive openings, closings and attributes) and those of
 * citation items. Each point is moved once, even where nodes share it.
 * `visit`, if given, sees each node in the same walk. Linear in the number
 * of nodes.
 */
export function movePoints(nodes: readonly Nodes[], move: (point: Point) => void, visit?: (node: Nodes) => void): void {
  const moved = new Set<Point>()
  const movePoint = (point: Point | undefined) => {
    if (!point || moved.has(point)) return
    moved.add(point)
    move(point)
  }
  const movePosition = (position: Position | undefined) => {
    if (!position) return
    movePoint(position.start)
    movePoint(position.end)
  }
  const stack: unknown[] = [...nodes]
  while (stack.length > 0) {
    const node = stack.pop() as {
      position?: Position
      data?: {position?: Record<string, unknown>}
      children?: unknown[]
      items?: Array<{position?: Position}>
    }
    movePosition(node.position)
    visit?.(node as Nodes)
    const data = node.data?.position
    if (data) {
      for (const value of Object.values(data)) {
        if (!value || typeof value !== 'object') continue
        if ('start' in value) movePosition(value as Position)
        else for (const inner of Object.values(value as Record<string, Position>)) movePosition(inner)
      }
    }
    if (node.items) for (const item of node.items) movePosition(item.position)
    if (node.children) for (const child of node.children) stack.push(child)
  }
}
