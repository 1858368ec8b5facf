/**
 * Ranges in a citation's locator, as pandoc 2.17's citeproc writes them.
 * Takes the locator (smart punctuation already applied) and its label;
 * returns the locator as citeproc-js is to read it.
 *
 * - A range of plain numbers joined by a hyphen or an en dash (`340-342`,
 *   `340–342`, `340 -342`; `340--342` once smart punctuation made it one), is handed
 *   over with the hyphen citeproc-js expects, so the style's
 *   `page-range-format` shortens it (`340–42` in Chicago) as pandoc does
 *   for both dashes; citeproc-js reads only a hyphen as a range.
 * - Text with more than one dash (`3-4-5`, `3–4–5`) is no range and is
 *   handed over as written. (A dash with spaces on both sides never gets
 *   here: the citation's parser ends the locator before it, `340 – 342` is
 *   the locator `340` and the suffix `– 342`, as in pandoc.)
 * - A hyphen between ends that are not plain numbers becomes an en dash
 *   (`[39]-[52]` → `[39]–[52]`, `7A(2)(a)(i)-(iv)` → `7A(2)(a)(i)–(iv)`),
 *   which citeproc-js leaves as written.
 *
 * A `page` locator (or one without a label) is read range by range between
 * its commas and ampersands (`3(a), 7A(i)-(iv)`); any other label's locator
 * is one range (`s 123(4)-(6)`).
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

/** One part of a locator, as `locatorRanges` describes. */
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
  if (from === '' || to === '') return text
  const lead = start.slice(0, start.length - start.trimStart().length)
  const trail = end.slice(end.trimEnd().length)
  if (isDigits(from) && isDigits(to)) return lead + from + '-' + to + trail
  return lead + from + '\u2013' + to + trail
}

function isDigits(value: string): boolean {
  for (const character of value) if (character < '0' || character > '9') return false
  return value !== ''
}
