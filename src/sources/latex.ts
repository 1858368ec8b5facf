/**
 * LaTeX accents and text commands in BibTeX, as Unicode: what pandoc's
 * BibTeX reader converts (`\'{\i}`, `\'\i nez`, `\~n`, `\ss`, `\o`,
 * `\textendash`, `\rq`, …), before biblatex-csl-converter reads the file.
 * One pass over the text, linear; no regex.
 */

/** Combining marks of the accent commands. */
const accents: Readonly<Record<string, string>> = {
  '`': '\u0300',
  "'": '\u0301',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  u: '\u0306',
  '.': '\u0307',
  '"': '\u0308',
  r: '\u030A',
  H: '\u030B',
  v: '\u030C',
  d: '\u0323',
  c: '\u0327',
  k: '\u0328',
  b: '\u0331'
}

/** Text commands without an argument, as characters. */
export const latexSymbols: Readonly<Record<string, string>> = {
  i: 'ı',
  j: 'ȷ',
  ss: 'ß',
  SS: 'SS',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  ng: 'ŋ',
  NG: 'Ŋ',
  textendash: '–',
  textemdash: '—',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  lq: '‘',
  rq: '’',
  dots: '…',
  ldots: '…',
  textellipsis: '…',
  S: '§',
  P: '¶',
  copyright: '©',
  textcopyright: '©',
  textregistered: '®',
  texttrademark: '™',
  pounds: '£',
  textsterling: '£',
  euro: '€',
  texteuro: '€',
  textdegree: '°',
  guillemotleft: '«',
  guillemotright: '»',
  guillemetleft: '«',
  guillemetright: '»',
  textexclamdown: '¡',
  textquestiondown: '¿',
  textbullet: '•',
  textdagger: '†',
  textdaggerdbl: '‡',
  textperiodcentered: '·',
  textasciitilde: '~',
  textunderscore: '_'
}

/**
 * Commands biblatex-csl-converter reads itself (markup, URLs) or that only
 * shape the text: left as they are.
 */
export const knownCommands: ReadonlySet<string> = new Set([
  'textbf', 'mkbibbold', 'mkbibitalic', 'mkbibemph', 'textit', 'emph', 'textsc', 'enquote', 'mkbibquote',
  'textsubscript', 'textsuperscript', 'scshape', 'sc', 'bfseries', 'bf', 'itshape', 'it', 'em', 'url', 'href',
  'texttt', 'textrm', 'textsf', 'textnormal', 'textup', 'textmd', 'textsl', 'mbox', 'hbox', 'relax', 'noopsort',
  'textbackslash', 'nocase', 'NoCaseChange', 'ensuremath', 'mathrm', 'mathit', 'mathbf'
])

/** A command in the text that argmark does not convert, where it is (0-based offset). */
export interface UnknownCommand {
  readonly name: string
  readonly offset: number
}

/** The converted text (as long in lines as the input) and the commands left unconverted. */
export interface LatexResult {
  readonly text: string
  readonly unknown: UnknownCommand[]
}

