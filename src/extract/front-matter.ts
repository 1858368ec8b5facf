import type {Root, Yaml} from 'mdast'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {Document, YAMLError} from 'yaml'
import {isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit} from 'yaml'
import {yamlLineEndings} from '../util/line-endings.js'
import {sourceLocation, sourceText} from '../util/source-text.js'
import type {GraphMeta} from '../kit/graph.js'
import {metaSchema} from '../kit/graph.js'
import {report} from '../util/report.js'
import type {FieldPlace} from '../util/yaml-place.js'
import {yamlFieldPlace} from '../util/yaml-place.js'
import type {AbstractSource} from './abstract-source.js'
import {abstractSource} from './abstract-source.js'
import {brokenMetadataBlock, isBlockStart} from './blocks.js'

/** What the front matter says, and where its parts are. */
export interface FrontMatter {
  meta: GraphMeta
  /** The front matter block, if there is one. */
  position?: Position
  /** Where each item of `references` is written, in order. */
  referencePlaces: Array<Position | undefined>
  /** Where each top-level key is written. */
  keyPlaces: Record<string, Position>
  /** Where a field of an item of `references` is written (its keys and indices inside the item). */
  referenceFieldPlace?: FieldPlace | undefined
  /** Where each path of `bibliography` is written, in order (one for a single path). */
  bibliographyPlaces?: Array<Position | undefined> | undefined
  /**
   * The `abstract` of each metadata block that has one, in order, as
   * Markdown with its places (see `abstractSource`): the prose rules read it
   * as they read the body.
   */
  abstracts?: AbstractSource[] | undefined
}

/**
 * Read the YAML front matter, and the YAML metadata blocks later in the
 * document (top-level `yaml` nodes, in order), into the graph's `meta`: as
 * pandoc 2.17 merges them, a later block's field replacing an earlier one's
 * (see `mergeFrontMatter`). YAML
 * errors and keys of the wrong type are reported at their line and column in
 * the document; what does parse is kept. A later block whose YAML does not
 * parse is a thematic break and text in the tree: its errors are reported
 * too (see `brokenMetadataBlock`), and nothing of it is read.
 */
export function readFrontMatter(tree: Root, file: VFile): FrontMatter {
  let result: FrontMatter | undefined
  let source: string | undefined
  for (const child of tree.children) {
    if (child.type === 'thematicBreak') {
      // A `---` that opens a metadata block with YAML errors: not read, but its errors reported.
      const offset = child.position?.start.offset
      if (offset === undefined) continue
      source ??= sourceText(file)
      const broken = isBlockStart(source, offset) ? brokenMetadataBlock(source, offset) : undefined
      if (broken) reportBrokenBlock(source, broken, child.position!.start, file)
      continue
    }
    if (child.type !== 'yaml') continue
    const block = readBlock(child, file)
    result = result === undefined ? block : mergeFrontMatter(result, block)
  }
  return result ?? {meta: {}, referencePlaces: [], keyPlaces: {}}
}

/**
 * Report the YAML errors of a metadata block later in the document that
 * does not parse (see `brokenMetadataBlock`), at their line and column as
 * the front matter's are. The block is not read: its lines stay Markdown.
 */
function reportBrokenBlock(source: string, broken: {start: number; end: number}, opening: Point, file: VFile): void {
  let end = broken.end
  if (end > broken.start && source.charCodeAt(end - 1) === 10) end--
  if (end > broken.start && source.charCodeAt(end - 1) === 13) end--
  const yaml: Yaml = {type: 'yaml', value: source.slice(broken.start, end), position: {start: opening, end: opening}}
  readBlock(yaml, file, true)
}

/**
 * Two metadata blocks as one: `first` with the fields `later` sets replaced,
 * and their places (an editor session merges its segments' blocks with it).
 */
export function mergeFrontMatter(first: FrontMatter, later: FrontMatter): FrontMatter {
  const meta = {...first.meta, ...later.meta} as GraphMeta
  const keyPlaces = {...first.keyPlaces, ...later.keyPlaces}
  const fromLater = later.meta.references !== undefined
  return {
    ...first,
    meta,
    keyPlaces,
    bibliographyPlaces: later.meta.bibliography !== undefined ? later.bibliographyPlaces : first.bibliographyPlaces,
    // Every block's abstract is prose a reviewer reads, the one pandoc keeps (the last) or not.
    abstracts: first.abstracts || later.abstracts ? [...(first.abstracts ?? []), ...(later.abstracts ?? [])] : undefined,
    referencePlaces: fromLater ? later.referencePlaces : first.referencePlaces,
    referenceFieldPlace: fromLater ? later.referenceFieldPlace : first.referenceFieldPlace
  }
}

