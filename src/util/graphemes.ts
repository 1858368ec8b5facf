const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'})

// Code units segmented at a time: V8's segment iterator takes time growing
// with the text for each step, so a whole long text would take quadratic time.
const chunk = 256

/**
 * The characters of `text` as a reader counts them: its grapheme clusters
 * (Unicode UAX #29, `Intl.Segmenter`), so an emoji sequence (`👩‍👩‍👧‍👦`) or a
 * letter with its accents (`é` written `e` + U+0301) is one. Linear in the
 * text: it is segmented a few hundred code units at a time, each piece's
 * last cluster read again with what follows it (a break depends only on what
 * comes before it and the next character), never ending a piece inside a
 * surrogate pair. Returns the clusters in order; their concatenation is `text`.
 */
export function graphemes(text: string): string[] {
  const clusters: string[] = []
  let start = 0
  let size = chunk
  while (start < text.length) {
    let end = Math.min(text.length, start + size)
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++
    let last = ''
    let lastIndex = 0
    for (const {segment, index} of segmenter.segment(text.slice(start, end))) {
      if (index > 0) clusters.push(last)
      last = segment
      lastIndex = index
    }
    if (end === text.length) {
      clusters.push(last)
      break
    }
    // One cluster fills the piece: read a longer piece.
    if (lastIndex === 0) size *= 2
    else {
      start += lastIndex
      size = chunk
    }
  }
  return clusters
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
