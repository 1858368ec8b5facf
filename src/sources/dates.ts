import type {CslDate} from '../kit/csl.js'
import type {ReadProblem} from './names.js'
import {describe} from './names.js'

/** An EDTF date as pandoc's citeproc reads it: `2006`, `2020-03`, `2020-03-22`, `y12345`, `-0044` (exported for the ReDoS test). */
export const edtfDate = /^(y?)(-?)(\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/
/** A date in the older forms pandoc's CSL-JSON reader also takes: `March 2019`, `3/2019`, `3 22 2019` (exported for the ReDoS test). */
export const textDatePart = /^([A-Za-z]+|\d{1,2})(?:[ /,]+(\d{1,2}))?[ /,]+(-?\d+)$/
/** Where an EDTF date's qualifiers and time start: `~`, `?`, `%`, `T` (exported for the ReDoS test). */
export const edtfQualifier = /[~?%T]/
/** Text that starts with a digit (exported for the ReDoS test). */
export const digitStart = /^\d/

/** CSL's date variables (pandoc's list and CSL 1.0.2's). */
export const dateVariables: ReadonlySet<string> = new Set([
  'accessed', 'available-date', 'container', 'event-date', 'issued', 'original-date', 'submitted'
])

/** How a date written as text is read: CSL-YAML (EDTF only, as pandoc reads metadata) or CSL-JSON (also older forms). */
export type DateSyntax = 'yaml' | 'json'

/**
 * A date variable as pandoc's citeproc reads it: a CSL date object
 * (`date-parts`, `raw`, `literal`, `circa`, `season`), a map of `year`,
 * `month`, `day` (and `season`: month 21–24), a list of such maps or of
 * date-parts (a range), or a scalar: an EDTF date (`2019`, `2019-03-22`,
 * `2001/2003`, `2019~`, `199u`, `2019/open`), a YAML timestamp, and in
 * CSL-JSON the older `March 2019`. A scalar that is none of these is kept as
 * a `literal` date, with a problem; numbers written as text are numbers.
 * Legacy ranges written `1996_2004` are ranges.
 */
export function readDate(value: unknown, syntax: DateSyntax, problems: ReadProblem[]): CslDate | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : {'date-parts': [[value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()]]}
  }
  if (typeof value === 'number' || typeof value === 'string') {
    const text = String(value).trim()
    const date = textDate(text, syntax)
    if (date) return date
    problems.push({path: [], reason: 'Unexpected date `' + text + '`, expected an EDTF date (`2019`, `2019-03-22`, `2001/2003`) or date-parts (kept as a literal date)'})
    return {literal: text}
  }
  if (Array.isArray(value)) {
    const parts = value.map((entry, index) => dateParts(entry, [index], problems)).filter((part): part is number[] => part !== undefined)
    return parts.length > 0 ? {'date-parts': parts.slice(0, 2)} : undefined
  }
  if (typeof value !== 'object') {
    problems.push({path: [], reason: 'Unexpected ' + describe(value) + ' as a date, expected a date'})
    return undefined
  }
  const record = value as Record<string, unknown>
  const date: Record<string, unknown> = {}
  const before = problems.length
  for (const [key, part] of Object.entries(record)) {
    if (key === 'date-parts') {
      if (!Array.isArray(part)) {
        problems.push({path: [key], reason: 'Unexpected ' + describe(part) + ' as `date-parts`, expected a list of dates (`[[2019, 3, 22]]`)'})
        continue
      }
      const parts = part.map((entry, index) => dateParts(entry, [key, index], problems)).filter((entry): entry is number[] => entry !== undefined)
      if (parts.length > 0) date['date-parts'] = parts.slice(0, 2)
    } else if (key === 'raw') {
      const read = typeof part === 'string' || typeof part === 'number' ? textDate(String(part).trim(), syntax) : undefined
      if (read) Object.assign(date, read)
      else if (typeof part === 'string' || typeof part === 'number') date.literal = String(part)
      else problems.push({path: [key], reason: 'Unexpected ' + describe(part) + ' as a raw date, expected text'})
    } else if (key === 'literal') {
      if (typeof part === 'string' || typeof part === 'number') date.literal = String(part)
    } else if (key === 'circa') {
      date.circa = part === true || part === 'true' || part === 1 || part === '1'
    } else if (key === 'season') {
      if (typeof part === 'string' || typeof part === 'number') date.season = part
    } else if (key !== 'year' && key !== 'month' && key !== 'day') {
      date[key] = part
    }
  }
  if (date['date-parts'] === undefined && record.year !== undefined) {
    const parts = dateParts(record, [], problems)
    if (parts) date['date-parts'] = [parts]
    delete date.season
  }
  // A legacy range: `literal: 1996_2004`.
  if (date['date-parts'] === undefined && typeof date.literal === 'string') {
    const [from, to, ...rest] = date.literal.split('_')
    const range = from !== undefined && to !== undefined && rest.length === 0 ? edtf(from + '/' + to) : undefined
    if (range) {
      delete date.literal
      Object.assign(date, range)
    }
  }
  if (date['date-parts'] === undefined && date.literal === undefined && date.season === undefined) {
    if (problems.length > before) return undefined
    problems.push({path: [], reason: 'Unexpected date without `date-parts`, `year`, `raw` or `literal`, expected a date'})
    return undefined
  }
  return date as CslDate
}