const isLetter = (character: string | undefined): boolean =>
  character !== undefined && ((character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z'))

const isBlank = (character: string | undefined): boolean => character === ' ' || character === '\t'

/**
 * Replace LaTeX accents (`\'e`, `\'{e}`, `{\'e}`, `\'{\i}`, `\v c`) and text
 * commands (`\ss`, `\o`, `\textendash{}`, `\rq`) with Unicode (NFC), as
 * pandoc does; a brace group holding only such a command loses its braces
 * (BibTeX's special characters), and the space or `{}` that ends a control
 * word goes. A command argmark neither converts nor leaves to the converter
 * is dropped, its argument kept as text, and listed in `unknown`. Line
 * endings are never removed, so lines stay where they were.
 */
export function latexToUnicode(text: string): LatexResult {
  const unknown: UnknownCommand[] = []
  let output = ''
  let index = 0

  /** A command at `at` (a backslash): its replacement and where it ends, if it converts. */
  const command = (at: number): {value: string; end: number} | undefined => {
    const first = text[at + 1]
    if (first === undefined) return undefined
    let name = first
    let end = at + 2
    if (isLetter(first)) {
      while (isLetter(text[end])) end++
      name = text.slice(at + 1, end)
    }
    const mark = accents[name]
    if (mark !== undefined) {
      // Spaces may separate a letter accent from its argument (`\v c`).
      let cursor = end
      if (isLetter(first)) while (isBlank(text[cursor])) cursor++
      const argument = accentArgument(cursor)
      if (!argument) return undefined
      return {value: (argument.base + mark).normalize('NFC'), end: argument.end}
    }
    if (!isLetter(first)) return undefined
    const symbol = latexSymbols[name]
    if (symbol === undefined) return undefined
    return {value: symbol, end: afterControlWord(end)}
  }

  /** The letter an accent applies to: `e`, `{e}`, `\i`, `{\i}`; dotless i and j take the accent as i and j. */
  const accentArgument = (at: number): {base: string; end: number} | undefined => {
    const character = text[at]
    if (character === '{') {
      let cursor = at + 1
      while (isBlank(text[cursor])) cursor++
      let base: string
      const nested = text[cursor] === '\\' ? command(cursor) : undefined
      if (text[cursor] === '\\' && (text[cursor + 1] === 'i' || text[cursor + 1] === 'j') && !isLetter(text[cursor + 2])) {
        base = text[cursor + 1] as string
        cursor += 2
      } else if (nested && accents[text[cursor + 1] ?? ''] !== undefined) {
        // An accent on an accented letter (`\~{\^e}` → ễ).
        base = nested.value
        cursor = nested.end
      } else if (text[cursor] !== undefined && text[cursor] !== '}' && text[cursor] !== '\\' && text[cursor] !== '\n') {
        base = text[cursor] as string
        cursor++
      } else {
        return undefined
      }
      while (isBlank(text[cursor])) cursor++
      return text[cursor] === '}' ? {base, end: cursor + 1} : undefined
    }
    if (character === '\\' && (text[at + 1] === 'i' || text[at + 1] === 'j') && !isLetter(text[at + 2])) {
      return {base: text[at + 1] as string, end: afterControlWord(at + 2)}
    }
    if (character !== undefined && character !== '\\' && character !== '\n' && !isBlank(character) && character !== '}') {
      return {base: character, end: at + 1}
    }
    return undefined
  }

  /** After a control word: the spaces or the `{}` that end it go, as in TeX. */
  const afterControlWord = (at: number): number => {
    if (text[at] === '{' && text[at + 1] === '}') return at + 2
    let cursor = at
    while (isBlank(text[cursor])) cursor++
    return cursor
  }

  while (index < text.length) {
    const character = text[index] as string
    if (character === '{' && text[index + 1] === '\\') {
      // `{\'e}`, `{\ss}`: a special character; its braces go.
      const converted = command(index + 1)
      if (converted && text[converted.end] === '}') {
        output += converted.value
        index = converted.end + 1
        continue
      }
    }
    if (character !== '\\') {
      output += character
      index++
      continue
    }
    const converted = command(index)
    if (converted) {
      output += converted.value
      index = converted.end
      continue
    }
    if (isLetter(text[index + 1])) {
      let end = index + 2
      while (isLetter(text[end])) end++
      const name = text.slice(index + 1, end)
      if (!knownCommands.has(name)) {
        unknown.push({name, offset: index})
        index = afterControlWord(end) === end + 2 ? end + 2 : end
        continue
      }
      output += text.slice(index, end)
      index = end
      continue
    }
    // `\\&`, `\\%`, `\\{`, …: the converter reads these.
    output += character + (text[index + 1] ?? '')
    index += 2
  }
  return {text: output, unknown}
}
