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
  // The open fenced code: its marker and size, and the containers it is in (`column`: its list item's content column).
  let fence: {char: string; size: number; quotes: number; column: number; directives: number} | undefined
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

    // A fence ends with its containers (code lines are never lazy): a line
    // with fewer `>`, or, in a list item, a line indented less than its content.
    if (fence && fenceEnds(value, start, end, fence)) fence = undefined

    // The container prefix: whitespace, `>` and list markers (inside a fence, only its block quotes' `>`).
    for (;;) {
      while (pos < end && (value[pos] === ' ' || value[pos] === '\t')) {
        column += value[pos] === '\t' ? 4 - (column % 4) : 1
        pos++
      }
      if (indent === -1) indent = column
      if (pos >= end || (fence && (quotes >= fence.quotes || value[pos] !== '>'))) break
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

    // Fenced code: nothing inside is markup. Read as CommonMark reads a
    // fence: at most 3 spaces past its container's content, no backtick in a
    // backtick fence's info, a closing fence with nothing after it.
    const char = value[pos]
    const relative = column - (quotes > 0 ? quotesColumn(value, start, pos) : marked ? column : inItem ? items.at(-1)! : 0)
    // After `>`, one space belongs to the marker.
    if (!blank && (char === '`' || char === '~') && (fence !== undefined || relative - (quotes > 0 ? 1 : 0) < 4)) {
      let size = 0
      while (value[pos + size] === char) size++
      if (size >= 3) {
        const rest = value.slice(pos + size, end)
        if (!fence) {
          if (char === '~' || !rest.includes('`')) {
            fence = {char, size, quotes, column: quotes === 0 && !marked && inItem ? items.at(-1)! : quotes === 0 && marked ? items.at(-1) ?? 0 : 0, directives}
          }
        } else if (fence.char === char && size >= fence.size && rest.trim() === '') fence = undefined
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

/**
 * Whether the line `[start, end)` ends the open fence by ending a container
 * around it: fewer `>` than the fence's, a non-blank line indented less than
 * its list item's content (lines without `>`), or a directive container's
 * closing fence (`:::`) when the fence is inside one.
 */
function fenceEnds(value: string, start: number, end: number, fence: {quotes: number; column: number; directives: number}): boolean {
  let pos = start
  let column = 0
  let quotes = 0
  for (;;) {
    while (pos < end && (value[pos] === ' ' || value[pos] === '\t')) {
      column += value[pos] === '\t' ? 4 - (column % 4) : 1
      pos++
    }
    if (pos < end && value[pos] === '>' && quotes < fence.quotes) {
      quotes++
      pos++
      column++
      continue
    }
    break
  }
  // A blank line ends a block quote (it is never lazy), not a list item.
  if (pos >= end) return quotes < fence.quotes
  if (quotes < fence.quotes) return true
  if (fence.quotes === 0 && column < fence.column) return true
  if (fence.directives > 0 && value[pos] === ':' && value[pos + 1] === ':' && value[pos + 2] === ':') {
    let after = pos
    while (value[after] === ':') after++
    return value.slice(after, end).trim() === ''
  }
  return false
}

/** The column just after the last `>` of the line's prefix that ends at `pos`. */
function quotesColumn(value: string, start: number, pos: number): number {
  let column = 0
  let after = 0
  for (let index = start; index < pos; index++) {
    column += value[index] === '\t' ? 4 - (column % 4) : 1
    if (value[index] === '>') after = column
  }
  return after
}
