import {isMap, parseDocument} from 'yaml'
import {yamlLineEndings} from '../util/line-endings.js'

/**
 * Where a document can be cut into top-level blocks that parse alone: one
 * scan over the lines, no regexes.
 *
 * A cut may fall only at the start of a line that follows a blank line and
 * starts with a character that is not white space (so it can continue no
 * indented construct), never inside the front matter or a YAML metadata
 * block. Whether a cut is
 * really a top-level block boundary (no fence, HTML block, container
 * directive or list still open across it) is decided after parsing the
 * block before it (see `isClosed`), since only the parser knows.
 */

/**
 * Offsets (0-based, UTF-16 code units) where a top-level block may start, in
 * order; always starts with 0. `documentStart`: whether `source` starts the
 * document (and may open with front matter).
 */
export function blockStarts(source: string, documentStart = true): number[] {
  const starts = [0]
  let index = documentStart ? frontMatterEnd(source) : 0
  let blank = index === 0 && !documentStart
  const metadata = metadataBlocks()
  while (index < source.length) {
    const code = source.charCodeAt(index)
    if (blank && !isSpaceOrTab(code) && !isLineEnding(code) && code !== bom) {
      if (index > 0) starts.push(index)
      // A YAML metadata block is one block: no cut inside it.
      const after = metadata(source, index)
      if (after > 0) {
        index = after
        blank = false
        continue
      }
    }
    const end = lineEnd(source, index)
    blank = isBlank(source, index, end)
    index = afterLineEnding(source, end)
  }
  return starts
}

/**
 * A reader of YAML metadata blocks later in a document, as pandoc reads
 * them: at a block start (after a blank line), a `---` line not followed by
 * a blank line, up to the next `---` or `...` line, whose YAML is a mapping
 * that parses without errors. The reader returns the offset after the
 * block's closing line, or 0 when `index` opens none. Called at increasing
 * offsets, it stays linear: a fence line closes at most one scan, and once a
 * scan finds no closing line, none is looked for again.
 */
export function metadataBlocks(): (source: string, index: number) => number {
  let noCloseFrom = Number.POSITIVE_INFINITY
  return (source, index) => {
    if (index >= noCloseFrom) return 0
    const end = metadataBlockEnd(source, index)
    if (end === -1) noCloseFrom = index
    return Math.max(end, 0)
  }
}

/**
 * The offset after the YAML metadata block that opens at `index` (see
 * `metadataBlocks`), 0 when it opens none, -1 when no closing line follows.
 * Linear in the block.
 */
export function metadataBlockEnd(source: string, index: number): number {
  const first = lineEnd(source, index)
  if (!isFence(source, index, first)) return 0
  const contentStart = afterLineEnding(source, first)
  if (contentStart >= source.length || isBlank(source, contentStart, lineEnd(source, contentStart))) return 0
  let at = contentStart
  while (at < source.length) {
    const end = lineEnd(source, at)
    if (isFence(source, at, end) || isFence(source, at, end, 0x2e)) {
      return mayBeMapping(source, contentStart, at) && isYamlMapping(source.slice(contentStart, at)) ? afterLineEnding(source, end) : 0
    }
    at = afterLineEnding(source, end)
  }
  return -1
}

/**
 * The YAML of a block that opens at `index` as a metadata block does (see
 * `metadataBlocks`: a `---` line not followed by a blank line, up to the next
 * `---` or `...` line, its first line a key) but that has YAML syntax errors:
 * pandoc stops with an error there, argmark reads the lines as Markdown.
 * `[start, end)` is the YAML, between the fence lines; `undefined` for any
 * other block. Linear in the block.
 */
export function brokenMetadataBlock(source: string, index: number): {start: number; end: number} | undefined {
  const first = lineEnd(source, index)
  if (!isFence(source, index, first)) return undefined
  const contentStart = afterLineEnding(source, first)
  if (contentStart >= source.length || isBlank(source, contentStart, lineEnd(source, contentStart))) return undefined
  let at = contentStart
  while (at < source.length) {
    const end = lineEnd(source, at)
    if (isFence(source, at, end) || isFence(source, at, end, 0x2e)) {
      if (!mayBeMapping(source, contentStart, at)) return undefined
      return hasYamlErrors(source.slice(contentStart, at)) ? {start: contentStart, end: at} : undefined
    }
    at = afterLineEnding(source, end)
  }
  return undefined
}

/**
 * A quick test before parsing: a YAML mapping's first line that is not a
 * comment holds a `:` (a key, or `? ` that opens a complex key).
 */
function mayBeMapping(source: string, start: number, end: number): boolean {
  let at = start
  while (at < end) {
    const lineStop = lineEnd(source, at)
    let first = at
    while (first < lineStop && isSpaceOrTab(source.charCodeAt(first))) first++
    if (first < lineStop && source.charCodeAt(first) !== 0x23) {
      if (source.charCodeAt(first) === 0x3f) return true
      for (let index = first; index < lineStop; index++) if (source.charCodeAt(index) === 0x3a) return true
      return false
    }
    at = afterLineEnding(source, lineStop)
  }
  return false
}

/**
 * Whether `text` is YAML that parses, without errors, to a mapping (a block
 * that is no mapping is a thematic break and text to pandoc; one with
 * syntax errors stops pandoc, and argmark reports them: see `brokenMetadataBlock`).
 */
function isYamlMapping(text: string): boolean {
  try {
    const document = parseDocument(yamlLineEndings(text), {uniqueKeys: false})
    return document.errors.length === 0 && isMap(document.contents)
  } catch {
    return false
  }
}

