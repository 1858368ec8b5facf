#!/usr/bin/env node
// pandoc's outputs that argmark's tests compare with, recorded so that
// `npm test` needs no pandoc. Each job runs pandoc 2.17 (`--citeproc`, Debian's
// CSL styles) on a draft and stores what it printed under
// test/fixtures/pandoc/. Usage:
//
//   node scripts/pandoc-fixtures.js          compare the recorded outputs with pandoc's now (exit 1 on a difference)
//   node scripts/pandoc-fixtures.js --write  record them again (then read the diff before committing it)
//
// Jobs: the agreement drafts (test/fixtures/render/agreement-*.md) in four
// styles, as plain text; the bibliography and citeproc options drafts
// (test/fixtures/render/options/); the citation cases (test/fixtures/cases/citations/)
// in Chicago full notes with Ibid., as GFM; the citation-syntax corpus as
// pandoc's JSON, plain and with a locator probe style; the BibTeX corpus
// (test/fixtures/sources/*.bib and the seed's) as CSL-JSON.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const out = path.join(root, 'test/fixtures/pandoc')
const styles = path.join(root, 'test/fixtures/styles/')
const write = process.argv.includes('--write')

/**
 * An argmark draft as the prose it stands for, which pandoc reads: the
 * annotations' markup removed (text directives become their content,
 * container fences go), as `render` removes it.
 */
export function pandocDraft(text) {
  return text
    .replace(/^:{3,}[^\n]*\n/gm, '')
    .replace(/(^|[^\w:]):[A-Za-z][\w-]*\[([^\]\n]*)\](?:\{[^}\n]*\})?/gm, '$1$2')
}

function pandoc(args, input, cwd) {
  const result = spawnSync('pandoc', args, {encoding: 'utf8', input, cwd})
  if (result.status !== 0) throw new Error('pandoc ' + args.join(' ') + ' failed: ' + (result.error?.message ?? result.stderr))
  return result.stdout
}

const jobs = []

// The agreement drafts: the seed bibliography as argmark converted it, recorded beside them.
const renderFixtures = path.join(root, 'test/fixtures/render')
const bibliography = path.join(renderFixtures, 'seed-sources.json')
const drafts = readdirSync(renderFixtures).filter((name) => /^agreement-\d+\.md$/.test(name)).sort()
for (const style of ['chicago-note-bibliography', 'chicago-fullnote-bibliography', 'apa', 'modern-language-association']) {
  for (const draft of drafts) {
    jobs.push({
      name: 'agreement/' + draft.replace(/\.md$/, '') + '.' + style + '.txt',
      run: () => {
        const input = pandocDraft(readFileSync(path.join(renderFixtures, draft), 'utf8'))
        return pandoc(['--citeproc', '--csl', styles + style + '.csl', '--bibliography', bibliography,
          '-M', 'suppress-bibliography=true', '-f', 'markdown', '-t', 'plain', '--wrap=none'], input)
      }
    })
  }
}

// The citation cases, each with its own references or .bib, as Chicago notes with Ibid.
const cases = path.join(root, 'test/fixtures/cases/citations')
for (const name of readdirSync(cases).filter((file) => file.endsWith('.md')).sort()) {
  jobs.push({
    name: 'cases/' + name.replace(/\.md$/, '') + '.gfm',
    run: () =>
      pandoc(['--citeproc', '--csl', styles + 'chicago-fullnote-bibliography-with-ibid.csl',
        '-f', 'markdown', '-t', 'gfm', '--wrap=none'], pandocDraft(readFileSync(path.join(cases, name), 'utf8')), cases)
  })
}

