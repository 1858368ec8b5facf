import {nestingLimits} from './nesting-limits.js'
import type {Recorder} from './nesting-record.js'
import {note} from './nesting-record.js'

/** Brackets: pairs opened beyond the limit, except the innermost ones (a citation's), read as text. */
export function brackets(value: string, recorder: Recorder): void {
  const limit = nestingLimits.brackets
  const span = nestingLimits.bracketSpan
  // For each open bracket: its offset and whether another opened inside it.
  const open: Array<{offset: number; parent: boolean}> = []
  // A bracket never closed is text; micromark's autolink literals still look
  // back to it from every word after it: far enough away, mask it (silently:
  // it reads the same).
  const unclosed = (end: number): void => {
    for (const pair of open) if (end - pair.offset > span) recorder.masks.push({offset: pair.offset, char: '['})
    open.length = 0
  }
  for (let index = 0; index < value.length; index++) {
    const char = value[index]
    if (char === '\\') {
      index++
    } else if (char === '[') {
      const top = open.at(-1)
      if (top) top.parent = true
      open.push({offset: index, parent: false})
    } else if (char === ']') {
      const depth = open.length
      const pair = open.pop()
      if (pair && pair.parent && depth > limit) {
        note(recorder, 'brackets', depth, pair.offset, '[')
        note(recorder, 'brackets', depth, index, ']')
      } else if (pair && pair.parent && index - pair.offset > span) {
        note(recorder, 'brackets', depth, pair.offset, '[')
        note(recorder, 'brackets', depth, index, ']')
      }
    } else if (char === '\n' && (value[index + 1] === '\n' || (value[index + 1] === '\r' && value[index + 2] === '\n'))) {
      // A blank line ends every label.
      unclosed(index)
    }
  }
  unclosed(value.length)
}