/** Whether `text` is YAML with syntax errors. */
function hasYamlErrors(text: string): boolean {
  try {
    return parseDocument(yamlLineEndings(text), {uniqueKeys: false}).errors.length > 0
  } catch {
    return true
  }
}

/**
 * `source` with only its front matter and YAML metadata blocks: every other
 * character but line endings made a space, so offsets, lines and columns
 * stay those of the document. What reading the metadata needs, parsed fast.
 */
export function metadataOnly(source: string): string {
  const parts: string[] = []
  let kept = 0
  const blank = (start: number, end: number) => {
    let text = ''
    for (let index = start; index < end; index++) {
      const code = source.charCodeAt(index)
      text += isLineEnding(code) ? source.charAt(index) : ' '
    }
    return text
  }
  const front = frontMatterEnd(source)
  kept = front
  parts.push(source.slice(0, front))
  for (const start of blockStarts(source)) {
    if (start < kept) continue
    const end = metadataBlockEnd(source, start)
    if (end <= 0) continue
    parts.push(blank(kept, start), source.slice(start, end))
    kept = end
  }
  parts.push(blank(kept, source.length))
  return parts.join('')
}

/**
 * Whether the block at `start` opens with front matter or a YAML metadata
 * block: it is parsed with the front matter syntax.
 */
export function opensMetadata(source: string, start: number): boolean {
  if (start === 0) return frontMatterEnd(source) > 0
  return isBlockStart(source, start) && metadataBlockEnd(source, start) > 0
}

/**
 * Whether `blockStarts` of a document could cut at `index` (front matter
 * aside): its start or end, or the start of a line after a blank line, on a
 * character that is not white space.
 */
export function isBlockStart(source: string, index: number): boolean {
  if (index <= 0 || index >= source.length) return true
  const code = source.charCodeAt(index)
  if (isSpaceOrTab(code) || isLineEnding(code) || code === bom) return false
  let at = index - 1
  if (!isLineEnding(source.charCodeAt(at))) return false
  if (source.charCodeAt(at) === 0x0a && at > 0 && source.charCodeAt(at - 1) === 0x0d) at--
  at--
  while (at >= 0 && isSpaceOrTab(source.charCodeAt(at))) at--
  return at < 0 || isLineEnding(source.charCodeAt(at))
}

/**
 * The end of the front matter (`---` on the first line, up to the next
 * `---` or `...` line, as pandoc reads it), after its line
 * ending; 0 when the document has none. Blank lines inside it are not cuts.
 */
export function frontMatterEnd(source: string): number {
  let index = source.charCodeAt(0) === bom ? 1 : 0
  if (!isFence(source, index, lineEnd(source, index))) return 0
  index = afterLineEnding(source, lineEnd(source, index))
  while (index < source.length) {
    const end = lineEnd(source, index)
    // Closed by the first `---` or `...` line, as pandoc closes it (see src/syntax/front-matter-dots.ts).
    if (isFence(source, index, end) || isFence(source, index, end, 0x2e)) return afterLineEnding(source, end)
    index = afterLineEnding(source, end)
  }
  return 0
}

/**
 * The offset just after the last character that is not white space or a
 * line ending in `[start, end)`: where the content of a block that ends with
 * blank lines stops (`start` when there is none).
 */
export function contentEnd(source: string, start: number, end: number): number {
  let index = end
  while (index > start) {
    const code = source.charCodeAt(index - 1)
    if (!isSpaceOrTab(code) && !isLineEnding(code)) break
    index--
  }
  return index
}

/**
 * Whether the line at `index` could continue a list before it: a bullet
 * (`-`, `+`, `*`) or an ordered marker (1–9 digits and `.` or `)`), then
 * white space or the end of the line.
 */
export function startsListItem(source: string, index: number): boolean {
  const code = source.charCodeAt(index)
  let after = index + 1
  if (code !== 0x2d && code !== 0x2b && code !== 0x2a) {
    let digits = 0
    while (digits < 10 && isDigit(source.charCodeAt(index + digits))) digits++
    if (digits === 0 || digits > 9) return false
    const delimiter = source.charCodeAt(index + digits)
    if (delimiter !== 0x2e && delimiter !== 0x29) return false
    after = index + digits + 1
  }
  if (after >= source.length) return true
  const next = source.charCodeAt(after)
  return isSpaceOrTab(next) || isLineEnding(next)
}

/** The offset of the line ending (or the end of the source) of the line at `index`. */
export function lineEnd(source: string, index: number): number {
  let end = index
  while (end < source.length && !isLineEnding(source.charCodeAt(end))) end++
  return end
}

/** The offset after the line ending at `end` (`\n`, `\r\n` or `\r`). */
export function afterLineEnding(source: string, end: number): number {
  if (end >= source.length) return source.length
  return source.charCodeAt(end) === 0x0d && source.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1
}

/** How many line endings `[start, end)` holds (`\r\n` is one). */
export function countLines(source: string, start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    if (code === 0x0a) count++
    else if (code === 0x0d && source.charCodeAt(index + 1) !== 0x0a) count++
  }
  return count
}

const bom = 0xfeff

/** Whether `[start, end)` is a fence of three `mark` characters (`-` unless given) and spaces or tabs. */
function isFence(source: string, start: number, end: number, mark = 0x2d): boolean {
  if (end - start < 3 || source.charCodeAt(start) !== mark || source.charCodeAt(start + 1) !== mark || source.charCodeAt(start + 2) !== mark) {
    return false
  }
  for (let index = start + 3; index < end; index++) if (!isSpaceOrTab(source.charCodeAt(index))) return false
  return true
}

function isBlank(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isSpaceOrTab(source.charCodeAt(index))) return false
  return true
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09
}

function isLineEnding(code: number): boolean {
  return code === 0x0a || code === 0x0d
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}
