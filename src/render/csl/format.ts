import CSL from 'citeproc'

/**
 * citeproc-js output format `argmark`: plain text with formatting marked by
 * private-use characters, which `parseMarked` turns into mdast phrasing.
 * Text from the sources (`withoutMarks`) and from affixes is stripped of
 * those characters and of the slot characters, so it cannot forge markup.
 */
export const mark = {
  emphasisOpen: '\uE000',
  emphasisClose: '\uE001',
  strongOpen: '\uE002',
  strongClose: '\uE003',
  superscriptOpen: '\uE004',
  superscriptClose: '\uE005',
  subscriptOpen: '\uE006',
  subscriptClose: '\uE007',
  smallCapsOpen: '\uE008',
  smallCapsClose: '\uE009',
  /** Closes a link to a bibliography entry; it opens with `linkOpen(n)`. */
  linkClose: '\uE00A'
} as const

/** Formatting marks, slots and link marks: what text from the sources may not hold (exported for the ReDoS test). */
export const marks = /[\uE000-\uE00F\uE100-\uE8FF]|[\u{F0000}-\u{FFFFD}]/gu

/** The mark that opens a link to the `index`-th cited item's bibliography entry (one code point from U+F0000). */
export function linkOpen(index: number): string {
  return String.fromCodePoint(0xf0000 + index)
}

/** The item a link mark opens a link to, or `undefined`. */
export function linkIndex(character: string): number | undefined {
  const code = character.codePointAt(0) ?? 0
  return code >= 0xf0000 && code <= 0xffffd ? code - 0xf0000 : undefined
}

/** How many slots one cluster can hold. */
export const slotLimit = 0x800

/**
 * The placeholder for the `index`-th node of a cluster's affixes that
 * citeproc-js cannot carry (a link, a code span, a footnote reference):
 * a private-use character, from U+E100.
 */
export function slot(index: number): string {
  return String.fromCharCode(0xe100 + index)
}

/** The slot a character stands for, or `undefined`. */
export function slotIndex(character: string): number | undefined {
  const code = character.charCodeAt(0)
  return character.length === 1 && code >= 0xe100 && code < 0xe100 + slotLimit ? code - 0xe100 : undefined
}

let registered = false

/** Register the `argmark` output format with citeproc-js (once). */
export function registerFormat(): void {
  if (registered) return
  registered = true
  const formats = CSL.Output.Formats as unknown as Record<string, Record<string, unknown>>
  const text = formats.text ?? {}
  const wrap = (open: string, close: string) => (_state: unknown, value: string) => open + value + close
  formats.argmark = {
    ...text,
    text_escape: (value: string | undefined) => value ?? '',
    '@font-style/italic': wrap(mark.emphasisOpen, mark.emphasisClose),
    '@font-style/oblique': wrap(mark.emphasisOpen, mark.emphasisClose),
    '@font-weight/bold': wrap(mark.strongOpen, mark.strongClose),
    '@vertical-align/sup': wrap(mark.superscriptOpen, mark.superscriptClose),
    '@vertical-align/sub': wrap(mark.subscriptOpen, mark.subscriptClose),
    '@font-variant/small-caps': wrap(mark.smallCapsOpen, mark.smallCapsClose)
  }
}

/** A source's data with no formatting marks or slots in its strings. */
export function withoutMarks<T>(value: T): T {
  if (typeof value === 'string') return value.replace(marks, '') as T
  if (Array.isArray(value)) return value.map((item: unknown) => withoutMarks(item)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutMarks(item)])) as T
  }
  return value
}

/** Remove formatting marks and slots: the plain text of a formatted string. */
export function unmark(value: string): string {
  return value.replace(marks, '')
}