// pandoc's bibliography and citeproc options (test/fixtures/render/options/),
// each draft with the front matter it is about: plain text, and HTML for the
// link options. Note styles for the options about notes and the locale.
const optionDrafts = {
  'no-heading': {style: 'apa', to: 'plain'},
  'section-title': {style: 'apa', to: 'plain'},
  'refs-div': {style: 'apa', to: 'plain'},
  suppress: {style: 'apa', to: 'plain'},
  nocite: {style: 'apa', to: 'plain'},
  'nocite-all': {style: 'apa', to: 'plain'},
  'link-citations': {style: 'apa', to: 'html'},
  'link-bibliography': {style: 'apa', to: 'html'},
  'notes-after-punctuation': {style: 'chicago-fullnote-bibliography', to: 'plain'},
  lang: {style: 'chicago-fullnote-bibliography', to: 'plain'},
  superscript: {style: 'american-medical-association', to: 'plain'},
  'superscript-after-punctuation': {style: 'american-medical-association', to: 'plain'},
  'style-locale': {style: 'argmark-test-french-default', to: 'plain'},
  'metadata-blocks': {style: 'apa', to: 'plain'},
  'affix-space': {style: 'argmark-test-affix-space', to: 'plain'},
  'cluster-order': {style: 'apa', to: 'plain'},
  'same-author': {style: 'chicago-author-date', to: 'plain'},
  'missing-keys': {style: 'chicago-author-date', to: 'plain'},
  'missing-keys-note': {style: 'chicago-fullnote-bibliography', to: 'plain'},
  'mixed-keys': {style: 'apa', to: 'plain'},
  'mixed-keys-unsorted': {style: 'chicago-author-date', to: 'plain'},
  'mixed-keys-note': {style: 'chicago-fullnote-bibliography', to: 'plain'},
  'mixed-keys-superscript': {style: 'american-medical-association', to: 'plain'},
  'suppressed-empty': {style: 'modern-language-association', to: 'plain'},
  'suppressed-empty-links': {style: 'modern-language-association', to: 'html'},
  collation: {style: 'apa', to: 'plain'},
  'suffix-space': {style: 'chicago-author-date', to: 'plain'},
  'title-particles': {style: 'chicago-fullnote-bibliography', to: 'plain'},
  'nested-quotes': {style: 'chicago-fullnote-bibliography', to: 'plain'},
  'suffix-quote': {style: 'chicago-author-date', to: 'plain'},
  'notes-punctuation': {style: 'chicago-fullnote-bibliography', to: 'plain'},
  'cite-order-affixes': {style: 'apa', to: 'plain'},
  'cite-order-affixes-numeric': {style: 'ieee', to: 'plain'},
  'notes-adjacent': {style: 'chicago-fullnote-bibliography', to: 'plain'},
  'notes-adjacent-superscript': {style: 'american-medical-association', to: 'plain'}
}
const optionFolder = path.join(root, 'test/fixtures/render/options')
for (const [name, {style, to}] of Object.entries(optionDrafts)) {
  jobs.push({
    name: 'options/' + name + (to === 'html' ? '.html' : '.txt'),
    run: () =>
      pandoc(['--citeproc', '--csl', styles + style + '.csl', '--bibliography', path.join(renderFixtures, 'sources.json'),
        '-f', 'markdown', '-t', to, '--wrap=none', path.join(optionFolder, name + '.md')])
  })
}

