/**
 * Ranges in a citation's locator, as pandoc 2.17's citeproc writes them: a
 * hyphen between the two ends of a range becomes an en dash also when the
 * ends are not plain numbers (`[39]-[52]` → `[39]–[52]`, `7A(2)(a)(i)-(iv)`
 * → `7A(2)(a)(i)–(iv)`), which citeproc-js leaves as written. A `page`
 * locator (or one without a label) is read range by range between its
 * commas and ampersands (`3(a), 7A(i)-(iv)`); any other label's locator is
 * one range (`s 123(4)-(6)`). Text with more than one hyphen (`3-4-5`,
 * `foo-bar-baz`) is not a range and stays as written, as in pandoc;
 * ranges of plain numbers are left to citeproc-js, which formats them by
 * the style's `page-range-format`.
 */
export function locatorRanges(locator: string, label: string | undefined): string {
  if (label !== undefined && label !== 'page') return range(locator)
  let result = ''
  let part = ''
  for (const character of locator) {
    if (character === ',' || character === '&') {
      result += range(part) + character
      part = ''
    } else {
      part += character
    }
  }
  return result + range(part)
}

const dashes = new Set(['-', '\u2013'])

/** One range: its two ends joined by an en dash (spaces around the dash dropped). */
function range(text: string): string {
  const ends: string[] = ['']
  for (const character of text) {
    if (dashes.has(character)) ends.push('')
    else ends[ends.length - 1] += character
  }
  if (ends.length !== 2) return text
  const start = ends[0]!
  const end = ends[1]!
  const from = start.trim()
  const to = end.trim()
  if (from === '' || to === '' || (isDigits(from) && isDigits(to))) return text
  const lead = start.slice(0, start.length - start.trimStart().length)
  const trail = end.slice(end.trimEnd().length)
  return lead + from + '\u2013' + to + trail
}

function isDigits(value: string): boolean {
  for (const character of value) if (character < '0' || character > '9') return false
  return value !== ''
}
