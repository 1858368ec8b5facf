/**
 * argmark's BibTeX → CSL-JSON conversion against pandoc's BibTeX reader
 * (`pandoc refs.bib -f bibtex -t csljson`, the reference).
 *
 * For every entry of the fixture and of the seed paper's bibliography, each
 * variable a citation style uses must be equal, except the named differences
 * below, each documented with its reason in docs/sources.md. Markup that only
 * protects case (`<span class="nocase">`, which pandoc's CSL-JSON writer does
 * not write) is removed before comparing. pandoc's outputs are recorded in
 * test/fixtures/pandoc/sources/ by scripts/pandoc-fixtures.js (which also
 * compares them with the installed pandoc), so this suite needs no pandoc.
 * The corpus test/fixtures/sources/pandoc-corpus.bib (LaTeX accents and text
 * commands, `and others`, BibLaTeX list fields, a chapter) is compared with
 * `pandoc -f biblatex`, the reader pandoc uses for a `.bib` bibliography.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {parseBibtex} from '../../src/sources/index.js'

const fixture = fileURLToPath(new URL('../fixtures/sources/refs.bib', import.meta.url))
const more = fileURLToPath(new URL('../fixtures/sources/more.bib', import.meta.url))
const seed = fileURLToPath(new URL('../../seeds/sources.bib', import.meta.url))
const corpus = fileURLToPath(new URL('../fixtures/sources/pandoc-corpus.bib', import.meta.url))
const recorded = fileURLToPath(new URL('../fixtures/pandoc/sources/', import.meta.url))

/** The variables a citation style uses. */
const variables = [
  'type',
  'author',
  'editor',
  'title',
  'title-short',
  'container-title',
  'issued',
  'page',
  'volume',
  'issue',
  'number',
  'genre',
  'edition',
  'chapter-number',
  'collection-title',
  'collection-number',
  'publisher',
  'publisher-place',
  'URL',
  'accessed',
  'note',
  'language'
] as const

/**
 * Known differences, `id.variable` → [argmark, pandoc]. Each is explained in
 * docs/sources.md; anything else that differs fails.
 */
const differences: Record<string, [unknown, unknown]> = {
  // `@misc`: pandoc 2.17 writes an empty type; argmark writes CSL's `document`.
  ...Object.fromEntries(
    [
      'ghosh2003',
      'un2002sgsm8522',
      'doyle2002',
      'un1990migrantworkers',
      'iom2003',
      'berneinitiative2003',
      'thouez2002data',
      'thouez2002humansecurity',
      'wickramasekara2003',
      'hrw2001ngo',
      'sid2002hague',
      'mri2003conversation',
      'llosa2003',
      'kim2003',
      'mriprofile',
      'unpartners',
      'metropolisweb',
      'icmcprograms',
      'icrcweb',
      'nrcweb',
      'amnestyweb',
      'hrwweb',
      'icvaweb',
      'unhcrweb',
      'ecreweb',
      'mpgweb'
    ].map((id) => [id + '.type', ['document', '']])
  ),
  // TeX single quotes `…' stay single quotes; pandoc writes double quotes.
  'un2002sgsm8522.title': [
    'Secretary-General stresses ‘clear need’ for international cooperation on refugee, migration policy',
    'Secretary-General stresses “clear need” for international cooperation on refugee, migration policy'
  ],
  // A one-word subtitle keeps its capital; pandoc lower-cases the last word after a colon.
  'hrwweb.title': ['Global issues: Refugees', 'Global issues: refugees'],
  // BibLaTeX's `language` field: pandoc 2.17 reads only `langid`, so it neither
  // records the language nor spares the title from English sentence case.
  'politik2001.title': ['Die Politik der Migration', 'Die politik der migration'],
  'politik2001.language': ['de-DE', undefined],
  // `d'Alembert` stays one family name; pandoc splits off `d’` as a particle.
  'obrien2000.author': [
    [
      {family: 'O’Brien', given: 'Conor'},
      {family: 'd’Alembert', given: 'Jean'}
    ],
    [
      {family: 'O’Brien', given: 'Conor'},
      {family: 'Alembert', given: 'Jean', 'non-dropping-particle': 'd’'}
    ]
  ],
  // Accents on a dotless i: argmark writes the precomposed letter (`í`,
  // U+00ED), pandoc a dotless ı with a combining mark (`ı́`), which looks the
  // same but sorts and searches apart.
  'acc1.author': [
    [{family: 'Martínez', given: 'José'}, {family: 'Gödel', given: 'Kurt'}, {family: 'Schönberg', given: 'Arnold'}],
    [{family: 'Mart\u0131\u0301nez', given: 'José'}, {family: 'Gödel', given: 'Kurt'}, {family: 'Schönberg', given: 'Arnold'}]
  ],
  'acc2.author': [
    [{family: 'Martínez', given: 'Ana'}, {family: 'Peña', given: 'Luis'}, {family: 'Muñoz', given: 'Rosa'}],
    [{family: 'Mart\u0131\u0301nez', given: 'Ana'}, {family: 'Peña', given: 'Luis'}, {family: 'Muñoz', given: 'Rosa'}]
  ],
  'acc3.author': [
    [{family: 'Martínez', given: 'Eva'}, {family: 'Østergaard', given: 'Per'}, {family: 'Straßer', given: 'Max'}],
    [{family: 'Mart\u0131\u0301nez', given: 'Eva'}, {family: 'Østergaard', given: 'Per'}, {family: 'Straßer', given: 'Max'}]
  ],
  'acc6.title': ['Ellipsis… and … and § 4 and cafè and naïve', 'Ellipsis… and … and § 4 and cafè and na\u0131\u0308ve'],
  'acc7.title': ['Accents ā î ì ã å ą ṣ ṯ č', 'Accents ā \u0131\u0302 \u0131\u0300 ã å ą ṣ ṯ č'],
  // Text commands pandoc 2.17 drops without a word: argmark writes them.
  'acc4.title': ['Cuatro – five — six', 'Cuatro  five  six'],
  'cmd2.title': ['Symbols: ® ™ © £ ° ¶ \\ & % $ # _', 'Symbols:   © £  ¶ \\ & % $ # _'],
  // As `doe2000italic`: text in `\emph{…}` and `\textbf{…}` keeps its case.
  // (Compared without `</span>`, which the case-markup stripping removes.)
  'cmd1.title': [
    'The <i>Emphasised</i> and <b>Bold</b> and <span style="font-variant:small-caps;">Small and code',
    'The <i>emphasised</i> and <b>bold</b> and <span style="font-variant:small-caps;">Small</span> and code'
  ],
  // Text in `\textit{…}` braces keeps its case, as BibTeX keeps it; pandoc lower-cases it.
  'doe2000italic.title': ['On <i>Homo sapiens</i> and the <i>Other</i>', 'On <i>homo sapiens</i> and the <i>other</i>']
}

