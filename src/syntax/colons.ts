/**
 * The colons of a document that only ever read as text and that micromark
 * would still try to read as syntax: a `:` between two ASCII digits (clock
 * times `10:30`, ratios `3:1`, verses `3:16`). No text directive can start
 * there (a directive name starts with a letter), yet each such colon makes
 * remark-directive try one, and with GFM's constructs in the same paragraph
 * micromark's text resolution grows with colons × colons (25,000 clock times
 * in one paragraph: about 15 s). `guardNesting` reads them as text (masked
 * by a placeholder character, given back in the tree). Left alone: a colon
 * in a run of characters without whitespace that holds `@` (a citation key
 * such as `@doe:12`), `[` or `]` (labels, which definitions match by their
 * characters) or `<` (autolinks such as `<urn:1:2>`). Offsets are 0-based
 * UTF-16 code units, ascending. Linear: each character is looked at twice.
 */
export function textColons(value: string): number[] {
  const offsets: number[] = []
  let from = value.indexOf(':')
  while (from !== -1) {
    // The run of non-whitespace characters around this colon.
    let start = from
    while (start > 0 && !isSpace(value.charCodeAt(start - 1))) start--
    let end = from
    while (end < value.length && !isSpace(value.charCodeAt(end))) end++
    let plain = true
    for (let index = start; index < end && plain; index++) plain = !runMarkers.has(value.charCodeAt(index))
    if (plain) {
      for (let index = from; index < end; index++) {
        if (value.charCodeAt(index) === 0x3a && isDigit(value.charCodeAt(index - 1)) && isDigit(value.charCodeAt(index + 1))) offsets.push(index)
      }
    }
    from = value.indexOf(':', end)
  }
  return offsets
}

// `@`, `[`, `]`, `<`.
const runMarkers = new Set([0x40, 0x5b, 0x5d, 0x3c])

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}