// More of pandoc's citeproc behaviours (test/fixtures/render/citeproc/), each
// draft in the styles and output formats its test compares: links around
// cites and their affixes, titles linked to a DOI, a title in place of the
// author, locators, locator ranges by the style's page-range-format, the note
// of an in-text cite before the punctuation that follows it, `&`, `<` and `>`
// in affixes as text, the non-breaking space after an abbreviation, the space
// after a prefix and before `;` in a suffix, quotes and brackets around in-text cites,
// the citations of the front matter's abstract cited first, an in-text cite
// in an author's footnote (its author, a comma, the rest: `Roe, ibid., 4`),
// ranges of years (`1906–1908`, no other date's affixes), the space between a
// key (or its empty braces `{}`) and a suffix, Ibid. after a note that cites
// one source twice, a suffix written right after the key, a cluster's cites grouped
// by author and collapsed (in styles that collapse by year or number, and a note style), a superscript
// moved after the punctuation as a note's marker is (inside a closing quote, not after a word), an apostrophe
// before a citation, which takes no punctuation inside (`the states' [@a].` → `the states’.`). `argmark-notes`:
// argmark's default style.
const citeprocDrafts = [
  ['cite-affixes', 'chicago-author-date', 'html'],
  ['cite-affixes', 'ieee', 'html'],
  ['empty-note-cite', 'chicago-fullnote-bibliography', 'plain'],
  ['title-links', 'oscola', 'html'],
  ['title-as-author', 'chicago-author-date', 'gfm'],
  ['legal-locators', 'argmark-test-legal-locators', 'plain'],
  ['locator-dashes', 'chicago-author-date', 'plain'],
  ['locator-dashes', 'apa', 'plain'],
  ['locator-dashes', 'modern-language-association', 'plain'],
  ['in-text-notes', 'chicago-fullnote-bibliography', 'plain'],
  ['markup-affixes', 'chicago-fullnote-bibliography', 'plain'],
  ['markup-affixes', 'chicago-author-date', 'html'],
  ['note-capitals', 'chicago-fullnote-bibliography', 'gfm'],
  ['reference-affixes', 'chicago-fullnote-bibliography', 'html'],
  ['abbreviations', 'chicago-fullnote-bibliography', 'plain'],
  ['affix-spacing', 'chicago-fullnote-bibliography', 'plain'],
  ['affix-spacing', 'apa', 'plain'],
  ['abstract-citations', 'ieee', 'plain'],
  ['in-text-footnotes', 'chicago-fullnote-bibliography-with-ibid', 'plain'],
  ['in-text-footnotes', 'argmark-notes', 'plain'],
  ['date-ranges', 'argmark-notes', 'plain'],
  ['date-ranges', 'argmark-test-date-ranges', 'gfm'],
  ['suffix-after-key', 'chicago-author-date', 'plain'],
  ['ibid-chains', 'chicago-fullnote-bibliography-with-ibid', 'plain'],
  ['suffix-right-after-key', 'chicago-author-date', 'plain'],
  ['cluster-collapse', 'apa', 'plain'],
  ['cluster-collapse', 'chicago-author-date', 'plain'],
  ['cluster-collapse', 'ieee', 'plain'],
  ['cluster-collapse', 'american-medical-association', 'plain'],
  ['cluster-collapse', 'chicago-fullnote-bibliography', 'plain'],
  ['superscript-punctuation', 'american-medical-association', 'plain'],
  ['apostrophes', 'chicago-fullnote-bibliography', 'plain']
]
const citeprocFolder = path.join(renderFixtures, 'citeproc')
// The abbreviations pandoc's smart extension keeps together with what follows
// (src/util/abbreviations.ts holds them; test/util/abbreviations.test.ts compares).
jobs.push({name: 'abbreviations.txt', run: () => pandoc(['--print-default-data-file', 'abbreviations'])})
// Headings' identifiers (pandoc's auto_identifiers; test/render/heading-ids.test.ts compares them).
jobs.push({name: 'headings.html', run: () => pandoc(['-f', 'markdown', '-t', 'html', path.join(renderFixtures, 'headings.md')])})
for (const [name, style, to] of citeprocDrafts) {
  jobs.push({
    name: 'citeproc/' + name + '.' + style + ({html: '.html', gfm: '.gfm'}[to] ?? '.txt'),
    run: () =>
      withStyle(style, (csl) =>
        pandoc(['--citeproc', '--csl', csl, '--bibliography', path.join(renderFixtures, 'sources.json'),
          '-f', 'markdown', '-t', to, '--wrap=none', path.join(citeprocFolder, name + '.md')]))
  })
}

/**
 * Run `use` with the path of a style: one of test/fixtures/styles/, or
 * `argmark-notes`, argmark's default style (the CSL that
 * src/render/csl/default-style.ts exports), written to a temporary file.
 */
