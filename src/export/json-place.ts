import type {Point} from 'unist'

/** Where V8's `JSON.parse` error says it failed: ` in JSON at position 72 (line 3 column 16)`. */
export const jsonErrorPosition = / (?:in JSON )?at position (\d+)(?: \(line \d+ column \d+\))?/

/**
 * A `JSON.parse` error as a message: its reason without the offset, and the
 * line and column (1-based) of the offset in `text`; an error without an
 * offset (`Unexpected end of JSON input`) is placed at the end of the text.
 */
export function jsonError(text: string, error: unknown): {reason: string; place: Point} {
  const message = error instanceof Error ? error.message : String(error)
  const match = jsonErrorPosition.exec(message)
  const offset = match ? Math.min(Number(match[1]), text.length) : text.length
  const reason = match ? message.slice(0, match.index) + message.slice(match.index + match[0].length) : message
  let line = 1
  let column = 1
  for (let index = 0; index < offset; index++) {
    if (text[index] === '\n') {
      line++
      column = 1
    } else column++
  }
  return {reason, place: {line, column}}
}
