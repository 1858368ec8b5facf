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
  strongClose: '\uE003'
} as const

/** Formatting marks and slots: what text from the sources may not hold. */
const marks = /[\uE000-\uE003\uE100-\uE8FF]/g

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
    '@font-weight/bold': wrap(mark.strongOpen, mark.strongClose)
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
