import CSL from 'citeproc'

/**
 * citeproc-js output format `argmark`: plain text with formatting marked by
 * private-use characters, which `parseMarked` turns into mdast phrasing. Text
 * from the sources is stripped of those characters so it cannot forge markup.
 */
export const mark = {
  emphasisOpen: '\uE000',
  emphasisClose: '\uE001',
  strongOpen: '\uE002',
  strongClose: '\uE003'
} as const

const marks = /[\uE000-\uE003]/g

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
    text_escape: (value: string | undefined) => (value ?? '').replace(marks, ''),
    '@font-style/italic': wrap(mark.emphasisOpen, mark.emphasisClose),
    '@font-style/oblique': wrap(mark.emphasisOpen, mark.emphasisClose),
    '@font-weight/bold': wrap(mark.strongOpen, mark.strongClose)
  }
}

/** Remove formatting marks: the plain text of a formatted string. */
export function unmark(value: string): string {
  return value.replace(marks, '')
}
