#!/usr/bin/env node
// How close `argmark render` comes to pandoc on pandoc's own citeproc tests.
// Not part of `npm test`: it needs pandoc (2.17 on the machine it was written
// on) and a checkout of pandoc's repository, whose tests it reads in place and
// never copies. Usage:
//
//   npm run build
//   node scripts/pandoc-tests.js <pandoc-repo> [--show] [--show-pandoc] [--only name]
//
// <pandoc-repo> is a checkout of github.com/jgm/pandoc (a work tree, or a bare
// git directory: its `test/` is extracted to a temporary folder). `--show`
// prints every difference of argmark's on a test pandoc passes (and
// `--show-pandoc` pandoc's own failures too); `--only` runs the cases whose file name contains
// the given text.
//
// A test is a code block of test/command/*.md: a command line `% pandoc …`,
// the input, `^D`, the expected output. In scope: commands that run citeproc
// (`--citeproc`, `-C`) on Markdown input and write Markdown, plain text or
// HTML (argmark renders those three). Each one is run
//
//   - by the installed pandoc, in pandoc's `test/` folder as pandoc's own
//     harness runs it: it passes when its standard output equals the expected
//     output exactly (lines pandoc's harness expects on standard error, `2> …`,
//     are not compared);
//   - by `argmark render` (the built CLI, dist/), with the same input, style
//     (`--csl`, else the front matter's `csl`, else pandoc's built-in default,
//     chicago-author-date), bibliography and `-M` metadata: `-t markdown…` as `--to
//     markdown`, `-t plain` as `--to text`, `-t html` as `--to html`.
//
// argmark writes GFM where the tests expect pandoc's Markdown, so argmark's
// output is compared with pandoc's after both are normalised by what they
// mean, not how they are spelled: Markdown and HTML are read back by pandoc
// into its document tree (`-t json`), where divs and spans are unwrapped (a space after
// a bibliography entry's margin or block span),
// attributes dropped, quotes written as curly characters, spaces and soft
// breaks made one space (combining marks in argmark's GFM written as
// character references, which pandoc's GFM reader would otherwise compose); plain text has its lines re-joined per paragraph.
// The same normalisation is also applied to pandoc's own output, and both
// counts are printed.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const argmark = path.join(root, 'dist/cli/argmark.js')
const args = process.argv.slice(2)
const show = args.includes('--show') || args.includes('--show-pandoc')
const showPandoc = args.includes('--show-pandoc')
const skipArgmark = args.includes('--pandoc-only')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
const repository = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--only')
if (!repository) {
  console.error('Usage: node scripts/pandoc-tests.js <pandoc-repo> [--show] [--only name]')
  process.exit(2)
}
if (!existsSync(argmark)) {
  console.error('No dist/: run `npm run build` first')
  process.exit(2)
}

/**
 * The kind of behaviour each test is about, labelled by reading its input
 * and expected output (before any run was compared): what the test needs
 * argmark to read or do. The first kind is the one it is counted under.
 */
const kinds = {
  'csl-yaml': 'CSL-YAML items (dates, names, numbers, types)',
  metadata: 'metadata blocks',
  bibliography: 'the bibliography (heading, refs div, nocite, suppress)',
  markdown: 'pandoc Markdown (attributes, inline notes, divs, math)',
  options: 'citeproc options (link-citations, notes-after-punctuation, lang)',
  style: 'smaller kinds (grouping, affixes, locators, names, collation, formatting)',
  notes: 'note styles (positions, Ibid., notes)',
  other: 'other'
}

const here = path.dirname(fileURLToPath(import.meta.url))
const labels = JSON.parse(readFileSync(path.join(here, 'pandoc-tests-kinds.json'), 'utf8'))

function git(directory, ...command) {
  const result = spawnSync('git', ['-C', directory, ...command], {encoding: 'buffer', maxBuffer: 1 << 28})
  if (result.status !== 0) throw new Error('git ' + command.join(' ') + ': ' + result.stderr)
  return result.stdout
}

