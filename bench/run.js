// `npm run bench`: argmark's speed as ratios against baselines measured in the
// same run, on the same machine: bare remark-parse, Argdown (parse and model of
// the same argument in its own syntax) and, when installed, pandoc.
import {spawnSync} from 'node:child_process'
import {ArgdownApplication, ModelPlugin, ParserPlugin} from '@argdown/core'
import {performance} from 'node:perf_hooks'
import {check, format, lint, parse} from 'argmark'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {annotatedDocument, argdownDocument, plainDocument} from './generate.js'

const megabyte = 1024 * 1024
const remark = unified().use(remarkParse)

function time(run, repeat = 3) {
  let best = Number.POSITIVE_INFINITY
  for (let index = 0; index < repeat; index++) {
    const start = performance.now()
    run()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

function pandocTime(document) {
  const probe = spawnSync('pandoc', ['--version'], {encoding: 'utf8'})
  if (probe.status !== 0) return undefined
  return time(() => {
    const result = spawnSync('pandoc', ['-f', 'markdown', '-t', 'json'], {input: document, maxBuffer: 1 << 30})
    if (result.status !== 0) throw new Error('pandoc failed: ' + String(result.stderr))
  }, 2)
}

const argdown = new ArgdownApplication()
argdown.addPlugin(new ParserPlugin(), 'parse-input')
argdown.addPlugin(new ModelPlugin(), 'build-model')

function argdownTime(document) {
  return time(() => {
    const response = argdown.run({input: document, process: ['parse-input', 'build-model']})
    if ((response.exceptions ?? []).length > 0) throw new Error('Argdown failed: ' + String(response.exceptions[0]))
  })
}

function row(name, ms, bytes, baseline) {
  const speed = bytes / megabyte / (ms / 1000)
  const ratio = baseline === undefined ? '' : (ms / baseline).toFixed(2) + '×'
  return `  ${name.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms ${speed.toFixed(2).padStart(7)} MiB/s ${ratio.padStart(8)}`
}

for (const [label, document] of [
  ['annotated, 1 MiB', annotatedDocument(megabyte)],
  ['plain prose, 1 MiB', plainDocument(megabyte)]
]) {
  const bytes = Buffer.byteLength(document)
  const bare = time(() => remark.parse(document))
  console.log(`${label} (${bytes} bytes); ratios are to bare remark-parse`)
  console.log(row('remark-parse (baseline)', bare, bytes, bare))
  console.log(row('argmark parse', time(() => parse(document)), bytes, bare))
  console.log(row('argmark check', time(() => check(document)), bytes, bare))
  console.log(row('argmark lint (strict)', time(() => lint(document, {preset: 'strict'}), 1), bytes, bare))
  console.log(row('argmark format', time(() => format(document), 1), bytes, bare))
  const pandoc = pandocTime(document)
  console.log(pandoc === undefined ? '  pandoc: not installed' : row('pandoc -t json', pandoc, bytes, bare))
  if (label.startsWith('annotated')) {
    // Same size, same argument, Argdown's syntax: its parse + model against remark's parse of ours.
    const argdownInput = argdownDocument(bytes)
    console.log(row('Argdown parse + model', argdownTime(argdownInput), Buffer.byteLength(argdownInput), bare))
  }
  console.log('')
}

// Linear in the document: time per byte should not grow with size.
console.log('argmark check by size (annotated); per-MiB time should stay flat')
for (const size of [0.25, 0.5, 1, 2]) {
  const document = annotatedDocument(size * megabyte)
  const ms = time(() => check(document), 1)
  console.log(`  ${String(size).padStart(5)} MiB ${ms.toFixed(0).padStart(7)} ms ${(ms / size).toFixed(0).padStart(7)} ms/MiB`)
}

// Rendering: footnoted Markdown from a draft of 4,000 citations of 200 sources,
// against pandoc --citeproc on the same draft and the same CSL items.
{
  const argmark = await import('argmark')
  const items = Array.from({length: 200}, (_, index) => ({
    id: 'k' + index,
    type: index % 2 ? 'book' : 'article-journal',
    title: 'A study of things number ' + index,
    author: [{family: 'Author' + (index % 37), given: 'Ann'}],
    issued: {'date-parts': [[1950 + (index % 60)]]},
    publisher: 'Press',
    'publisher-place': 'City',
    'container-title': 'Journal',
    volume: String(index)
  }))
  const sentences = []
  let seed = 7
  for (let index = 0; index < 4000; index++) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    sentences.push(`Sentence ${index} about policy and networks [@k${seed % 200}, p. ${seed % 300}].` + (index % 5 === 4 ? '\n\n' : ' '))
  }
  const document = sentences.join('')
  const bytes = Buffer.byteLength(document)
  console.log(`\nrender, 4,000 citations (${bytes} bytes); ratio is to pandoc --citeproc -t gfm`)
  if (typeof argmark.render !== 'function') {
    console.log('  argmark render: not exported from argmark')
  } else {
    const {mkdtempSync, writeFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const path = await import('node:path')
    const directory = mkdtempSync(path.join(tmpdir(), 'argmark-bench-'))
    writeFileSync(path.join(directory, 'draft.md'), document)
    writeFileSync(path.join(directory, 'sources.json'), JSON.stringify(items))
    const probe = spawnSync('pandoc', ['--version'], {encoding: 'utf8'})
    const pandoc =
      probe.status === 0
        ? time(() => {
            const result = spawnSync(
              'pandoc',
              ['--citeproc', '--bibliography', path.join(directory, 'sources.json'), '-f', 'markdown', '-t', 'gfm', path.join(directory, 'draft.md')],
              {maxBuffer: 1 << 30}
            )
            if (result.status !== 0) throw new Error('pandoc failed: ' + String(result.stderr))
          }, 1)
        : undefined
    console.log(pandoc === undefined ? '  pandoc: not installed' : row('pandoc --citeproc -t gfm', pandoc, bytes, pandoc))
    console.log(row('argmark render (markdown)', time(() => argmark.render(document, {sources: items}), 1), bytes, pandoc))
  }
}
