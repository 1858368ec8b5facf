import type {Point} from 'unist'
import type {Document} from 'yaml'
import {isAlias, isScalar} from 'yaml'

/**
 * A front matter `abstract` as Markdown, line by line as it is written:
 * without the YAML's indentation, block header or quotes, each line with
 * the place it starts at in the document, so what is found in it is
 * reported where the author wrote it.
 */
export interface AbstractSource {
  /** The abstract's lines as written, joined with `\n` (a block scalar's blank lines kept). */
  readonly text: string
  /** Where each line of `text` starts in the document: 1-based line and column (empty when `at` is given). */
  readonly starts: readonly Point[]
  /**
   * For a quoted string whose escapes (`\n`, `\"`, `''`) make its value differ
   * from what is written: `text` is the value, and everything in it is
   * placed at the opening quote.
   */
  readonly at?: Point | undefined
}

/**
 * The Markdown source of the `abstract` of a parsed front matter block, or
 * `undefined` when it has none or it is not a string (pandoc reads a
 * metadata string as Markdown). `yaml` is the text the document was parsed
 * from (offsets index it), `pointAt` turns one of its offsets into a place in
 * the document. A literal (`|`) or folded (`>`) block loses its indentation
 * (its indentation indicator's, `|2`, else that of its first line that is
 * not blank, as YAML 1.2 reads them); a
 * plain or quoted scalar loses its quotes and the indentation of its
 * continuation lines; where lines fold (every style but `|`), a run of
 * blank lines stands for one line break fewer, as YAML folds them. A quoted
 * scalar with escapes is read as its value, placed at its opening quote.
 * An alias is read at its anchor's scalar. Linear in the scalar's length.
 */
export function abstractSource(document: Document, yaml: string, pointAt: (offset: number) => Point): AbstractSource | undefined {
  const value = document.get('abstract', true)
  // An alias (`abstract: *summary`) is read where its anchor's words are written.
  const node = isAlias(value) ? value.resolve(document) : value
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined
  const [start, valueEnd] = node.range
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'
  const quoted = node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE'
  const inner = quoted ? yaml.slice(start + 1, Math.max(valueEnd - 1, start + 1)) : ''
  // Escapes (`\n`, `\"`, `''`) make the value differ from what is written: its text is the value, read at the opening quote.
  if ((node.type === 'QUOTE_DOUBLE' && inner.includes('\\')) || (node.type === 'QUOTE_SINGLE' && inner.includes("''"))) {
    // Placed just inside the quote: a finding there, of no width in the source, is reported at the quote itself.
    return node.value.trim() === '' ? undefined : {text: node.value, starts: [], at: pointAt(start + 1)}
  }
  // Every style but a literal block folds lines: a run of blank lines stands for one line break fewer.
  const folds = node.type !== 'BLOCK_LITERAL'
  const lines = splitLines(yaml, quoted ? start + 1 : start, quoted ? Math.max(valueEnd - 1, start + 1) : valueEnd)
  // A block scalar's first line is its header (`|`, `>-`, `|2`, a comment): the text starts on the next.
  const header = block ? lines.shift() : undefined
  const indent = header ? (explicitIndent(yaml.slice(header[0], header[1]), yaml, header[0]) ?? blockIndent(yaml, lines)) : 0
  const texts: string[] = []
  const starts: Point[] = []
  let previousBlank = false
  for (const [index, [from, to]] of lines.entries()) {
    // A block's lines lose its indentation; a flow scalar's continuation lines their leading blanks.
    let at = from
    if (block) at = Math.min(from + indent, to)
    else if (index > 0) while (at < to && (yaml[at] === ' ' || yaml[at] === '\t')) at++
    const blank = yaml.slice(at, to).trim() === ''
    // `a⏎⏎b` folded is `a⏎b`: one paragraph in Markdown, as pandoc reads the value.
    if (folds && blank && !previousBlank && index > 0 && texts.length > 0) {
      previousBlank = true
      continue
    }
    previousBlank = blank
    texts.push(yaml.slice(at, to))
    starts.push(pointAt(at))
  }
  if (texts.join('').trim() === '') return undefined
  return {text: texts.join('\n'), starts}
}

/** The lines of `yaml` between `from` and `to` as `[start, end)` pairs, without their line endings. */
function splitLines(yaml: string, from: number, to: number): Array<[number, number]> {
  const lines: Array<[number, number]> = []
  let lineStart = from
  for (let index = from; index <= to; index++) {
    if (index === to || yaml[index] === '\n') {
      const end = index > lineStart && yaml[index - 1] === '\r' ? index - 1 : index
      lines.push([lineStart, end])
      lineStart = index + 1
    }
  }
  return lines
}

/**
 * The indentation a block scalar's header gives (`|2`, `>-4`): its digit
 * past the indentation of the line the header is on, as YAML 1.2 reads an
 * explicit indentation indicator. `undefined` without a digit.
 */
function explicitIndent(header: string, yaml: string, at: number): number | undefined {
  // The indicator is the header's second or third character (`|2`, `|-2`, `|2-`).
  const digit = [header[1], header[2]].find((character) => character !== undefined && character >= '1' && character <= '9')
  if (digit === undefined) return undefined
  let lineStart = at
  while (lineStart > 0 && yaml[lineStart - 1] !== '\n') lineStart--
  let parent = 0
  while (yaml[lineStart + parent] === ' ') parent++
  return parent + Number(digit)
}

/** The indentation of a block scalar: the leading spaces of its first line that is not blank. */
function blockIndent(yaml: string, lines: ReadonlyArray<readonly [number, number]>): number {
  for (const [from, to] of lines) {
    let at = from
    while (at < to && yaml[at] === ' ') at++
    if (at < to) return at - from
  }
  return 0
}
