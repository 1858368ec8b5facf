import type {Point, Position} from 'unist'
import type {LineCounter, Node as YamlNode, YAMLSeq} from 'yaml'
import {isMap, isScalar, isSeq} from 'yaml'

/** Where a field of the `index`-th item of a list is written: `path` is its keys and indices inside the item. */
export type FieldPlace = (index: number, path: ReadonlyArray<string | number>) => Position | undefined

/** Where a path inside the `index`-th item of a YAML list is written. */
export function yamlFieldPlace(list: YAMLSeq, toPoint: (offset: number) => Point): FieldPlace {
  return (index, path) => {
    const item = list.items[index]
    if (!isMap(item)) return undefined
    let node: unknown = item
    let last: YamlNode | undefined
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((entry) => isScalar(entry.key) && entry.key.value === key)
        last = (pair?.value as YamlNode | undefined) ?? (pair?.key as YamlNode | undefined) ?? last
        node = pair?.value
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key]
        if (node) last = node as YamlNode
      } else {
        break
      }
    }
    const range = last?.range
    return range ? {start: toPoint(range[0]), end: toPoint(range[1])} : undefined
  }
}

/**
 * Where a YAML node is written, from its `range` (as `yaml` gives it when
 * parsed with a `LineCounter`): 1-based lines and columns and 0-based
 * offsets, in UTF-16 code units, from its first character to just after its
 * last; `undefined` for no node or a node without a range.
 */
export function yamlNodePlace(node: YamlNode | null | undefined, counter: LineCounter): Position | undefined {
  const range = node?.range
  if (!range) return undefined
  const start = counter.linePos(range[0])
  const end = counter.linePos(range[1])
  return {start: {line: start.line, column: start.col, offset: range[0]}, end: {line: end.line, column: end.col, offset: range[1]}}
}
