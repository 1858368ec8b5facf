import {BibLatexParser, CSLExporter} from 'biblatex-csl-converter'
import type {BibDB, BiblatexParseResult} from 'biblatex-csl-converter'
import type {Position} from 'unist'
import {VFile} from 'vfile'
import type {CslItem} from '../kit/csl.js'
import {cslItemSchema} from '../kit/csl.js'
import type {SourcesResult} from './csl.js'
import {pointer} from './csl.js'
import {report} from '../util/report.js'
import {latexToUnicode} from './latex.js'

type Entry = BibDB[number]

/** Entry types whose `number` is an issue. */
const periodicals = new Set(['article-journal', 'article-magazine', 'article-newspaper', 'periodical'])

/**
 * Convert BibTeX or BibLaTeX to CSL-JSON items with biblatex-csl-converter,
 * then bring the result in line with pandoc's BibTeX reader for the variables
 * a citation style uses (see `docs/sources.md`). LaTeX accents and text
 * commands become Unicode first, as pandoc converts them (`latexToUnicode`);
 * a command argmark does not convert is a warning at its place, its argument
 * kept as text. A malformed entry is reported at its line and column in
 * `file`; every other entry is kept.
 */
export function parseBibtex(text: string, file?: VFile): SourcesResult {
  const target = file ?? new VFile({value: text})
  const before = target.messages.length
  const latex = latexToUnicode(text)
  const parser = new BibLatexParser(latex.text, {
    processUnexpected: true,
    processUnknown: true,
    includeLocation: true
  })
  let result: BiblatexParseResult
  try {
    result = parser.parse()
  } catch (error) {
    // Never throw on an author's file.
    report(target, {
      ruleId: 'invalid-bibliography',
      place: {line: 1, column: 1},
      reason: 'Unexpected BibTeX the converter cannot read (' + String((error as Error)?.message ?? error) + '), expected BibTeX entries'
    })
    return {items: [], messages: target.messages.slice(before), positions: []}
  }

  const headers = entryHeaders(text)
  const headersByKey = new Map<string, Header[]>()
  for (const header of headers) {
    const list = headersByKey.get(header.key)
    if (list) list.push(header)
    else headersByKey.set(header.key, [header])
  }
  const offsetToPoint = pointer(text)
  for (const command of latex.unknown) {
    const entry = entryAt(headers, command.offset, undefined)
    report(target, {
      ruleId: 'invalid-bibliography',
      severity: 'warning',
      place: offsetToPoint(command.offset),
      reason:
        'Unexpected LaTeX command `\\' + command.name + '`' + (entry ? ' in entry `' + entry + '`' : '') +
        ', expected an accent or text command pandoc converts (the command is left out, its argument kept as text)'
    })
  }
  const said = new Set<string>()
  const lines = text.split('\n')
  for (const [problems, severity] of [
    [result.errors, 'error'],
    [result.warnings, 'warning']
  ] as const) {
    // A token mismatch at the end of the file already says the file ends too soon.
    const endReported = problems.some((problem) => problem.type === 'token_mismatch' && !problem.found)
    for (const problem of problems) {
      if (problem.type === 'unexpected_eof' && endReported) continue
      let point = errorPoint(lines, problem.line, problem.found)
      if (!point && problem.type === 'unexpected_eof') point = offsetToPoint(text.length)
      const entry = problem.entry ?? problem.key ?? (point ? entryAt(headers, point.offset, problem.found) : undefined)
      // Problems inside a field come without a line: point at their entry.
      if (problem.line === undefined && entry !== undefined) {
        const header = headersByKey.get(entry)?.[0]
        if (header) point = offsetToPoint(header.start)
      }
      const reason = reasonFor(problem, entry)
      const place = point ? {line: point.line, column: point.column} : undefined
      const key = (place ? place.line + ':' + place.column : '') + ' ' + reason
      // The converter can say the same thing twice.
      if (said.has(key)) continue
      said.add(key)
      report(target, {ruleId: 'invalid-bibliography', severity, place, reason})
    }
  }

  // Fields the converter calls “unexpected” for an entry type are still the
  // author's data: convert them too.
  const db: BibDB = {}
  for (const [key, entry] of Object.entries(result.entries)) {
    db[Number(key)] = {...entry, fields: {...entry.unexpected_fields, ...entry.fields}}
  }
  const exporter = new CSLExporter(db, false, {escapeText: false})
  const items: CslItem[] = []
  const positions: Array<Position | undefined> = []
  const occurrences = new Map<string, number>()

  for (const [key, entry] of Object.entries(db)) {
    // The exporter keeps an entry's `langid` for the entries after it.
    delete exporter.config.language
    const raw = exporter.getCSLEntry(key) as Record<string, unknown>
    // The n-th entry with this key is the n-th header with it.
    const nth = occurrences.get(entry.entry_key) ?? 0
    occurrences.set(entry.entry_key, nth + 1)
    const header = headersByKey.get(entry.entry_key)?.[nth]
    const place = header
      ? {start: offsetToPoint(header.start), end: offsetToPoint(header.end)}
      : undefined
    const item = {...fix(raw, entry, exporter, header?.type), id: entry.entry_key}
    const checked = cslItemSchema.safeParse(item)
    if (!checked.success) {
      report(target, {
        ruleId: 'invalid-bibliography',
        place,
        reason: 'Unexpected entry `' + entry.entry_key + '` that converts to no valid CSL item, expected a known entry type'
      })
      continue
    }
    items.push(checked.data)
    positions.push(place)
  }

  return {items, messages: target.messages.slice(before), positions}
}

