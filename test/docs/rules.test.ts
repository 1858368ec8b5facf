import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, test} from 'vitest'
import type {LintOptions} from '../../src/index.js'
import {check, format, importAif, lint, loadSources, parse, render} from '../../src/index.js'
import {reportExportLosses} from '../../src/export/losses.js'
import type {CatalogEntry} from '../../src/lint/catalog.js'
import {builtinCatalog, presetNames, readingMessages, ruleModules} from '../../src/lint/catalog.js'
import {sortMessages} from '../../src/util/sort-messages.js'

const folder = new URL('../../docs/rules/', import.meta.url)
const pages = readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md')
const index = readFileSync(new URL('README.md', folder), 'utf8')
const entries = [...builtinCatalog.entries.values()]
const ids = entries.map((entry) => entry.id)

// Every rule id the source reports, found in the source itself.
const emitted = new Set<string>()
const sourceFiles = readdirSync(new URL('../../src/', import.meta.url), {recursive: true, encoding: 'utf8'})
for (const path of sourceFiles.filter((name) => name.endsWith('.ts'))) {
  const source = readFileSync(new URL('../../src/' + path, import.meta.url), 'utf8')
  for (const match of source.matchAll(/(?:ruleId: |id: )'([a-z-]+)'/g)) emitted.add(match[1]!)
}

describe('the catalog', () => {
  test('every id has a docs page, listed in the index, and every page an id', () => {
    expect(pages.map((name) => name.slice(0, -3)).sort()).toEqual([...ids].sort())
    for (const id of ids) expect(index, id).toContain('(' + id + '.md)')
  })

  test('every rule has its file in src/lint/rules/, and every file there is a rule of the catalog', () => {
    const files = readdirSync(new URL('../../src/lint/rules/', import.meta.url)).filter((name) => name.endsWith('.ts'))
    expect(files.map((name) => name.slice(0, -3)).sort()).toEqual(Object.keys(ruleModules).sort())
    for (const [id, {rule}] of Object.entries(ruleModules)) expect(rule.name, id).toBe('argmark:' + id)
  })

  test('every message raised while reading is named as such, and every id the source reports is in the catalog', () => {
    for (const id of Object.keys(readingMessages)) expect(emitted.has(id), id + ' is never reported').toBe(true)
    expect([...emitted].filter((id) => !ids.includes(id))).toEqual([])
  })

  test('every id has a test file in test/rules/', () => {
    const missing = ids.filter((id) => !existsSync(new URL('../rules/' + id + '.test.ts', import.meta.url)))
    expect(missing).toEqual([])
  })

  test('the index table gives each id its family and its level in every preset, as the catalog does', () => {
    for (const entry of entries) {
      const row = index.split('\n').find((line) => line.startsWith('| [`' + entry.id + '`]'))
      expect(row, entry.id).toBeDefined()
      const cells = row!.split('|').map((cell) => cell.trim())
      expect(cells.slice(2, 6), entry.id).toEqual([entry.family, ...presetNames.map((name) => shown(entry, name))])
    }
  })
})

function shown(entry: CatalogEntry, preset: (typeof presetNames)[number]): string {
  const level = entry.presets[preset]
  return level === 'off' ? '—' : level === 'warn' ? 'warning' : 'error'
}

// A bibliography example is loaded as `sources.bib`; its messages land on it.
async function loadBibliography(text: string): Promise<VFile[]> {
  return (await loadSources({bibliography: 'sources.bib'}, async () => text)).files
}

// A rule's page shows `check` when the rule is in the `core` preset, else
// `lint` with the first preset the rule is in, or the options of the
// section's `json` block (for settings problems).
function lintOptions(id: string, json: string | undefined): LintOptions | undefined {
  if (json !== undefined) return JSON.parse(json) as LintOptions
  const entry = builtinCatalog.entries.get(id)
  if (!entry || entry.presets.core !== 'off') return undefined
  return {preset: entry.presets.recommended === 'off' ? 'strict' : 'recommended'}
}