function readBlock(yaml: Yaml, file: VFile, notRead = false): FrontMatter {
  const empty: FrontMatter = {meta: {}, referencePlaces: [], keyPlaces: {}}
  if (yaml.position) empty.position = yaml.position

  // The YAML starts on the line after the opening `---`.
  const firstLine = (yaml.position?.start.line ?? 1) + 1
  // Each point carries its offset in the document too (0-based), as the tree's points do.
  const place = sourceLocation(file)
  const at = (line: number, column: number): Point => {
    const point: Point = {line: firstLine + line - 1, column}
    const offset = place.toOffset(point)
    return offset === undefined ? point : {...point, offset}
  }
  const lineCounter = new LineCounter()
  // A copy of its own: the YAML parser's strings are slices of what it reads, and `yaml.value`
  // may be a slice of the whole document's text (or of the nesting guard's masked copy of it),
  // which `meta` would then keep alive for as long as the file lives.
  const text = yamlLineEndings(ownCopy(yaml.value))
  const document = parseDocument(text, {prettyErrors: true, uniqueKeys: true, lineCounter})
  const pointAt = (offset: number): Point => {
    const {line, col} = lineCounter.linePos(offset)
    return at(line, col)
  }
  // A place from offsets in `text`: inside the block, without the line endings and spaces a block
  // value's range runs on over, and never ending between the two halves of a surrogate pair.
  const placeOf = (from: number, to: number): Position => {
    const start = Math.min(from, text.length)
    let end = Math.min(Math.max(to, start), text.length)
    while (end > start + 1 && blank(text.charCodeAt(end - 1))) end--
    const code = text.charCodeAt(end - 1)
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end++
    return {start: pointAt(start), end: pointAt(end)}
  }

  // Where YAML errors are, by offset in `text`: a value the parser read only in part is reported
  // once, by its syntax error, not again by the schema for the type the broken syntax gave it.
  const broken = document.errors.map((problem) => problem.pos)
  // An unclosed bracket inside another gives the same error once per level: one message.
  const said = new Set<string>()
  for (const problem of [...document.errors, ...document.warnings]) {
    const once = problem.code + ' ' + problem.pos[0] + ' ' + problem.pos[1]
    if (said.has(once)) continue
    said.add(once)
    const [start] = problem.linePos ?? []
    // An unclosed quote runs on to where the parser gives up (often the end of the block): point at where it opens.
    const opening = start ? unclosedQuote(document, problem) : undefined
    // The parser may place an error one past the block's last character (where it met the end).
    const gaveUp = start ? pointAt(Math.min(problem.pos[0], text.length)) : undefined
    report(file, {
      ruleId: 'invalid-front-matter',
      severity: problem.name === 'YAMLWarning' ? 'warning' : 'error',
      place:
        opening !== undefined
          ? placeOf(opening, opening + 1)
          : start
            ? placeOf(problem.pos[0], problem.pos[1])
            : yaml.position,
      reason:
        'Unexpected YAML: ' + firstSentence(problem.message) +
        (opening !== undefined ? ' for the quote opened here (still open at ' + gaveUp!.line + ':' + gaveUp!.column + ')' : '') +
        ', expected valid YAML' +
        (notRead ? ' in the metadata block opened at ' + yaml.position!.start.line + ':' + yaml.position!.start.column + ' (pandoc stops at it; argmark reads its lines as Markdown, not as metadata)' : '')
    })
  }
  if (notRead) return empty

  if (yaml.value.trim() === '') return empty
  if (!isMap(document.contents)) {
    report(file, {
      ruleId: 'invalid-front-matter',
      place: yaml.position,
      reason: 'Unexpected front matter that is not a mapping, expected `key: value` lines'
    })
    return empty
  }
  const abstract = abstractSource(document, text, pointAt)
  if (abstract) empty.abstracts = [abstract]

  // A key that is a list or a mapping (`[a, b]: x`) has no name in `meta`: reported and left
  // out, rather than made a string by the YAML parser (which warns on the process's stderr).
  visit(document, {
    Pair(_, pair) {
      if (pair.key === null || isScalar(pair.key)) return undefined
      const range = (pair.key as {range?: [number, number, number]}).range
      report(file, {
        ruleId: 'invalid-front-matter',
        place: range ? placeOf(range[0], range[1]) : yaml.position,
        // The key as written (its first 40 characters): the parser's string of a nested key grows with each level.
        reason: 'Unexpected key `' + (range ? text.slice(range[0], Math.min(range[1], range[0] + 40)) : '…') + '` that is a list or a mapping, expected a plain key such as `title`; the field is left out'
      })
      return visit.REMOVE
    }
  })

  // An alias to an anchor the block never sets is reported where it is written, and the top-level
  // field holding it left out: the rest of the block is still read (resolving it would fail whole).
  const unresolved = new Set<string>()
  visit(document, {
    Alias(_, alias, path) {
      if (alias.resolve(document) !== undefined) return undefined
      const range = alias.range
      const field = path[2]
      if (isPair(field) && isScalar(field.key)) unresolved.add(String(field.key.value))
      report(file, {
        ruleId: 'invalid-front-matter',
        place: range ? placeOf(range[0], range[1]) : yaml.position,
        reason: 'Unexpected YAML: unresolved alias `*' + alias.source.slice(0, 40) + '` (no anchor `&' + alias.source.slice(0, 40) + '` is set before it), expected valid YAML; the field is left out'
      })
      return visit.REMOVE
    }
  })

  let data: Record<string, unknown>
  try {
    data = document.toJS({maxAliasCount: 100}) as Record<string, unknown>
  } catch (error) {
    // An alias bomb fails only when resolved.
    report(file, {
      ruleId: 'invalid-front-matter',
      place: yaml.position,
      reason: 'Unexpected YAML: ' + firstSentence(String((error as Error).message)) + ', expected valid YAML'
    })
    return empty
  }

  for (const key of unresolved) delete data[key]

  const keyPlaces: Record<string, Position> = {}
  for (const pair of document.contents.items) {
    const range = (pair.key as {range?: [number, number, number]} | null)?.range
    if (range) keyPlaces[String((pair.key as {value?: unknown}).value)] = {start: pointAt(range[0]), end: pointAt(range[1])}
  }
  const references = document.get('references', true)
  const referencePlaces = isSeq(references)
    ? references.items.map((item) => {
        const range = (item as {range?: [number, number, number]}).range
        return range ? {start: pointAt(range[0]), end: pointAt(range[1])} : undefined
      })
    : []
  const referenceFieldPlace = isSeq(references) ? yamlFieldPlace(references, pointAt) : undefined
  // A value the parser read only in part (`[a` with no `]`, a quote never closed) is left out,
  // not kept cut short: its syntax error, reported above, says why.
  for (const pair of document.contents.items) {
    const range = (pair.value as {range?: [number, number, number]} | null)?.range
    if (range && isScalar(pair.key) && broken.some(([from, to]) => from <= range[1] && range[0] <= to)) {
      delete data[String(pair.key.value)]
    }
  }
  const result = metaSchema.safeParse(data)
  if (result.success) {
    const read: FrontMatter = {...empty, meta: result.data, referencePlaces, keyPlaces, referenceFieldPlace}
    if (result.data.bibliography !== undefined) read.bibliographyPlaces = valuePlaces(document.get('bibliography', true), pointAt)
    return read
  }

  const meta: GraphMeta = {...data}
  for (const issue of result.error.issues) {
    const key = String(issue.path[0])
    const node = document.get(key, true) as {range?: [number, number, number]} | undefined
    const range = node?.range
    delete meta[key]
    report(file, {
      ruleId: 'invalid-front-matter',
      place: range ? placeOf(range[0], range[1]) : yaml.position,
      reason: 'Unexpected value for `' + key + '`: ' + lowerFirst(issue.message) + ', expected ' + expectedFor(key)
    })
  }
  return meta.references === undefined
    ? {...empty, meta, referencePlaces: [], keyPlaces}
    : {...empty, meta, referencePlaces, keyPlaces, referenceFieldPlace}
}

