/**
 * Line endings as CommonMark reads them: `\r\n`, `\r` or `\n` each end a line
 * (CommonMark 0.31, "Characters and lines"). mdast keeps them as written inside
 * text, code and HTML values, so a document saved with `\r\n` would otherwise
 * come out of `render` with both kinds mixed.
 */
export const lineEndings = /\r\n?/g

/** A line ending as CommonMark reads one. */
export type LineEnding = '\n' | '\r\n' | '\r'

/**
 * The line ending of a document's first line: `\r\n`, a lone `\r` or `\n`
 * (`\n` for a document without any). Reads up to the first line ending only.
 */
export function firstLineEnding(text: string): LineEnding {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) return '\n'
    if (code === 13) return text.charCodeAt(index + 1) === 10 ? '\r\n' : '\r'
  }
  return '\n'
}

/**
 * `text` with every line ending (`\r\n`, `\r` or `\n`) written as `ending`.
 * Linear in the length of `text` (characters).
 */
export function withLineEndings(text: string, ending: LineEnding = '\n'): string {
  const unix = text.replace(lineEndings, '\n')
  return ending === '\n' ? unix : unix.replaceAll('\n', ending)
}

/** A `\r` that is not part of `\r\n`. */
export const loneCarriageReturn = /\r(?!\n)/g

/**
 * `text` with each lone `\r` as `\n`: CommonMark ends a line there, the
 * YAML parser does not (YAML 1.2 reads only `\n` and `\r\n` as line breaks),
 * so front matter saved with `\r` endings would read as one line. The length
 * and every offset stay the same (one character for one), so places found in
 * the result are places in `text`.
 */
export function yamlLineEndings(text: string): string {
  return text.replace(loneCarriageReturn, '\n')
}