function withStyle(style, use) {
  if (style !== 'argmark-notes') return use(styles + style + '.csl')
  const csl = /String\.raw`([\s\S]*)`/.exec(readFileSync(path.join(root, 'src/render/csl/default-style.ts'), 'utf8'))?.[1]
  if (!csl) throw new Error('Could not read argmark\'s default style from src/render/csl/default-style.ts')
  const directory = mkdtempSync(path.join(tmpdir(), 'argmark-style-'))
  try {
    writeFileSync(path.join(directory, 'argmark-notes.csl'), csl)
    return use(path.join(directory, 'argmark-notes.csl'))
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}

// The citation-syntax corpus (test/fixtures/citations/corpus.txt) as pandoc's
// Markdown reader reads it (JSON blocks per snippet), and as its citeproc
// splits each locator from its suffix (a probe style prints `⟦title#term#locator⟧`).
const citations = path.join(root, 'test/fixtures/citations')
const snippets = readFileSync(path.join(citations, 'corpus.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('%%'))
  .map((line) => line.replace(/␤/g, '\n'))

/** Run one pandoc process over every snippet (each its own file); the blocks of each, in order. */
function pandocSnippets(extra) {
  const directory = mkdtempSync(path.join(tmpdir(), 'argmark-pandoc-'))
  try {
    const sentinel = (index) => '<!-- snippet ' + index + ' -->'
    const files = snippets.map((snippet, index) => {
      const file = path.join(directory, 'snippet-' + index + '.md')
      writeFileSync(file, sentinel(index) + '\n\n' + snippet + '\n')
      return file
    })
    const blocks = JSON.parse(pandoc(['--file-scope', '-f', 'markdown', '-t', 'json', ...extra(directory), ...files])).blocks
    const groups = []
    for (const block of blocks) {
      if (block.t === 'RawBlock' && block.c[1] === sentinel(groups.length)) groups.push([])
      else groups.at(-1)?.push(block)
    }
    if (groups.length !== snippets.length) throw new Error('Could not split pandoc output by snippet')
    return snippets.map((snippet, index) => ({snippet, blocks: groups[index]}))
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}

/** Every citation key pandoc read, in order of first appearance. */
function citedKeys(value, found = new Set()) {
  if (Array.isArray(value)) for (const item of value) citedKeys(item, found)
  else if (value && typeof value === 'object') {
    if (typeof value.citationId === 'string') found.add(value.citationId)
    for (const item of Object.values(value)) citedKeys(item, found)
  }
  return found
}

jobs.push({
  name: 'citations/syntax.json',
  run: () => JSON.stringify(pandocSnippets(() => []), null, 1) + '\n'
})
jobs.push({
  name: 'citations/locators.json',
  run: () => {
    const keys = [...citedKeys(pandocSnippets(() => []))]
    const references = keys.map((key, index) => ({id: key, type: 'book', title: 'K' + index}))
    const groups = pandocSnippets((directory) => {
      const metadata = path.join(directory, 'references.json')
      writeFileSync(metadata, JSON.stringify({references, 'suppress-bibliography': true}))
      return ['--citeproc', '--csl', path.join(citations, 'locator-probe.csl'), '--metadata-file', metadata]
    })
    return JSON.stringify({keys, groups}, null, 1) + '\n'
  }
})

// BibTeX as pandoc converts it to CSL-JSON.
// The corpus of accents, commands, `and others` and BibLaTeX lists is read
// as BibLaTeX (pandoc's reader for a `.bib` bibliography); the others as BibTeX.
for (const [bib, format] of [
  ['test/fixtures/sources/refs.bib', 'biblatex'],
  ['test/fixtures/sources/more.bib', 'biblatex'],
  ['test/fixtures/sources/pandoc-corpus.bib', 'biblatex'],
  ['seeds/sources.bib', 'biblatex']
]) {
  jobs.push({
    name: 'sources/' + path.basename(path.dirname(bib)) + '-' + path.basename(bib, '.bib') + '.json',
    run: () => pandoc(['-f', format, '-t', 'csljson', path.join(root, bib)])
  })
}

// pandoc Markdown that argmark reads as pandoc does (test/fixtures/render/pandoc-markdown/):
// each draft carries its own references, written out as plain text, and as pandoc's GFM
// where the draft is about what the Markdown output keeps. The math draft is written as
// pandoc's Markdown (which keeps `$…$`) and as HTML for MathJax (`--mathjax`, the TeX kept
// in pandoc's math spans) too; math in citations' prefixes and suffixes as HTML for MathJax.
const pandocMarkdownDrafts = {
  'combining-marks': {style: 'apa', to: ['plain']},
  escapes: {style: 'chicago-fullnote-bibliography', to: ['plain']},
  'note-citations': {style: 'chicago-fullnote-bibliography', to: ['plain']},
  'fenced-divs': {style: 'apa', to: ['plain', 'gfm']},
  tables: {style: 'apa', to: ['plain']},
  'inline-note-escapes': {style: 'chicago-fullnote-bibliography', to: ['plain']},
  math: {style: 'apa', to: ['plain', 'markdown', 'html'], args: ['--mathjax']},
  'math-affixes': {style: 'apa', to: ['html'], args: ['--mathjax']},
  scripts: {style: 'apa', to: ['plain', 'html', 'markdown']}
}
const pandocMarkdownFolder = path.join(root, 'test/fixtures/render/pandoc-markdown')
for (const [name, {style, to, args = []}] of Object.entries(pandocMarkdownDrafts)) {
  for (const format of to) {
    jobs.push({
      name: 'markdown/' + name + (format === 'plain' ? '.txt' : '.' + format),
      run: () =>
        pandoc(['--citeproc', '--csl', styles + style + '.csl', '-f', 'markdown', '-t', format, '--wrap=none', ...args,
          path.join(pandocMarkdownFolder, name + '.md')])
    })
  }
}

let differences = 0
for (const job of jobs) {
  const file = path.join(out, job.name)
  const output = job.run()
  if (write) {
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, output)
    continue
  }
  let recorded
  try {
    recorded = readFileSync(file, 'utf8')
  } catch {
    recorded = undefined
  }
  if (recorded !== output) {
    differences++
    console.error((recorded === undefined ? 'not recorded: ' : 'differs: ') + job.name)
  }
}
console.log(write ? 'recorded ' + jobs.length + ' pandoc outputs in test/fixtures/pandoc/' : jobs.length - differences + ' of ' + jobs.length + ' recorded outputs equal pandoc ' + pandoc(['--version']).split('\n')[0].split(' ')[1] + '\'s now')
process.exitCode = differences > 0 ? 1 : 0
