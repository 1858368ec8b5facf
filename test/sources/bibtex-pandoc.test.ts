/**
 * argmark's BibTeX → CSL-JSON conversion against pandoc's BibTeX reader
 * (`pandoc refs.bib -f bibtex -t csljson`, the reference).
 *
 * For every entry of the fixture and of the seed paper's bibliography, each
 * variable a citation style uses must be equal, except the named differences
 * below, each documented with its reason in docs/sources.md. Markup that only
 * protects case (`<span class="nocase">`, which pandoc's CSL-JSON writer does
 * not write) is removed before comparing. pandoc must be installed
 * (`apt-get install pandoc`): without it this suite fails.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {parseBibtex} from '../../src/sources/index.js'

const fixture = fileURLToPath(new URL('../fixtures/sources/refs.bib', import.meta.url))
const more = fileURLToPath(new URL('../fixtures/sources/more.bib', import.meta.url))
const seed = fileURLToPath(new URL('../../seeds/sources.bib', import.meta.url))

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
  // Text in `\textit{…}` braces keeps its case, as BibTeX keeps it; pandoc lower-cases it.
  'doe2000italic.title': ['On <i>Homo sapiens</i> and the <i>Other</i>', 'On <i>homo sapiens</i> and the <i>other</i>']
}

function pandoc(path: string): Array<Record<string, unknown>> {
  const run = spawnSync('pandoc', [path, '-f', 'bibtex', '-t', 'csljson'], {encoding: 'utf8'})
  expect(run.error, 'pandoc must be installed (apt-get install pandoc)').toBeUndefined()
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as Array<Record<string, unknown>>
}

function withoutCaseMarkup(value: unknown): unknown {
  if (value === undefined) return undefined
  return JSON.parse(JSON.stringify(value).replace(/<span class=\\"nocase\\">|<\/span>/g, '')) as unknown
}

function compare(path: string, expectedCount: number): {compared: number; differing: string[]} {
  const text = readFileSync(path, 'utf8')
  const file = new VFile({path, value: text})
  const ours = parseBibtex(text, file)
  expect(ours.messages.map(String)).toEqual([])
  const reference = pandoc(path)
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
        .filter((key) => !/^(ghosh2003|politik2001|obrien2000|doe2000italic)\./.test(key))
        .sort()
    )
  })
})
