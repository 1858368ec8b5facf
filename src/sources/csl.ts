import type {Position} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {isMap, isSeq, LineCounter, parseDocument} from 'yaml'
import type {Node as YamlNode} from 'yaml'
import type {CslItem} from '../kit/csl.js'
import {cslItemSchema} from '../kit/csl.js'
import {report} from '../util/report.js'
import {normalizeDate} from './dates.js'

/** What a parser returns: the items that are valid and the messages it added to the file. */
export interface SourcesResult {
  readonly items: CslItem[]
  readonly messages: VFileMessage[]
  /** Where each item is in its file (when known), in the order of `items`. */
  readonly positions: ReadonlyArray<Position | undefined>
}

/**
 * Read CSL-JSON: an array of items (as Zotero, pandoc and citeproc write it),
 * or one item. Malformed JSON and invalid items are reported at their line and
 * column; every valid item is kept.
 */
export function parseCslJson(text: string, file?: VFile): SourcesResult {
  const target = file ?? new VFile({value: text})
  const before = target.messages.length
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    report(target, {
      ruleId: 'invalid-bibliography',
      place: jsonErrorPlace(text, error),
      reason: 'Unexpected JSON: ' + firstSentence(String((error as Error).message)) + ', expected a CSL-JSON array of items'
    })
    return {items: [], messages: target.messages.slice(before), positions: []}
  }
  const list = Array.isArray(data) ? data : [data]
  const toPoint = pointer(text)
  const places = (Array.isArray(data) ? elementRanges(text) : [[text.search(/\S/), text.trimEnd().length] as const]).map(
    ([start, end]): Position => ({start: toPoint(start), end: toPoint(end)})
  )
  return validateItems(list, places, target, before, 'a CSL-JSON item')
}

/** Start and end offsets of the elements of a top-level JSON array (the text is valid JSON). */
function elementRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = []
  let depth = 0
  let start = -1
  let end = -1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 34 /* " */) {
      if (depth === 1 && start === -1) start = index
      index++
      while (index < text.length && text.charCodeAt(index) !== 34) {
        if (text.charCodeAt(index) === 92 /* \ */) index++
        index++
      }
      end = index + 1
    } else if (code === 91 /* [ */ || code === 123 /* { */) {
      if (depth === 1 && start === -1) start = index
      depth++
    } else if (code === 93 /* ] */ || code === 125 /* } */) {
      depth--
      end = index + 1
      if (depth === 0 && start !== -1) ranges.push([start, end])
    } else if (code === 44 /* , */ && depth === 1) {
      if (start !== -1) ranges.push([start, end])
      start = -1
    } else if (depth === 1 && start === -1 && code > 32) {
      start = index
      end = index + 1
    } else if (depth === 1 && code > 32) {
      end = index + 1
    }
  }
  return ranges
}

/**
 * Read CSL-YAML as pandoc does: a mapping with a `references:` list, or a bare
 * list of items. Malformed YAML and invalid items are reported at their line and
 * column; every valid item is kept.
 */
export function parseCslYaml(text: string, file?: VFile): SourcesResult {
  const target = file ?? new VFile({value: text})
  const before = target.messages.length
  const counter = new LineCounter()
  const document = parseDocument(text, {lineCounter: counter, prettyErrors: true, uniqueKeys: true})
  const fail = (): SourcesResult => ({items: [], messages: target.messages.slice(before), positions: []})

  for (const problem of document.errors) {
    const [start, end] = problem.linePos ?? []
    report(target, {
      ruleId: 'invalid-bibliography',
      place: start ? {start: {line: start.line, column: start.col}, end: {line: (end ?? start).line, column: (end ?? start).col}} : undefined,
      reason: 'Unexpected YAML: ' + firstSentence(problem.message) + ', expected valid CSL-YAML'
    })
  }
  if (document.errors.length > 0) return fail()
  if (text.trim() === '') return fail()

  let list: YamlNode | null | undefined = document.contents
  if (isMap(list)) {
    const references = list.get('references', true) as YamlNode | undefined
    if (!references) {
      report(target, {
        ruleId: 'invalid-bibliography',
        place: placeOf(list, counter),
        reason: 'Unexpected mapping without `references`, expected a `references:` list of CSL items'
      })
      return fail()
    }
    list = references
  }
  if (!isSeq(list)) {
    report(target, {
      ruleId: 'invalid-bibliography',
      place: placeOf(list, counter),
      reason: 'Unexpected CSL-YAML that is not a list, expected a `references:` list of CSL items'
    })
    return fail()
  }
  let data: unknown[]
  try {
    const whole = document.toJS({maxAliasCount: 100}) as unknown
    data = (Array.isArray(whole) ? whole : (whole as {references: unknown[]}).references) ?? []
  } catch (error) {
    report(target, {
      ruleId: 'invalid-bibliography',
      place: placeOf(list, counter),
      reason: 'Unexpected YAML: ' + firstSentence(String((error as Error).message)) + ', expected valid CSL-YAML'
    })
    return fail()
  }
  return validateItems(
    data,
    list.items.map((node) => placeOf(node as YamlNode, counter)),
    target,
    before,
    'a CSL-YAML item'
  )
}

