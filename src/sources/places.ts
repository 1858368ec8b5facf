import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {isScalar, isSeq, LineCounter, parseDocument} from 'yaml'

/**
 * Where a document's YAML front matter writes the bibliography paths
 * `paths`, for messages about them: `file`'s text must open on a `---` line
 * whose block (closed by a `---` or `...` line) has a `bibliography` that
 * names exactly `paths`, in order (a string for one path, else a list).
 * Returns one place per path (1-based lines and columns in the document),
 * or `[]` when the front matter names other paths or there is none.
 * Reads the text up to the closing line once.
 */
export function bibliographyPlaces(file: VFile, paths: readonly string[]): Array<Position | undefined> {
  if (paths.length === 0 || file.value === undefined) return []
  let text = String(file.value)
  // Lines and columns count from after a byte-order mark, as the parser's do.
  if (text.startsWith('\uFEFF')) text = text.slice(1)
  const first = lineEnd(text, 0)
  if (text.slice(0, first).trimEnd() !== '---') return []
  const start = first + 1
  let end = -1
  for (let at = start; at < text.length; ) {
    const next = lineEnd(text, at)
    const line = text.slice(at, next).trimEnd()
    if (line === '---' || line === '...') {
      end = at
      break
    }
    at = next + 1
  }
  if (end === -1) return []

  const lineCounter = new LineCounter()
  const document = parseDocument(text.slice(start, end), {lineCounter})
  // The YAML's first line is the document's second.
  const pointAt = (offset: number): Point => {
    const {line, col} = lineCounter.linePos(offset)
    return {line: line + 1, column: col}
  }
  const placeOf = (node: unknown): Position | undefined => {
    const range = (node as {range?: [number, number, number]} | null | undefined)?.range
    return range ? {start: pointAt(range[0]), end: pointAt(range[1])} : undefined
  }
  const node = document.get('bibliography', true)
  const items: unknown[] = isSeq(node) ? node.items : isScalar(node) ? [node] : []
  if (items.length !== paths.length) return []
  for (const [index, item] of items.entries()) {
    if (!isScalar(item) || item.value !== paths[index]) return []
  }
  return items.map(placeOf)
}

/** The index of the line break ending the line that starts at `from` (the text's length on the last line). */
function lineEnd(text: string, from: number): number {
  const index = text.indexOf('\n', from)
  return index === -1 ? text.length : index
}