/** pandoc's `test/` folder: in the work tree, or extracted from a bare repository. */
function testFolder() {
  if (existsSync(path.join(repository, 'test/command'))) return {folder: path.join(repository, 'test'), cleanup() {}}
  const temporary = mkdtempSync(path.join(tmpdir(), 'argmark-pandoc-tests-'))
  const archive = git(repository, 'archive', 'HEAD', 'test/command')
  const untar = spawnSync('tar', ['-x', '-C', temporary], {input: archive})
  if (untar.status !== 0) throw new Error('tar failed: ' + untar.stderr)
  return {folder: path.join(temporary, 'test'), cleanup: () => rmSync(temporary, {recursive: true, force: true})}
}

/** The command tests of one file: `{command, input, expected}`, as pandoc's harness reads them. */
export function commandTests(text) {
  const tests = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const fence = /^(`{3,}|~{3,})\s*$/.exec(lines[index] ?? '')
    if (!fence) continue
    const close = fence[1]
    const body = []
    index++
    while (index < lines.length && !(lines[index].startsWith(close.charAt(0).repeat(close.length)) && lines[index].trim() === lines[index].trim().charAt(0).repeat(lines[index].trim().length) && lines[index].trim().length >= close.length)) {
      body.push(lines[index])
      index++
    }
    const first = body[0] ?? ''
    if (!first.startsWith('%')) continue
    let at = 0
    let command = ''
    while (at < body.length && body[at].endsWith('\\')) command += body[at++].slice(0, -1) + ' '
    command += body[at++] ?? ''
    command = command.replace(/^%\s*/, '')
    const end = body.indexOf('^D', at)
    if (end === -1) continue
    const input = body.slice(at, end).join('\n') + '\n'
    const output = body.slice(end + 1)
    const stop = output.indexOf('.')
    const expected = (stop === -1 ? output : output.slice(0, stop)).join('\n') + '\n'
    tests.push({command, input, expected})
  }
  return tests
}

/** Split a command line as a shell would (the tests use no quoting beyond words). */
function words(command) {
  return command.trim().split(/\s+/)
}

/** What a pandoc command line asks for, or why it is out of scope. */
function readCommand(command) {
  const argv = words(command)
  if (argv[0] !== 'pandoc' || command.includes('|')) return {scope: 'not a single pandoc command'}
  const options = {citeproc: false, from: 'markdown', to: 'html', csl: undefined, bibliography: [], metadata: [], standalone: false}
  for (let index = 1; index < argv.length; index++) {
    const arg = argv[index]
    const value = (long, short) => {
      if (arg === long || (short && arg === short)) return argv[++index]
      if (arg.startsWith(long + '=')) return arg.slice(long.length + 1)
      if (short && arg.startsWith(short) && arg.length > short.length) return arg.slice(short.length)
      return undefined
    }
    let found
    if (arg === '--citeproc' || arg === '-C') options.citeproc = true
    else if (arg === '-s' || arg === '--standalone') options.standalone = true
    else if ((found = value('--to', '-t')) !== undefined) options.to = found
    else if ((found = value('--from', '-f')) !== undefined) options.from = found
    else if ((found = value('--csl')) !== undefined) options.csl = found
    else if ((found = value('--bibliography')) !== undefined) options.bibliography.push(found)
    else if ((found = value('--metadata', '-M')) !== undefined) options.metadata.push(found)
    else if (arg.startsWith('--wrap')) continue
    else return {scope: 'option ' + arg}
  }
  if (!options.citeproc) return {scope: 'no citeproc'}
  if (!/^markdown([+-]|$)/.test(options.from)) return {scope: 'input ' + options.from}
  const format = /^(markdown|gfm|commonmark)([+-]|$)/.test(options.to)
    ? 'markdown'
    : /^plain([+-]|$)/.test(options.to)
      ? 'text'
      : /^html5?([+-]|$)/.test(options.to)
        ? 'html'
        : undefined
  if (!format) return {scope: 'output ' + options.to}
  return {...options, format}
}

function run(program, argv, input, cwd) {
  const result = spawnSync(program, argv, {encoding: 'utf8', input, cwd, maxBuffer: 1 << 26})
  return {stdout: result.stdout ?? '', stderr: result.stderr ?? '', status: result.status}
}

/** The expected output without the harness's standard-error lines and exit status. */
function expectedStdout(expected) {
  return expected
    .split('\n')
    .filter((line) => !line.startsWith('2> ') && !/^=> \d+$/.test(line))
    .join('\n')
}

// ---------------------------------------------------------------------------
// Normalisation: what an output means, not how it is spelled.

/** Plain text: paragraphs (blank-line separated) with their lines joined and spaces collapsed. */
function normalText(text) {
  return text
    .replace(/\r/g, '')
    .split(/\n[ \t]*\n+/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .join('\n\n')
}

/** pandoc's reading of a Markdown or HTML output, normalised. */
function normalDocument(text, from) {
  const result = run('pandoc', ['-f', from, '-t', 'json'], text)
  if (result.status !== 0) return 'unreadable: ' + result.stderr
  const document = JSON.parse(result.stdout)
  return JSON.stringify(blocks(document.blocks), null, 1)
}

function blocks(list) {
  const out = []
  for (const block of list) {
    const {t, c} = block
    if (t === 'Div') out.push(...blocks(c[1]))
    else if (t === 'Header') out.push({t, level: c[0], c: inlines(c[2])})
    else if (t === 'Para' || t === 'Plain') out.push({t: 'Para', c: inlines(c)})
    else if (t === 'BlockQuote') out.push({t, c: blocks(c)})
    else if (t === 'BulletList') out.push({t, c: c.map((item) => blocks(item))})
    else if (t === 'OrderedList') out.push({t, c: c[1].map((item) => blocks(item))})
    else if (t === 'CodeBlock') out.push({t, c: c[1]})
    else if (t === 'RawBlock') out.push({t, c: c[1].trim()})
    else if (t === 'HorizontalRule') out.push({t})
    else if (t === 'LineBlock') out.push({t: 'Para', c: inlines(c.flatMap((line, index) => (index > 0 ? [{t: 'LineBreak'}, ...line] : line)))})
    else out.push(block)
  }
  return out
}

const smallCapsHtml = /^<span class="smallcaps">$/

function inlines(list) {
  const flat = []
  const push = (node) => {
    const last = flat.at(-1)
    if (node.t === 'Str' && last?.t === 'Str') last.c += node.c
    else flat.push(node)
  }
  const walk = (items) => {
    for (let index = 0; index < items.length; index++) {
      const {t, c} = items[index]
      if (t === 'Str') push({t, c})
      else if (t === 'Space' || t === 'SoftBreak') push({t: 'Str', c: ' '})
      else if (t === 'Quoted') {
        const double = c[0].t === 'DoubleQuote'
        push({t: 'Str', c: double ? '“' : '‘'})
        walk(c[1])
        push({t: 'Str', c: double ? '”' : '’'})
      } else if (t === 'Span') {
        if (c[0][1].includes('smallcaps')) push({t: 'SmallCaps', c: inlines(c[1])})
        else walk(c[1])
        // A bibliography entry's number or block (`[1. ]{.csl-left-margin}`) stands apart from
        // what follows; pandoc's Markdown keeps the space inside the span, and reading it back
        // drops it: put it back.
        if (c[0][1].includes('csl-left-margin') || c[0][1].includes('csl-block')) push({t: 'Str', c: ' '})
      } else if (t === 'RawInline' && c[0] === 'html') {
        // <sup>…</sup>, <sub>…</sub>, <span class="smallcaps">…</span> as GFM has to write them.
        const open = c[1].trim()
        const tag = /^<(sup|sub)>$/.exec(open)?.[1] ?? (smallCapsHtml.test(open) ? 'span' : undefined)
        const close = tag ? items.findIndex((item, at) => at > index && item.t === 'RawInline' && item.c[1].trim() === '</' + tag + '>') : -1
        if (tag && close !== -1) {
          push({t: tag === 'sup' ? 'Superscript' : tag === 'sub' ? 'Subscript' : 'SmallCaps', c: inlines(items.slice(index + 1, close))})
          index = close
        } else {
          push({t, c: c[1]})
        }
      } else if (t === 'Emph' || t === 'Strong' || t === 'SmallCaps' || t === 'Superscript' || t === 'Subscript' || t === 'Strikeout' || t === 'Underline') {
        push({t, c: inlines(c)})
      } else if (t === 'Link') push({t, c: inlines(c[1]), url: c[2][0]})
      else if (t === 'Note') push({t, c: blocks(c)})
      else if (t === 'Code') push({t, c: c[1]})
      else if (t === 'Math') push({t, c: c[1]})
      else if (t === 'Cite') walk(c[1])
      else if (t === 'LineBreak') push({t})
      else push({t, c})
    }
  }
  walk(list)
  for (const node of flat) if (node.t === 'Str') node.c = node.c.replace(/\s+/g, ' ')
  // Spaces at the edges of a paragraph do not count.
  const first = flat[0]
  if (first?.t === 'Str') first.c = first.c.trimStart()
  const last = flat.at(-1)
  if (last?.t === 'Str') last.c = last.c.trimEnd()
  return flat.filter((node) => !(node.t === 'Str' && node.c === ''))
}

/**
 * pandoc's GFM reader composes what it reads (Unicode NFC: `o` + U+0301 becomes `ó`), its
 * Markdown reader keeps it as written: a combining mark in argmark's GFM is written as a
 * character reference first, so both are read as written.
 */
function keepCombining(markdown) {
  return markdown.replace(/\p{M}/gu, (mark) => '&#x' + mark.codePointAt(0).toString(16) + ';')
}

function normal(text, format, writer) {
  if (format === 'text') return normalText(text)
  if (format === 'html') return normalDocument(text, 'html')
  return writer === 'argmark' ? normalDocument(keepCombining(text), 'gfm') : normalDocument(text, 'markdown')
}

// ---------------------------------------------------------------------------

const {folder, cleanup} = testFolder()
const scratch = mkdtempSync(path.join(tmpdir(), 'argmark-pandoc-run-'))
const defaultStyle = path.join(scratch, 'default.csl')
writeFileSync(defaultStyle, run('pandoc', ['--print-default-data-file', 'default.csl']).stdout)
const version = run('pandoc', ['--version']).stdout.split('\n')[0]

const results = []
const outOfScope = new Map()
try {
  const files = readdirSync(path.join(folder, 'command')).filter((name) => name.endsWith('.md')).sort()
  for (const name of files) {
    if (only && !name.includes(only)) continue
    const tests = commandTests(readFileSync(path.join(folder, 'command', name), 'utf8'))
    tests.forEach((test, index) => {
      const id = name + (tests.length > 1 ? '#' + (index + 1) : '')
      if (!/--citeproc|(^|\s)-C(\s|$)/.test(test.command)) return
      const command = readCommand(test.command)
      if ('scope' in command) {
        outOfScope.set(id, command.scope)
        return
      }
      const expected = expectedStdout(test.expected)
      const ours = run('pandoc', words(test.command).slice(1), test.input, folder)
      const pandocExact = ours.stdout === expected
      const pandocNormal = normal(ours.stdout, command.format, 'pandoc') === normal(expected, command.format, 'pandoc')

      // The style as pandoc picks it: --csl, else the metadata's `csl` (which
      // argmark reads from the front matter, relative to the working folder for
      // standard input, as pandoc), else pandoc's default.
      const ownStyle = /^csl:[ \t]*\S/m.test(test.input) || command.metadata.some((field) => field.startsWith('csl='))
      const styleArguments = command.csl ? ['--csl', path.join(folder, command.csl)] : ownStyle ? [] : ['--csl', defaultStyle]
      const argv = ['render', '-', '--to', command.format, ...styleArguments, '--no-config', '--no-ignore', '--append-bibliography']
      for (const bibliography of command.bibliography) argv.push('--bibliography', path.join(folder, bibliography))
      for (const metadata of command.metadata) argv.push('--metadata', metadata)
      if (command.standalone) argv.push('--standalone')
      const rendered = skipArgmark ? {stdout: '', stderr: '', status: 0} : run('node', [argmark, ...argv], test.input, folder)
      const argmarkNormal = normal(rendered.stdout, command.format, 'argmark')
      const argmarkPasses = argmarkNormal === normal(expected, command.format, 'pandoc')
      const argmarkAsPandoc = argmarkNormal === normal(ours.stdout, command.format, 'pandoc')
      const label = labels[id] ?? labels[name]
      results.push({id, kind: label?.[0] ?? 'other', pandocExact, pandocNormal, argmarkPasses, argmarkAsPandoc, rendered, ours, expected, format: command.format})
    })
  }
} finally {
  cleanup()
  rmSync(scratch, {recursive: true, force: true})
}

const count = (list, test) => list.filter(test).length
// What pandoc 2.17 passes: its output means what the test expects (the
// writers of pandoc 2.17 and of the version the tests were written for spell
// some things differently: div attributes, escapes, line breaks).
const passed = results.filter((result) => result.pandocNormal)
console.log(version + ' · pandoc tests: ' + results.length + ' in scope, ' + outOfScope.size + ' run citeproc but are out of scope')
console.log('pandoc passes: ' + passed.length + ' (normalised; ' + count(results, (result) => result.pandocExact) + ' exactly as pandoc\'s harness compares)')
console.log(
  'argmark passes ' + count(passed, (result) => result.argmarkPasses) + ' of the ' + passed.length +
    ' pandoc passes (' + (passed.length === 0 ? 0 : Math.round((1000 * count(passed, (result) => result.argmarkPasses)) / passed.length) / 10) + '%); ' +
    count(results, (result) => result.argmarkPasses) + ' of all ' + results.length + '; ' +
    count(results, (result) => result.argmarkAsPandoc) + ' of ' + results.length + ' agree with pandoc ' + version.split(' ')[1] + '\'s own output'
)
console.log('\nby kind (argmark / pandoc passes):')
for (const [kind, description] of Object.entries(kinds)) {
  const inKind = passed.filter((result) => result.kind === kind)
  const all = results.filter((result) => result.kind === kind)
  if (all.length === 0) continue
  console.log(
    '  ' + (count(inKind, (result) => result.argmarkPasses) + ' / ' + inKind.length).padEnd(8) + description +
      (all.length > inKind.length ? ' (and ' + count(all.filter((result) => !result.pandocNormal), (result) => result.argmarkPasses) + ' of ' + (all.length - inKind.length) + ' pandoc fails)' : '')
  )
}
console.log('\nper test (P: pandoc passes, p: exactly too, A: argmark passes, =: argmark equals pandoc\'s output):')
for (const result of results) {
  console.log('  ' + (result.pandocNormal ? 'P' : '-') + (result.pandocExact ? 'p' : '-') + (result.argmarkPasses ? 'A' : '-') + (result.argmarkAsPandoc ? '=' : ' ') + ' ' + result.id + ' [' + result.kind + ']')
}
if (show) {
  for (const result of results) {
    if (result.argmarkPasses) continue
    if (result.pandocNormal) console.log('\n=== ' + result.id + ' (' + result.format + ')\n--- expected\n' + result.expected + '--- argmark\n' + result.rendered.stdout + (result.rendered.stderr ? '--- argmark stderr\n' + result.rendered.stderr : ''))
    else if (showPandoc) console.log('\n=== pandoc fails ' + result.id + ' (' + result.format + ')\n--- expected\n' + result.expected + '--- pandoc\n' + result.ours.stdout + result.ours.stderr)
  }
}
