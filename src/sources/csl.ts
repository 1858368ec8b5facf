import type {Point, Position} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {isMap, isSeq, LineCounter, parseDocument} from 'yaml'
import type {Node as YamlNode} from 'yaml'
import type {CslItem} from '../kit/csl.js'
import {cslItemSchema} from '../kit/csl.js'
import {report} from '../util/report.js'
import type {FieldPlace} from '../util/yaml-place.js'
import {yamlFieldPlace, yamlNodePlace} from '../util/yaml-place.js'
import type {ItemSyntax} from './item.js'
import {readItem} from './item.js'
import type {ReadProblem} from './names.js'

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
  const places = (Array.isArray(data) ? elementRanges(text) : [[text.search(nonSpace), text.trimEnd().length] as const]).map(
    ([start, end]): Position => ({start: toPoint(start), end: toPoint(end)})
  )
  const ranges = Array.isArray(data) ? elementRanges(text) : [[text.search(nonSpace), text.trimEnd().length] as const]
  return validateItems(list, places, target, before, 'a CSL-JSON item', {syntax: 'json', fieldPlace: jsonFieldPlace(text, ranges, toPoint)})
}

/** How a reason starts (exported for the ReDoS test). */
export const leadingUnexpected = /^Unexpected (?:item )?/

/** The first character that is not white space (exported for the ReDoS test). */
export const nonSpace = /\S/

/**
 * Where a field of an item of CSL-JSON text is written: the first `"key"`
 * of the path's first key inside the item's range (found only when a
 * message needs it).
 */
function jsonFieldPlace(text: string, ranges: ReadonlyArray<readonly [number, number]>, toPoint: (offset: number) => Point): FieldPlace {
  return (index, path) => {
    const [start, end] = ranges[index] ?? []
    const key = path[0]
    if (start === undefined || end === undefined || typeof key !== 'string') return undefined
    const at = text.slice(start, end).indexOf(JSON.stringify(key))
    return at === -1 ? undefined : {start: toPoint(start + at), end: toPoint(start + at + JSON.stringify(key).length)}
  }
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
        place: yamlNodePlace(list, counter),
        reason: 'Unexpected mapping without `references`, expected a `references:` list of CSL items'
      })
      return fail()
    }
    list = references
  }
  if (!isSeq(list)) {
    report(target, {
      ruleId: 'invalid-bibliography',
      place: yamlNodePlace(list, counter),
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
      place: yamlNodePlace(list, counter),
      reason: 'Unexpected YAML: ' + firstSentence(String((error as Error).message)) + ', expected valid CSL-YAML'
    })
    return fail()
  }
  return validateItems(
    data,
    list.items.map((node) => yamlNodePlace(node as YamlNode, counter)),
    target,
    before,
    'a CSL-YAML item',
    {syntax: 'yaml', fieldPlace: yamlFieldPlace(list, (offset) => {
      const {line, col} = counter.linePos(offset)
      return {line, column: col, offset}
    })}
  )
}


/** How `validateItems` reads items: their syntax, and where their fields are. */
export interface ValidateOptions extends ItemSyntax {
  /** Where a field is written, for a message about it (default: the item's place). */
  readonly fieldPlace?: FieldPlace | undefined
}

/**
 * Read items one by one as pandoc's citeproc reads them (`readItem`), then
 * check them against the CSL schema. Used for inline `references` too;
 * `places` are the items' positions when known. An item that is not a
 * mapping or has no `id` is left out with an error; a field that cannot be
 * read is left out with a warning at its place (its line and column when
 * `fieldPlace` knows it), and the item kept.
 */
export function validateItems(
  list: readonly unknown[],
  places: ReadonlyArray<Position | undefined>,
  file: VFile,
  before: number,
  what: string,
  options: ValidateOptions = {syntax: 'json'}
): SourcesResult {
  const items: CslItem[] = []
  const positions: Array<Position | undefined> = []
  list.forEach((value, index) => {
    const place = places[index]
    const written = value && typeof value === 'object' && 'id' in value ? (value as {id: unknown}).id : undefined
    const id = typeof written === 'string' || typeof written === 'number' ? String(written) : undefined
    const name = id ? 'item `' + id + '`' : 'item ' + (index + 1)
    const problems: ReadProblem[] = []
    const read = readItem(value, options, problems)
    for (const problem of problems) {
      const cut = problem.reason.indexOf(', expected ')
      // An item left out is named by its place in the list; a field by its item.
      const reason = !read
        ? problem.reason.startsWith('Unexpected item ')
          ? problem.reason.replace(leadingUnexpected, 'Unexpected ' + name + ' ').replace(', expected an ', ', expected ' + what + ' with an ')
          : problem.reason.slice(0, cut === -1 ? undefined : cut) + ' as ' + name + ', expected ' + what + ' (a mapping with an `id`; the item is left out)'
        : cut === -1
          ? problem.reason + ' (' + name + ')'
          : problem.reason.slice(0, cut) + ' in ' + name + problem.reason.slice(cut)
      report(file, {
        ruleId: 'invalid-bibliography',
        severity: read ? 'warning' : 'error',
        place: options.fieldPlace?.(index, problem.path) ?? place,
        reason
      })
    }
    if (!read) return
    let candidate: Record<string, unknown> = read
    let result = cslItemSchema.safeParse(candidate)
    // Each pass leaves out one invalid field: a bounded number of passes.
    for (let pass = 0; !result.success && pass < 32; pass++) {
      const issue = result.error.issues[0]
      const field = issue?.path[0]
      if (!issue || typeof field !== 'string' || field === 'id' || field === 'type') break
      const {[field]: _left, ...rest} = candidate
      report(file, {
        ruleId: 'invalid-bibliography',
        severity: 'warning',
        place: options.fieldPlace?.(index, issue.path as Array<string | number>) ?? place,
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