/**
 * Where a value is written: a list's items, in order, or the value itself
 * as a list of one; `pointAt` turns a YAML offset into a document point.
 */
function valuePlaces(node: unknown, pointAt: (offset: number) => Point): Array<Position | undefined> {
  const place = (item: unknown): Position | undefined => {
    const range = (item as {range?: [number, number, number]} | null | undefined)?.range
    return range ? {start: pointAt(range[0]), end: pointAt(range[1])} : undefined
  }
  return isSeq(node) ? node.items.map(place) : [place(node)]
}

/**
 * The offset in the YAML where the quote a “missing closing quote” error is
 * about opens: the last double- or single-quoted scalar (as the message
 * names) that starts before the error and runs up to it. `undefined` for
 * any other error. Visits the document's nodes once.
 */
function unclosedQuote(document: Document, problem: YAMLError): number | undefined {
  if (problem.code !== 'MISSING_CHAR') return undefined
  const type = problem.message.startsWith('Missing closing "quote')
    ? 'QUOTE_DOUBLE'
    : problem.message.startsWith("Missing closing 'quote")
      ? 'QUOTE_SINGLE'
      : undefined
  if (type === undefined) return undefined
  const at = problem.pos[0]
  let found: number | undefined
  visit(document, {
    Scalar(_, node) {
      const range = node.range
      if (node.type === type && range && range[0] < at && range[1] >= at && (found === undefined || range[0] > found)) found = range[0]
    }
  })
  return found
}

function expectedFor(key: string): string {
  if (key === 'bibliography') return 'a path or a list of paths'
  if (key === 'argmark') return 'a mapping of settings'
  if (key === 'references') return 'a list of CSL items'
  return 'a string'
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message
  return lowerFirst(line.replace(/[.:]\s*$/, '').replace(/ at line \d+, column \d+$/, ''))
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1)
}

/** `value` as a string of its own, not a slice keeping a longer string alive. */
function ownCopy(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string
}

/** A space, a tab or a line ending (by UTF-16 code). */
function blank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}