/** Bring the converter's item in line with pandoc's. */
function fix(
  item: Record<string, unknown>,
  entry: Entry,
  exporter: CSLExporter,
  written: string | undefined
): Record<string, unknown> {
  const fields = entry.fields
  const result: Record<string, unknown> = {...item}
  const type = entry.bib_type

  // Entry types: the converter maps `@article` and `@misc` to `article`.
  if (type === 'article') {
    const subtype = typeof fields.entrysubtype === 'string' ? fields.entrysubtype : ''
    result.type =
      subtype === 'magazine' ? 'article-magazine' : subtype === 'newspaper' ? 'article-newspaper' : 'article-journal'
  } else if (type === 'misc') {
    result.type = 'document'
  }

  // A journal's name is a name: not sentence-cased (pandoc leaves it as typed).
  if (Array.isArray(fields.journaltitle)) {
    result['container-title'] = exporter._reformText(fields.journaltitle)
  }

  // `number` is the issue of a periodical, the number of a report.
  const number = result['collection-number']
  if (number !== undefined && 'number' in fields) {
    if (periodicals.has(String(result.type))) {
      result.issue = number
      delete result['collection-number']
    } else if (result.type === 'report' || result.type === 'patent' || result.type === 'standard') {
      result.number = number
      delete result['collection-number']
    }
  }

  // BibLaTeX lists (`location`, `publisher`, `institution`, `organization`)
  // separated by `and`: pandoc's BibLaTeX reader joins their parts with `; `
  // (`Tokyo; Washington, DC`); the converter joins them with commas. Who
  // published: the institution or organization, the publisher and a
  // `@misc`'s `howpublished`, joined with `; ` too.
  const list = (field: string): string | undefined => {
    const value = fields[field]
    if (!Array.isArray(value) || value.length === 0) return undefined
    return (value as unknown[]).map((part) => exporter._reformText(part)).join('; ')
  }
  const place = list('location')
  if (place) result['publisher-place'] = place
  const how = type === 'misc' && Array.isArray(fields.howpublished) ? exporter._reformText(fields.howpublished) : undefined
  const publishers = [list('institution'), list('organization'), list('publisher'), how].filter(Boolean)
  if (publishers.length > 0) result.publisher = publishers.join('; ')
  if (how) delete result.medium

  // A report's or thesis's `type` is its genre; `@phdthesis` and
  // `@mastersthesis` name theirs.
  if (result.type === 'report' || result.type === 'thesis') {
    const named = written === 'phdthesis' || written === 'mastersthesis' ? genres[written] : undefined
    const genre = fields.type === undefined ? named : genreOf(fields.type, exporter)
    if (genre) result.genre = genre
  }

  // Titles: capital after a colon, and a short title before it, as pandoc makes them.
  for (const [variable, field] of [
    ['title', 'title'],
    ['container-title', 'booktitle']
  ] as const) {
    const value = result[variable]
    if (typeof value === 'string' && field in fields) {
      const english = typeof fields.langid !== 'string' || /english$/i.test(fields.langid)
      result[variable] = capitaliseSubtitles(english ? lowerLoneA(value) : value, plain(fields[field]))
    }
  }
  if (typeof result.title === 'string' && result['title-short'] === undefined && !('shorttitle' in fields)) {
    const short = shortTitle(result.title)
    if (short) result['title-short'] = short
  }

  for (const [key, value] of Object.entries(result)) {
    if (value === '' || value === undefined || (Array.isArray(value) && value.length === 0)) delete result[key]
    // Numbers as strings, as pandoc writes them (`edition: "2"`).
    else if (typeof value === 'number') result[key] = String(value)
    // TeX ligatures the converter leaves: `--`, `---`, `` ` `` and `'`.
    else if (typeof value === 'string' && !verbatim.has(key)) result[key] = ligatures(value)
    // Names too (`O'Brien` → O’Brien).
    else if (Array.isArray(value) && value.every((name) => name && typeof name === 'object')) {
      result[key] = (value as Array<Record<string, unknown>>).map((name) =>
        Object.fromEntries(
          Object.entries(name).map(([part, text]) => [part, typeof text === 'string' ? ligatures(text) : text])
        )
      )
    }
  }
  return result
}