/** CSL's date variables. */
const dateVariables = ['issued', 'accessed', 'original-date', 'submitted', 'event-date', 'available-date']

/** An item with its scalar dates as CSL date objects (a copy when any changed). */
function withDates(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const item = value as Record<string, unknown>
  let copy: Record<string, unknown> | undefined
  for (const variable of dateVariables) {
    if (!(variable in item)) continue
    const date = normalizeDate(item[variable])
    if (date !== item[variable]) {
      copy ??= {...item}
      copy[variable] = date
    }
  }
  return copy ?? value
}

/**
 * Validate items one by one against the CSL schema. Used for inline
 * `references` too; `places` are the items' positions when known. Scalar
 * dates are read as dates (as pandoc reads them). An item whose `id` or
 * `type` is invalid is left out with an error; an item with another invalid
 * field keeps the rest, with a warning for each field left out.
 */
export function validateItems(
  list: readonly unknown[],
  places: ReadonlyArray<Position | undefined>,
  file: VFile,
  before: number,
  what: string
): SourcesResult {
  const items: CslItem[] = []
  const positions: Array<Position | undefined> = []
  list.forEach((value, index) => {
    const place = places[index]
    let candidate = withDates(value)
    const id = value && typeof value === 'object' && 'id' in value ? String((value as {id: unknown}).id) : undefined
    const name = id ? 'item `' + id + '`' : 'item ' + (index + 1)
    let result = cslItemSchema.safeParse(candidate)
    // Each pass leaves out one invalid field: a bounded number of passes.
    for (let pass = 0; !result.success && pass < 32; pass++) {
      const issue = result.error.issues[0]
      const field = issue?.path[0]
      if (!issue || typeof field !== 'string' || field === 'id' || field === 'type' || !candidate || typeof candidate !== 'object') break
      const {[field]: _left, ...rest} = candidate as Record<string, unknown>
      report(file, {
        ruleId: 'invalid-bibliography',
        severity: 'warning',
        place,
        reason:
          'Unexpected ' + name + ' with an invalid `' + issue.path.map(String).join('.') + '` (' +
          lowerFirst(issue.message) + '), expected a valid CSL `' + field + '` (the field is left out, the item kept)'
      })
      candidate = rest
      result = cslItemSchema.safeParse(candidate)
    }
    if (!result.success) {
      const issue = result.error.issues[0]
      const path = issue ? issue.path.map(String).join('.') : ''
      report(file, {
        ruleId: 'invalid-bibliography',
        place,
        reason:
          'Unexpected ' + name + (path ? ' with an invalid `' + path + '`' : '') +
          ' (' + lowerFirst(issue?.message ?? 'invalid') + '), expected ' + what + ' with `id` and `type`'
      })
      return
    }
    items.push(result.data)
    positions.push(place)
  })
  return {items, messages: file.messages.slice(before), positions}
}

function placeOf(node: YamlNode | null | undefined, counter: LineCounter): Position | undefined {
  const range = node?.range
  if (!range) return undefined
  const start = counter.linePos(range[0])
  const end = counter.linePos(range[1])
  return {start: {line: start.line, column: start.col, offset: range[0]}, end: {line: end.line, column: end.col, offset: range[1]}}
}

/** Where `JSON.parse` failed: V8 names the offset (`at position 12`) or the line and column. */
function jsonErrorPlace(text: string, error: unknown): {line: number; column: number} | undefined {
  const message = String((error as Error).message)
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn) return {line: Number(lineColumn[1]), column: Number(lineColumn[2])}
  const position = /at position (\d+)/.exec(message)
  if (position) return offsetToPoint(text, Number(position[1]))
  // Node 20: `Unexpected token ']', ..."ook"},]" is not valid JSON` quotes ten
  // characters either side of the offending one.
  const context = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message)
  if (context) {
    const [, token = '', cut, around = ''] = context
    const start = text.indexOf(around)
    if (start >= 0) return offsetToPoint(text, start + (cut ? 10 : Math.max(0, around.indexOf(token))))
  }
  // V8 names no place when the text ends too early.
  if (/end of (JSON|data) input/i.test(message)) return offsetToPoint(text, text.length)
  return undefined
}

/** Line and column (1-based) of an offset. */
function offsetToPoint(text: string, offset: number): {line: number; column: number; offset: number} {
  return pointer(text)(offset)
}

/** A function from offsets to points in `text`, for many look-ups (binary search over line starts). */
export function pointer(text: string): (offset: number) => {line: number; column: number; offset: number} {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset}
  }
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message
  return lowerFirst(line.replace(/[.:]\s*$/, ''))
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1)
}
