import type {Point, Position} from 'unist'
import type {Document} from 'yaml'
import {isNode, LineCounter, parseDocument} from 'yaml'
import {yamlNodePlace} from '../util/yaml-place.js'

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

/** A key or index on the way to a value of a JSON document: `['nodes', 3, 'argmark']`. */
export type JsonPath = ReadonlyArray<string | number>

/**
 * Where values of a JSON document are written: a function from a path
 * (`['AIF', 'nodes', 3]`) to the value's position (1-based lines and
 * columns, 0-based offsets, in UTF-16 code units), or `undefined` when the
 * path names nothing. `JSON.parse` keeps no positions, so the text is read
 * again by the `yaml` package (JSON is YAML 1.2), once, at the first call:
 * an import that reports nothing pays nothing. Text `yaml` cannot read (a
 * key over 1,024 characters) gives `undefined` for every path. Never throws.
 */
export function jsonPlaces(text: string): (path: JsonPath) => Position | undefined {
  let read: {document: Document.Parsed; counter: LineCounter} | undefined
  return (path) => {
    if (!read) {
      const counter = new LineCounter()
      read = {document: parseDocument(text, {lineCounter: counter, uniqueKeys: false}), counter}
    }
    const {document, counter} = read
    if (document.errors.length > 0) return undefined
    const node: unknown = document.getIn(path, true)
    return isNode(node) ? yamlNodePlace(node, counter) : undefined
  }
}