/** Variables taken as typed: no TeX ligatures. */
const verbatim = new Set(['id', 'type', 'URL', 'DOI', 'ISBN', 'ISSN', 'PMID', 'PMCID', 'language', 'page'])

/** TeX's dashes and single quotes as characters (`''` and ``` `` ``` the converter already turns into “ ”). */
function ligatures(value: string): string {
  return value.replace(/---/g, '\u2014').replace(/--/g, '\u2013').replace(/`/g, '\u2018').replace(/'/g, '\u2019')
}

/** BibLaTeX `type` keys the converter knows, as pandoc words them. */
const genres: Record<string, string> = {
  techreport: 'Technical report',
  resreport: 'Research report',
  phdthesis: 'PhD thesis',
  mathesis: 'Master’s thesis',
  mastersthesis: 'Master’s thesis',
  candthesis: 'Candidate thesis'
}

function genreOf(value: unknown, exporter: CSLExporter): string | undefined {
  if (typeof value === 'string') return genres[value] ?? value
  if (Array.isArray(value)) return exporter._reformText(value)
  return undefined
}

/** Text of a converter field (a list of text nodes). */
function plain(value: unknown): string {
  if (!Array.isArray(value)) return ''
  return (value as Array<{text?: unknown}>).map((node) => (typeof node.text === 'string' ? node.text : '')).join('')
}

/**
 * The converter lower-cases the word after a colon; pandoc (and APA, which
 * takes titles as they come) keeps a subtitle's capital. Restore it where the
 * author typed one.
 */
function capitaliseSubtitles(value: string, original: string): string {
  const capitals: boolean[] = []
  for (const match of original.matchAll(/:\s+[^\p{L}\s]*(\p{L})/gu)) {
    const letter = match[1] ?? ''
    capitals.push(letter !== letter.toLowerCase())
  }
  let index = 0
  return value.replace(/(:\s+(?:<[^>]+>|[^\p{L}\s<])*)(\p{L})/gu, (whole, lead: string, letter: string) => {
    const capital = capitals[index++]
    return capital ? lead + letter.toUpperCase() : whole
  })
}

/**
 * The converter keeps a lone capital `A` inside a sentence-cased title, taking
 * it for an acronym (`Why not A plan`); pandoc lower-cases it. Protected words
 * (in a nocase span) and the first word of a sentence or subtitle stay.
 */
function lowerLoneA(value: string): string {
  return value
    .split(/(<span class="nocase">[\s\S]*?<\/span>)/)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/(?<=[^\s.?!:]\s+|[^\s.?!:]\s*[–—-]+\s*)A(?=\s)/gu, 'a')
    )
    .join('')
}

/** pandoc's short title: the main title before a colon, when there is a subtitle. */
function shortTitle(title: string): string | undefined {
  const match = /^(.+?):\s+\S/su.exec(title)
  if (!match?.[1]) return undefined
  const short = match[1]
  // Leave markup (a protected span) whole.
  if ((short.match(/<span/g) ?? []).length !== (short.match(/<\/span>/g) ?? []).length) return undefined
  return short
}

type Problem = BiblatexParseResult['errors'][number]

/** “Unexpected X, expected Y” for a converter error. */
function reasonFor(problem: Problem, entry: string | undefined): string {
  const where = entry ? ' in entry `' + entry + '`' : ''
  const field = problem.field ?? problem.field_name
  const inField = field ? ' in field `' + field + '`' : ''
  switch (problem.type) {
    case 'token_mismatch':
      return (
        'Unexpected ' + (problem.found ? '`' + problem.found + '`' : 'end of file') + where +
        ', expected `' + (problem.expected ?? '}') + '` (is a brace or comma missing?)'
      )
    case 'unexpected_eof':
      return 'Unexpected end of file' + where + ', expected the entry to close with `}`'
    case 'unknown_type':
      return 'Unexpected entry type `' + (problem.type_name ?? '') + '`' + where + ', expected a BibTeX or BibLaTeX type (read as `@misc`)'
    case 'unknown_date':
    case 'invalid_date':
    case 'invalid_month':
      return 'Unexpected date `' + String(problem.value ?? '') + '`' + inField + where + ', expected a date such as `2003-09-15`'
    case 'unknown_field':
    case 'unexpected_field':
      return 'Unexpected value of field `' + (field ?? '') + '`' + where + ', expected a value BibLaTeX defines for it'
    case 'undefined_variable':
      return 'Unexpected undefined `@string` `' + (problem.variable ?? '') + '`' + where + ', expected a defined string'
    case 'unknown_crossref':
    case 'circular_crossref':
      return 'Unexpected `crossref`' + where + ' (' + problem.type.replace(/_/g, ' ') + '), expected the key of another entry'
    default:
      return (
        'Unexpected ' + problem.type.replace(/_/g, ' ') +
        (problem.found ? ' `' + problem.found + '`' : '') + inField + where +
        ', expected a well-formed BibTeX entry'
      )
  }
}

interface Header {
  readonly key: string
  /** The entry type as written, lower-cased. */
  readonly type: string
  /** Offset of the `@`. */
  readonly start: number
  /** Offset after the key. */
  readonly end: number
}

/**
 * Where each entry starts: `@type{key,`. (The converter's own locations count
 * in its rewritten text, not in the file.)
 */
function entryHeaders(text: string): Header[] {
  const headers: Header[] = []
  // At the start of a line (as every exporter writes them), so that an `@` in a
  // field's value is not taken for an entry.
  for (const match of text.matchAll(/^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*[{(][ \t\r\n]*([^,\s{}()]+)/gm)) {
    const type = (match[1] ?? '').toLowerCase()
    if (type === 'string' || type === 'comment' || type === 'preamble') continue
    const start = match.index + match[0].indexOf('@')
    headers.push({key: match[2] ?? '', type, start, end: match.index + match[0].length})
  }
  return headers
}

/**
 * The entry a problem is in: the last that starts before it. A `@` found where
 * a `}` belongs is the next entry's start: the problem is the entry left open.
 */
function entryAt(headers: readonly Header[], offset: number, found: string | undefined): string | undefined {
  let last: Header | undefined
  let previous: Header | undefined
  for (const header of headers) {
    if (header.start > offset) break
    previous = last
    last = header
  }
  if (found === '@' && last?.start === offset) return previous?.key
  return last?.key
}

/** The converter gives a line; find the column of what it found there. */
function errorPoint(
  lines: readonly string[],
  line: number | undefined,
  found: string | undefined
): {line: number; column: number; offset: number} | undefined {
  if (line === undefined) return undefined
  const content = lines[line - 1] ?? ''
  const at = found ? content.indexOf(found) : -1
  const column = at >= 0 ? at + 1 : 1
  let offset = 0
  for (let index = 0; index < line - 1 && index < lines.length; index++) offset += (lines[index] ?? '').length + 1
  return {line, column, offset: offset + column - 1}
}
