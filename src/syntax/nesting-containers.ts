import {nestingLimits} from './nesting-limits.js'
import type {Recorder} from './nesting-record.js'
import {note} from './nesting-record.js'

/** Block containers: `>`, list markers (nesting by indentation) and directive container fences. */
export function containers(value: string, recorder: Recorder): void {
  const limit = nestingLimits.containers
  // Content columns of the open list items (lines without a `>` marker).
  const items: number[] = []
  let directives = 0
  let maskedDirectives = 0
  let fence: {char: string; size: number} | undefined
  // Whether the last line was paragraph text inside a container, and how many lazy lines followed it.
  let paragraph = false
  let lazy = 0
  let start = 0

  while (start <= value.length) {
    let end = start
    while (end < value.length && value[end] !== '\n' && value[end] !== '\r') end++
    let pos = start
    let column = 0
    let quotes = 0
    let depth = 0
    let indent = -1
    let marked = false

    // The container prefix: whitespace, `>` and list markers.
    for (;;) {
      while (pos < end && (value[pos] === ' ' || value[pos] === '\t')) {
        column += value[pos] === '\t' ? 4 - (column % 4) : 1
        pos++
      }
      if (indent === -1) indent = column
      if (pos >= end || fence) break
      const char = value[pos]!
      if (char === '>') {
        quotes++
        depth = quotes
        if (depth + directives > limit) note(recorder, 'containers', depth + directives, pos, '>')
        pos++
        column++
        continue
      }
      const marker = listMarker(value, pos, end)
      if (marker === 0) break
      if (quotes === 0 && !marked) {
        while (items.length > 0 && items.at(-1)! > column) items.pop()
      }
      marked = true
      depth = quotes === 0 ? items.length + 1 : depth + 1
      const over = depth + directives > limit
      if (over) note(recorder, 'containers', depth + directives, pos + marker - 1, value[pos + marker - 1]!)
      else if (quotes === 0) items.push(column + marker + 1)
      pos += marker
      column += marker
    }

    const blank = pos >= end
    const inItem = items.length > 0 && indent >= items.at(-1)!
    const prose = !blank && !fence && startsProse(value.charCodeAt(pos))
    if (prose && quotes === 0 && !marked && !inItem && indent < 4 && paragraph) {
      // A lazy line: micromark looks back over the whole paragraph for each.
      lazy++
      if (lazy > nestingLimits.lazyLines) {
        const ending = value[start - 2] === '\r' && value[start - 1] === '\n' ? start - 2 : start - 1
        for (let index = ending; index < start; index++) note(recorder, 'lazyLines', lazy, index, value[index]!, index === ending ? 1 : 0)
      }
    } else {
      lazy = 0
      paragraph = prose && (quotes > 0 || marked || inItem)
    }
    if (!blank && quotes === 0 && !marked && !fence) {
      while (items.length > 0 && items.at(-1)! > indent) items.pop()
    }

    // Fenced code: nothing inside is markup.
    const char = value[pos]
    if (!blank && (char === '`' || char === '~')) {
      let size = 0
      while (value[pos + size] === char) size++
      if (size >= 3) {
        if (!fence) fence = {char, size}
        else if (fence.char === char && size >= fence.size) fence = undefined
      }
    } else if (!blank && !fence && char === ':') {
      let size = 0
      while (value[pos + size] === ':') size++
      if (size >= 3) {
        const after = pos + size
        if (after < end && isAsciiAlpha(value.charCodeAt(after))) {
          const total = (quotes > 0 ? quotes : items.length) + directives + 1
          if (total > limit) {
            for (let index = pos; index < after; index++) note(recorder, 'containers', total, index, ':', index === pos ? 1 : 0)
            maskedDirectives++
          } else {
            directives++
          }
        } else if (value.slice(after, end).trim() === '') {
          if (maskedDirectives > 0) {
            for (let index = pos; index < after; index++) note(recorder, 'containers', directives, index, ':', index === pos ? 1 : 0)
            maskedDirectives--
          } else if (directives > 0) {
            directives--
          }
        }
      }
    }

    if (end >= value.length) break
    start = end + (value[end] === '\r' && value[end + 1] === '\n' ? 2 : 1)
  }
}

/** The length of a list marker at `pos` (`-`, `+`, `*`, `1.`, `1)`) followed by whitespace or the line's end, else 0. */
function listMarker(value: string, pos: number, end: number): number {
  const char = value[pos]
  let size = 0
  if (char === '-' || char === '+' || char === '*') {
    size = 1
  } else {
    while (size < 9 && pos + size < end && value.charCodeAt(pos + size) >= 48 && value.charCodeAt(pos + size) <= 57) size++
    if (size === 0 || (value[pos + size] !== '.' && value[pos + size] !== ')')) return 0
    size++
  }
  const next = value[pos + size]
  return pos + size >= end || next === ' ' || next === '\t' ? size : 0
}

/** Whether a line starting with this character is paragraph text (it can start no other block). */
function startsProse(code: number): boolean {
  return isAsciiAlpha(code) || (code >= 128 && code !== 0xfeff)
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
