import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/**
 * The text a tree's positions index: the file's value without a byte order
 * mark (U+FEFF) that opens it. micromark drops that mark and counts offsets,
 * lines and columns from the character after it, as remark does, and
 * docs/api.md promises the same of every position argmark gives. Slicing
 * `String(file)` by a node's offsets is one character off after a mark;
 * slice this instead.
 */
export function sourceText(file: VFile): string {
  const value = String(file)
  return value.charCodeAt(0) === 0xfeff ? value.slice(1) : value
}

/**
 * A vfile-location index over `sourceText(file)`: `toPoint(offset)` and
 * `toOffset(point)` agree with the positions of the tree and of every
 * message (lines and columns 1-based, offsets 0-based, UTF-16 code units).
 */
export function sourceLocation(file: VFile): ReturnType<typeof location> {
  return location(sourceText(file))
}