// An import example is an AIF map, read as `map.json`.
function importMap(text: string): VFile {
  const file = new VFile({path: 'map.json', value: text})
  importAif(file)
  return file
}

// Run a page's example the way the page says it was run.
async function run(id: string, document: string, lang: string, options?: LintOptions): Promise<string> {
  if (lang === 'bibtex') return reporter(await loadBibliography(document), {color: false})
  if (lang === 'json') return reporter([importMap(document)], {color: false})
  const file = new VFile({path: 'example.md', value: document})
  if (options) {
    file.messages = lint(file, options)
  } else if (id === 'format-skipped' || id === 'not-formatted') {
    // `not-formatted` is `argmark format --check`: `format` with `check`.
    format(file, {check: id === 'not-formatted'})
    file.messages = sortMessages(file.messages)
  } else if (id === 'lossy-export') {
    // The page's example is exported as Argdown.
    const {graph} = parse(file)
    file.messages = []
    reportExportLosses(file, graph, 'argdown')
  } else if (id === 'invalid-style') {
    // The page's style is its `xml` block.
    const page = readFileSync(new URL(id + '.md', folder), 'utf8')
    render(file, {to: 'text', style: block(page, 'Invalid', 'xml')})
  } else {
    file.messages = check(file)
  }
  return reporter([file], {color: false})
}

function block(page: string, heading: string, lang: string): string | undefined {
  const section = page.split(/^## /m).find((part) => part.startsWith(heading))
  const match = section?.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'))
  return match?.[1]
}

describe('rule documentation', () => {
  // Messages `render` raises are tested in test/rules/ (these examples are run with `check`).
  const renderOnly = ['internal-error.md', 'invalid-kit.md', 'invalid-style.md', 'citeproc-warning.md', 'raw-html-dropped.md']
  test.each(pages.filter((name) => !renderOnly.includes(name)))(
    '%s: the invalid example prints what the page shows',
    async (name) => {
      const id = name.slice(0, -3)
      const page = readFileSync(new URL(name, folder), 'utf8')
      const lang = id === 'invalid-import' ? 'json' : block(page, 'Invalid', 'bibtex') === undefined ? 'markdown' : 'bibtex'
      const invalid = block(page, 'Invalid', lang)
      const shownText = block(page, 'Invalid', 'text')
      expect(invalid, 'an Invalid example').toBeDefined()
      expect(shownText, 'the output of the Invalid example').toBeDefined()
      const options = lang === 'markdown' ? lintOptions(id, block(page, 'Invalid', 'json')) : undefined
      expect((await run(id, invalid!, lang, options)).trim()).toBe(shownText!.trim())
    }
  )

  test.each(pages.filter((name) => name !== 'invalid-kit.md'))('%s: the valid example raises no message of the rule', async (name) => {
    const id = name.slice(0, -3)
    const page = readFileSync(new URL(name, folder), 'utf8')
    if (id === 'invalid-import') {
      expect(importMap(block(page, 'Valid', 'json')!).messages).toEqual([])
      return
    }
    const bibliography = block(page, 'Valid', 'bibtex')
    if (bibliography !== undefined) {
      const files = await loadBibliography(bibliography)
      expect(files.flatMap((file) => file.messages)).toEqual([])
      return
    }
    const valid = block(page, 'Valid', 'markdown')
    expect(valid, 'a Valid markdown example').toBeDefined()
    const file = new VFile({path: 'example.md', value: valid!})
    const options = lintOptions(id, block(page, 'Valid', 'json'))
    const messages = options
      ? lint(file, options)
      : id === 'format-skipped' || id === 'not-formatted' ? (format(file, {check: id === 'not-formatted'}), file.messages)
        : id === 'lossy-export' ? (reportExportLosses(file, parse(valid!).graph, 'argdown'), file.messages) : check(file)
    expect(messages.filter((message) => message.ruleId === id)).toEqual([])
  })
})
