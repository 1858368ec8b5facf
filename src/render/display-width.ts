import stringWidth from 'string-width'

// string-width reads graphemes with `Intl.Segmenter`, whose cost grows with the square of a long
// string in Node's ICU (80,000 CJK characters: 78 s). Text is measured in pieces of about this
// many UTF-16 units, each cut before a code point that starts a grapheme of its own.
const piece = 256
/** Code points that join the one before into one grapheme: marks, ZWJ, emoji modifiers, tags. */
export const joinsPrevious = /^[\p{M}\u200D\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u

/**
 * The width of `text` in display columns (`string-width`: East Asian wide
 * characters two, combining marks none), as pandoc's `realLength` counts them
 * for CJK, emoji and combining marks (pandoc counts the marks of Indic
 * scripts one column each; string-width none). Linear in the length of
 * `text` (UTF-16 units).
 */
export function displayWidth(text: string): number {
  if (text.length <= piece) return stringWidth(text)
  let width = 0
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + piece)
    while (end < text.length && (isLowSurrogate(text.charCodeAt(end)) || text.charCodeAt(end - 1) === 0x20_0d || joinsPrevious.test(text.slice(end, end + 2)))) end++
    width += stringWidth(text.slice(start, end))
    start = end
  }
  return width
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc_00 && code <= 0xdf_ff
}