/** One date of date-parts: a list `[2019, 3, 22]` or a map `{year, month, day, season}`. */
function dateParts(value: unknown, path: Array<string | number>, problems: ReadProblem[]): number[] | undefined {
  if (Array.isArray(value)) {
    const numbers: number[] = []
    for (const [index, part] of value.entries()) {
      if (part === '' || part === null || part === undefined) continue
      const number = toInteger(part)
      if (number === undefined) {
        problems.push({path: [...path, index], reason: 'Unexpected ' + describe(part) + ' in date-parts, expected a number'})
        return undefined
      }
      numbers.push(number)
    }
    return numbers.length > 0 ? numbers.slice(0, 3) : undefined
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const year = toInteger(record.year)
    if (year === undefined) {
      problems.push({path, reason: 'Unexpected date without a `year`, expected `year` (and `month`, `day`)'})
      return undefined
    }
    const season = toInteger(record.season)
    const month = toInteger(record.month) ?? (season === undefined ? undefined : season + 20)
    const day = toInteger(record.day)
    return month === undefined ? [year] : day === undefined ? [year, month] : [year, month, day]
  }
  const number = toInteger(value)
  if (number !== undefined) return [number]
  problems.push({path, reason: 'Unexpected ' + describe(value) + ' as a date, expected date-parts or a map with `year`'})
  return undefined
}

function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text === '') return undefined
  const number = Number(text)
  return Number.isInteger(number) ? number : undefined
}

/** A scalar date: EDTF, or (CSL-JSON) an older form. */
function textDate(text: string, syntax: DateSyntax): CslDate | undefined {
  return edtf(text) ?? (syntax === 'json' ? olderDate(text) : undefined)
}

/**
 * An EDTF date or range as pandoc's citeproc reads it: parts split at `/`,
 * `199u` a range of the decade, `x/open` and `x/unknown` open ranges, `~` on
 * any part makes the date circa; a year has at least four digits.
 */
export function edtf(input: string): CslDate | undefined {
  let text = input.trim()
  if (text === '') return undefined
  const slashes = text.split('/')
  if (slashes.length === 1 && text.includes('u')) text = text.replaceAll('u', '0') + '/' + text.replaceAll('u', '9')
  else if (slashes.length === 2 && (slashes[1] === 'open' || slashes[1] === 'unknown')) text = slashes[0] + '/'
  const ranges = text.split('/').map((part) => part.trim())
  if (ranges.length > 2) return undefined
  const circa = ranges.some((part) => part.endsWith('~'))
  const parts: number[][] = []
  for (const range of ranges) {
    const cut = range.search(edtfQualifier)
    const plain = cut === -1 ? range : range.slice(0, cut)
    if (plain === '') {
      parts.push([0])
      continue
    }
    const match = edtfDate.exec(plain)
    if (!match) return undefined
    const [, y = '', negative = '', digits = '', month, day] = match
    if (digits.length > 4 && y === '') return undefined
    const year = negative ? -Number(digits) - 1 : Number(digits)
    parts.push(month === undefined ? [year] : day === undefined ? [year, Number(month)] : [year, Number(month), Number(day)])
  }
  const date: CslDate = {'date-parts': parts}
  if (circa) date.circa = true
  return date
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const seasons = ['spr', 'sum', 'fal', 'win']

/** The older date forms pandoc's CSL-JSON reader takes: `March 2019`, `3/22/2019`, ranges with `-`. */
function olderDate(text: string): CslDate | undefined {
  const parts: number[][] = []
  for (const range of text.split('-')) {
    const match = textDatePart.exec(range.trim())
    if (!match) return undefined
    const [, first = '', second, year = ''] = match
    const word = first.toLowerCase().slice(0, 3)
    const month = digitStart.test(first) ? Number(first) : months.indexOf(word) !== -1 ? months.indexOf(word) + 1 : seasons.indexOf(word) !== -1 ? seasons.indexOf(word) + 13 : undefined
    if (month === undefined) return undefined
    parts.push(second === undefined ? [Number(year), month] : [Number(year), month, Number(second)])
  }
  return parts.length > 0 && parts.length <= 2 ? {'date-parts': parts} : undefined
}