/** pandoc's CSL-JSON for a `.bib` file, as recorded. */
function pandoc(file: string): Array<Record<string, unknown>> {
  const name = path.basename(path.dirname(file)) + '-' + path.basename(file, '.bib') + '.json'
  return JSON.parse(readFileSync(path.join(recorded, name), 'utf8')) as Array<Record<string, unknown>>
}

function withoutCaseMarkup(value: unknown): unknown {
  if (value === undefined) return undefined
  return JSON.parse(JSON.stringify(value).replace(/<span class=\\"nocase\\">|<\/span>/g, '')) as unknown
}

function compare(file: string, expectedCount: number): {compared: number; differing: string[]} {
  const text = readFileSync(file, 'utf8')
  const ours = parseBibtex(text, new VFile({path: file, value: text}))
  expect(ours.messages.map(String)).toEqual([])
  const reference = pandoc(file)
  expect(reference).toHaveLength(expectedCount)
  expect(ours.items.map((item) => item.id)).toEqual(reference.map((item) => item.id))

  const byId = new Map(ours.items.map((item) => [item.id, item as Record<string, unknown>]))
  let compared = 0
  const differing: string[] = []
  for (const theirs of reference) {
    const id = String(theirs.id)
    const item = byId.get(id)!
    for (const variable of variables) {
      const key = id + '.' + variable
      const mine = withoutCaseMarkup(item[variable])
      const known = differences[key]
      if (known) {
        differing.push(key)
        expect([mine, theirs[variable]], key).toEqual(known)
      } else {
        expect(mine, key).toEqual(theirs[variable])
      }
      compared++
    }
  }
  return {compared, differing}
}

describe('BibTeX → CSL-JSON agrees with pandoc', () => {
  test('fixture: accents, corporate authors, editors, chapter, article, report, web page, misc', () => {
    const {compared, differing} = compare(fixture, 7)
    expect(compared).toBe(7 * variables.length)
    expect(differing).toEqual(['ghosh2003.type'])
  })

  test('more types and cases: series, theses, proceedings, manuscript, newspaper, languages, particles, italics', () => {
    const {compared, differing} = compare(more, 11)
    expect(compared).toBe(11 * variables.length)
    expect(differing).toEqual(['politik2001.title', 'politik2001.language', 'obrien2000.author', 'doe2000italic.title'])
  })

  test('the seed paper’s bibliography: all 54 entries', () => {
    const {compared, differing} = compare(seed, 54)
    expect(compared).toBe(54 * variables.length)
    // Every known difference of the seed was met.
    expect(differing.sort()).toEqual(
      Object.keys(differences)
        .filter((key) => !/^(ghosh2003|politik2001|obrien2000|doe2000italic|acc\d|cmd\d)\./.test(key))
        .sort()
    )
  })
})

describe('LaTeX, name lists and BibLaTeX lists agree with pandoc', () => {
  test('the corpus: every accent and text command, `and others`, list fields, a chapter', () => {
    const {compared, differing} = compare(corpus, 15)
    expect(compared).toBe(15 * variables.length)
    expect(differing.sort()).toEqual(
      ['acc1.author', 'acc2.author', 'acc3.author', 'acc4.title', 'acc6.title', 'acc7.title', 'cmd1.title', 'cmd2.title'].sort()
    )
  })

  test('an unknown LaTeX command is a warning at its place; its argument stays', () => {
    const text = '@book{x,\n  author = {\\foo{Bar}, Ann},\n  title = {A \\frob title},\n  year = {2000}\n}\n'
    const {items, messages} = parseBibtex(text)
    expect(items[0]?.author).toEqual([{family: 'Bar', given: 'Ann'}])
    expect(items[0]?.title).toBe('A title')
    expect(messages.map((message) => [message.line, message.column, message.fatal, message.reason])).toEqual([
      [2, 13, false, 'Unexpected LaTeX command `\\foo` in entry `x`, expected an accent or text command pandoc converts (the command is left out, its argument kept as text)'],
      [3, 14, false, 'Unexpected LaTeX command `\\frob` in entry `x`, expected an accent or text command pandoc converts (the command is left out, its argument kept as text)']
    ])
  })
})
