import {dateVariables, readDate} from './dates.js'
import {markdownPlainText, markdownText} from './markdown-text.js'
import type {ReadProblem} from './names.js'
import {describe, nameVariables, readNames} from './names.js'

/** How a CSL item's text is written: CSL-YAML (pandoc's metadata: Markdown) or CSL-JSON (rich text as citeproc-js reads it). */
export interface ItemSyntax {
  readonly syntax: 'yaml' | 'json'
  /** Smart punctuation in CSL-YAML text, as pandoc's Markdown reader (default `true`). */
  readonly smart?: boolean | undefined
}

/** CSL's number variables: a number stays a number there. */
const numberVariables: ReadonlySet<string> = new Set([
  'chapter-number', 'citation-number', 'collection-number', 'edition', 'first-reference-note-number', 'issue',
  'locator', 'number', 'number-of-pages', 'number-of-volumes', 'page', 'page-first', 'part-number', 'printing-number',
  'section', 'supplement-number', 'version', 'volume'
])

/** Fields whose text is taken as written, never as Markdown. */
const verbatim: ReadonlySet<string> = new Set([
  'DOI', 'ISBN', 'ISSN', 'PMCID', 'PMID', 'URL', 'call-number', 'citation-key', 'language', 'type', 'license'
])

/** The keys pandoc writes in capitals whatever case they are given in (`doi` → `DOI`). */
const capitalKeys: Readonly<Record<string, string>> = {doi: 'DOI', isbn: 'ISBN', issn: 'ISSN', pmcid: 'PMCID', pmid: 'PMID', url: 'URL'}

/**
 * One CSL item as pandoc's citeproc reads it, as CSL-JSON: `id` as text (a
 * number, or in CSL-YAML Markdown, as its text: `a\_b` → `a_b`); a missing
 * `type` is pandoc's default, `''` (no type: a style's `else` branches);
 * `doi`, `url`, `isbn`, … as `DOI`, `URL`, `ISBN`; dates and names as
 * `readDate` and `readNames` read them; a number where text is expected as
 * text (a number variable keeps its number); `true`/`false` as text; CSL-YAML
 * text as Markdown (`markdownText`). A value pandoc cannot read as its
 * variable (a list or a mapping where text is expected) is left out, with a
 * problem at its path; so is `null`. `undefined` when the item is not a
 * mapping or has no `id` (a problem at `[]` or `['id']`).
 */
export function readItem(value: unknown, options: ItemSyntax, problems: ReadProblem[]): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({path: [], reason: 'Unexpected ' + describe(value) + ', expected a mapping with an `id` (the item is left out)'})
    return undefined
  }
  const yaml = options.syntax === 'yaml'
  const smart = options.smart !== false
  const item: Record<string, unknown> = {}
  for (const [written, field] of Object.entries(value as Record<string, unknown>)) {
    const key = capitalKeys[written.toLowerCase()] ?? written
    const at = (problem: ReadProblem): ReadProblem => ({path: [written, ...problem.path], reason: problem.reason})
    if (field === null || field === undefined) continue
    if (key === 'id') {
      if (typeof field === 'string' || typeof field === 'number') {
        const id = yaml && typeof field === 'string' ? markdownPlainText(field, false) : String(field)
        if (id !== '') item.id = id
      } else {
        problems.push({path: [written], reason: 'Unexpected ' + describe(field) + ' as `id`, expected text'})
      }
      continue
    }
    if (dateVariables.has(key)) {
      const found: ReadProblem[] = []
      const date = readDate(field, options.syntax, found)
      problems.push(...found.map(at))
      if (date) item[key] = date
      continue
    }
    if (nameVariables.has(key)) {
      const found: ReadProblem[] = []
      const names = readNames(yaml ? plainNames(field, smart) : field, options.syntax, found)
      problems.push(...found.map(at))
      if (names) item[key] = names
      continue
    }
    if (typeof field === 'number') {
      item[key] = numberVariables.has(key) ? field : String(field)
    } else if (typeof field === 'boolean') {
      item[key] = String(field)
    } else if (typeof field === 'string') {
      item[key] = yaml && !verbatim.has(key) ? markdownText(field, smart) : field
    } else if (field instanceof Date) {
      item[key] = field.toISOString().slice(0, 10)
    } else if (key === 'other-ids' && Array.isArray(field)) {
      item[key] = field.map(String).join(' ')
    } else if (!yaml && typeof field === 'object') {
      // CSL-JSON extensions citeproc-js reads (`custom`, `multi`, `system_id`) stay as they are.
      item[key] = field
    } else {
      problems.push({path: [written], reason: 'Unexpected ' + describe(field) + ' as `' + key + '`, expected text (the field is left out)'})
    }
  }
  if (typeof item.id !== 'string') {
    problems.push({path: 'id' in (value as object) ? ['id'] : [], reason: 'Unexpected item without an `id`, expected an `id` (the item is left out)'})
    return undefined
  }
  if (typeof item.type !== 'string') item.type = ''
  return item
}

/** CSL-YAML names: their text parts as Markdown, read as plain text (pandoc stringifies them). */
function plainNames(value: unknown, smart: boolean): unknown {
  if (typeof value === 'string') return markdownPlainText(value, smart)
  if (Array.isArray(value)) return value.map((entry) => plainNames(entry, smart))
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, part]) => [key, typeof part === 'string' ? markdownPlainText(part, smart) : part]))
  }
  return value
}
