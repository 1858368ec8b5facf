// `npm run bench`: argmark's speed next to baselines measured in the same
// process, on the same machine, interleaved run by run: bare remark (with
// GFM and directives), Argdown (parse and model of the same argument in its
// own syntax) and, when installed, pandoc --citeproc (whole process).
// Medians of `--runs` runs (default 5). `--json` prints the results as JSON
// (shape in docs/performance.md) instead of tables. `--sizes 0.1,1` picks
// sizes in MiB (default 0.1, 1, 5), `--measures parse,lint` what to measure
// (default all), `--shapes annotated,plain` which shapes in which order
// (default all), `--no-seed` leaves the seed paper out, `--out file.json`
// writes the results so far after each draft (a run cut short keeps what it
// measured). Progress goes to stderr. Speed is never asserted: this is not
// a test.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {ArgdownApplication, ModelPlugin, ParserPlugin} from '@argdown/core'
import {check, createSession, lint, parse, render} from 'argmark'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {argdownDocument, citationItems, shapes} from './generate.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = path.join(root, 'dist/cli/argmark.js')
const mebibyte = 1024 * 1024
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index === -1 ? fallback : args[index + 1]
}

const runs = Number(option('--runs', '5'))
// `--max-seconds 120`: a measure stops taking runs on a draft once its runs
// there have used more than that many CPU seconds (it keeps at least one
// run; its entry says `capped: true` and how many `runs` it took). Default:
// no cap, every measure takes `--runs` runs.
const maxSeconds = Number(option('--max-seconds', 'Infinity'))
// `--measures parse,lint` measures only those (default: all).
const measures = new Set(option('--measures', 'remark,parse,check,lint,incremental,render,argdown,rss,process,cache').split(','))
const sizes = option('--sizes', '0.1,1,5').split(',').map(Number)
const json = args.includes('--json')
const out = option('--out', undefined)
// `--shapes annotated,plain`: those shapes, in that order (default: all).
const shapeNames = option('--shapes', Object.keys(shapes).join(',')).split(',')
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze()
const argdown = new ArgdownApplication()
argdown.addPlugin(new ParserPlugin(), 'parse-input')
argdown.addPlugin(new ModelPlugin(), 'build-model')

function argdownRun(document) {
  const response = argdown.run({input: document, process: ['parse-input', 'build-model']})
  if ((response.exceptions ?? []).length > 0) throw new Error('Argdown failed: ' + String(response.exceptions[0]))
}

// A child process measures one thing once and reports its peak memory.
if (args[0] === '--child') {
  const [, what, shape, bytes] = args
  const document = what === 'argdown' ? argdownDocument(Number(bytes)) : shapes[shape](Number(bytes))
  const start = performance.now()
  if (what === 'argdown') argdownRun(document)
  else lint(document, shape === 'citation-heavy' ? {sources: citationItems()} : {})
  const ms = performance.now() - start
  console.log(JSON.stringify({ms, maxRssKiB: process.resourceUsage().maxRSS}))
  process.exit(0)
}


// Wall and CPU milliseconds of one call.
function once(run) {
  const cpu = process.cpuUsage()
  const start = performance.now()
  run()
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  return {ms, cpuMs: (used.user + used.system) / 1000}
}

async function onceAsync(run) {
  const cpu = process.cpuUsage()
  const start = performance.now()
  await run()
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  return {ms, cpuMs: (used.user + used.system) / 1000}
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function summary(samples, bytes) {
  const ms = median(samples.map((sample) => sample.ms))
  const result = {ms: round(ms), cpuMs: round(median(samples.map((sample) => sample.cpuMs))), runs: samples.length}
  if (bytes !== undefined) result.mibPerS = round(bytes / mebibyte / (ms / 1000))
  return result
}

function round(value) {
  return Math.round(value * 100) / 100
}

const pandoc = spawnSync('pandoc', ['--version'], {encoding: 'utf8'}).status === 0
const style = '/usr/share/citation-style-language/styles/chicago-fullnote-bibliography-with-ibid.csl'
const csl = existsSync(style) ? ['--csl', style] : []

function child(what, shape, bytes) {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', what, shape, String(bytes)], {encoding: 'utf8', maxBuffer: 1 << 26})
  if (result.status !== 0) throw new Error('bench child failed: ' + result.stderr)
  return JSON.parse(result.stdout)
}

// Wall and CPU milliseconds of a whole process (its CPU time from the
// shell's `times`: the children's user and system time).
function wholeProcess(command, commandArgs, cwd) {
  const quoted = [command, ...commandArgs].map((arg) => "'" + arg.replaceAll("'", "'\\''") + "'").join(' ')
  const start = performance.now()
  const result = spawnSync('sh', ['-c', quoted + ' >/dev/null 2>&1; status=$?; times; exit $status'], {cwd, encoding: 'utf8'})
  const ms = performance.now() - start
  if (result.status !== 0 && command !== process.execPath) throw new Error(command + ' failed with status ' + String(result.status))
  const children = result.stdout.trim().split('\n').at(-1) ?? ''
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((match) => Number(match[1]) * 60 + Number(match[2]))
  return {ms, cpuMs: seconds.length === 2 ? (seconds[0] + seconds[1]) * 1000 : Number.NaN}
}

// A one-paragraph edit: a word added at the end of the paragraph that ends
// after `fraction` of the text.
function paragraphEdit(text, fraction) {
  let at = text.indexOf('\n\n', Math.floor(text.length * fraction))
  if (at === -1) at = text.length
  return {start: at, end: at, text: ' edited'}
}

const label = (size) => String(size) + 'MB'
const results = {shapes: {}}
const seedText = readFileSync(path.join(root, 'seeds/civil-society-migration-policy.md'), 'utf8')
const seedSources = (await import('argmark')).loadSources

async function measureDocument(shape, document, options, onRun) {
  const bytes = Buffer.byteLength(document)
  const samples = {remark: [], parse: [], check: [], lint: [], incremental: [], render: []}
  if (options.argdown) samples.argdown = []
  const session = createSession(options.lint)
  if (measures.has('incremental')) await session.update(document)
  let text = document
  // CPU milliseconds each measure has used on this draft, and whether it stopped at the cap.
  const spent = {}
  const capped = new Set()
  const take = (name) => {
    if (!measures.has(name === 'argdown' ? 'argdown' : name) || !samples[name]) return false
    if (samples[name].length >= runs) return false
    if ((spent[name] ?? 0) > maxSeconds * 1000) {
      capped.add(name)
      return false
    }
    return true
  }
  const record = (name, sample) => {
    samples[name].push(sample)
    spent[name] = (spent[name] ?? 0) + sample.cpuMs
  }
  for (let run = 0; run < runs; run++) {
    if (take('remark')) record('remark', once(() => remark.parse(document)))
    if (take('parse')) record('parse', once(() => parse(document)))
    if (take('check')) record('check', once(() => check(document, options.lint)))
    if (take('lint')) record('lint', once(() => lint(document, options.lint)))
    if (take('incremental')) {
      const edit = paragraphEdit(text, 0.2 + (0.6 * run) / runs)
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end)
      record('incremental', await onceAsync(() => session.update([edit])))
    }
    if (take('render')) record('render', once(() => render(document, options.lint)))
    if (options.argdown && take('argdown')) record('argdown', once(() => argdownRun(options.argdown)))
    onRun?.(summarize(samples, capped, bytes))
    process.stderr.write(`  ${shape} ${bytes} bytes: run ${run + 1} of ${runs} (${new Date().toISOString().slice(11, 19)})\n`)
  }
  return summarize(samples, capped, bytes)
}

// Medians and ratios of the samples so far.
function summarize(samples, capped, bytes) {
  const measured = {}
  for (const [name, list] of Object.entries(samples)) {
    if (list.length > 0) measured[name] = summary(list, name === 'incremental' ? undefined : bytes)
    if (capped.has(name)) measured[name].capped = true
  }
  measured.bytes = bytes
  const base = measured.remark?.ms
  for (const name of ['parse', 'check', 'lint', 'render']) {
    if (measured[name] && base !== undefined) {
      measured[name].ratio = round(measured[name].ms / base)
      measured[name].cpuRatio = round(measured[name].cpuMs / measured.remark.cpuMs)
    }
  }
  if (measured.argdown) {
    if (base !== undefined) measured.argdown.ratio = round(measured.argdown.ms / base)
    for (const name of ['parse', 'check', 'lint']) {
      if (measured[name]) {
        measured[name].ratioArgdown = round(measured[name].ms / measured.argdown.ms)
        measured[name].cpuRatioArgdown = round(measured[name].cpuMs / measured.argdown.cpuMs)
      }
    }
  }
  return measured
}

const log = (line) => {
  if (!json) console.log(line)
}

log(`argmark bench: medians of ${runs} runs, interleaved; ratios are argmark/remark unless said`)
const started = Date.now()
// The 1-minute load average when the run started and the highest seen at
// each save (the CPU times are steadier than wall times under load).
const loadAtStart = round(os.loadavg()[0])
let loadMax = loadAtStart


// The seed paper first (the editor case): it is quick, and a run cut short has it.
if (!args.includes('--no-seed')) {
  const directory = path.join(root, 'seeds')
  const loaded = await seedSources({bibliography: 'sources.bib'}, (name) => readFileSync(path.join(directory, name), 'utf8'))
  const measured = await measureDocument('seed', seedText, {lint: {sources: loaded}})
  if (measures.has('cache')) measured.cacheProcess = cacheProcesses()
  results.shapes.seed = {seed: measured}
  printSize('seed', 'seed', measured)
  save()
}

for (const shape of shapeNames) {
  const generate = shapes[shape]
  if (!generate) throw new Error('bench: unknown shape `' + shape + '`, expected one of ' + Object.keys(shapes).join(', '))
  results.shapes[shape] = {}
  for (const size of sizes) {
    const document = generate(size * mebibyte)
    const options = {lint: shape === 'citation-heavy' ? {sources: citationItems()} : {}}
    if (shape === 'annotated') options.argdown = argdownDocument(Buffer.byteLength(document))
    // The runs so far are written to `--out` after each run (`partial: true`).
    const measured = await measureDocument(shape, document, options, (soFar) => {
      results.shapes[shape][label(size)] = {...soFar, partial: true}
      save()
    })
    if (measures.has('rss')) {
      const memory = child('lint', shape, size * mebibyte)
      measured.peakRss = {argmarkLintMiB: round(memory.maxRssKiB / 1024)}
      if (shape === 'annotated') {
        const argdownMemory = child('argdown', shape, size * mebibyte)
        measured.peakRss.argdownMiB = round(argdownMemory.maxRssKiB / 1024)
        measured.peakRss.ratio = round(memory.maxRssKiB / argdownMemory.maxRssKiB)
      }
    }
    if (shape === 'citation-heavy' && size <= 1 && measures.has('process')) measured.renderProcess = renderProcesses(document)
    results.shapes[shape][label(size)] = measured
    printSize(shape, size, measured)
    save()
  }
  const small = results.shapes[shape][label(1)]
  const large = results.shapes[shape][label(5)]
  if (small && large) {
    const scaling = {}
    for (const name of ['remark', 'parse', 'check', 'lint', 'render', 'argdown']) {
      if (large[name] && small[name]) scaling[name] = round(large[name].ms / small[name].ms)
    }
    results.shapes[shape].scaling = scaling
    // The same on CPU time, steadier than wall time on a loaded machine.
    const cpuScaling = {}
    for (const name of Object.keys(scaling)) cpuScaling[name] = round(large[name].cpuMs / small[name].cpuMs)
    results.shapes[shape].cpuScaling = cpuScaling
    log(`  ${shape}: 1 → 5 MB scaling ${Object.entries(scaling).map(([name, factor]) => name + ' ' + factor + '×').join(', ')}`)
  }
}

// Whole-process `argmark render` of the citation-heavy draft against pandoc --citeproc, same CSL style.
function renderProcesses(document) {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'argmark-bench-'))
  try {
    writeFileSync(path.join(directory, 'draft.md'), document)
    writeFileSync(path.join(directory, 'sources.json'), JSON.stringify(citationItems()))
    const argmarkSamples = []
    const pandocSamples = []
    for (let run = 0; run < runs; run++) {
      argmarkSamples.push(wholeProcess(process.execPath, [cli, 'render', 'draft.md', ...csl, '-o', 'argmark.md'], directory))
      if (pandoc) {
        pandocSamples.push(
          wholeProcess('pandoc', ['--citeproc', '--bibliography', 'sources.json', ...csl, '-f', 'markdown', '-t', 'gfm', 'draft.md', '-o', 'pandoc.md'], directory)
        )
      }
    }
    const result = {argmark: summary(argmarkSamples)}
    if (pandoc) {
      result.pandoc = summary(pandocSamples)
      result.ratio = round(result.argmark.ms / result.pandoc.ms)
      result.cpuRatio = round(result.argmark.cpuMs / result.pandoc.cpuMs)
    } else {
      result.pandoc = null
    }
    return result
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}

function processWithCpu(nodeArgs, cwd) {
  return wholeProcess(process.execPath, nodeArgs, cwd)
}

// Whole-process `argmark lint --cache` on the seed (with its bibliography):
// the first run (empty cache) against the second (the file unchanged).
function cacheProcesses() {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'argmark-bench-'))
  try {
    for (const name of ['civil-society-migration-policy.md', 'sources.bib']) {
      writeFileSync(path.join(directory, name), readFileSync(path.join(root, 'seeds', name)))
    }
    const first = []
    const second = []
    for (let run = 0; run < runs; run++) {
      rmSync(path.join(directory, 'node_modules'), {recursive: true, force: true})
      first.push(processWithCpu([cli, 'lint', '--cache', 'civil-society-migration-policy.md'], directory))
      second.push(processWithCpu([cli, 'lint', '--cache', 'civil-society-migration-policy.md'], directory))
    }
    const result = {first: summary(first), second: summary(second)}
    result.ratio = round(result.second.ms / result.first.ms)
    result.cpuRatio = round(result.second.cpuMs / result.first.cpuMs)
    return result
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}

function machine() {
  loadMax = Math.max(loadMax, round(os.loadavg()[0]))
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: process.platform + ' ' + os.release(),
    loadAverage: os.loadavg().map(round),
    loadAtStart,
    loadMax,
    pandoc: pandoc ? spawnSync('pandoc', ['--version'], {encoding: 'utf8'}).stdout.split('\n')[0] : null
  }
}

// The results so far, with the machine and its load now, to `--out`.
function save() {
  if (out === undefined) return
  writeFileSync(out, JSON.stringify({...results, machine: machine(), runs, seconds: Math.round((Date.now() - started) / 1000), partial: true}, null, 2) + '\n')
}

function printSize(shape, size, measured) {
  log(`\n${shape}, ${size === 'seed' ? 'the seed paper' : label(size)} (${measured.bytes} bytes)`)
  for (const name of ['remark', 'parse', 'check', 'lint', 'render', 'argdown', 'incremental']) {
    const entry = measured[name]
    if (!entry) continue
    const speed = entry.mibPerS === undefined ? '' : entry.mibPerS.toFixed(2).padStart(7) + ' MiB/s'
    const ratio = entry.ratio === undefined ? '' : ('×' + entry.ratio.toFixed(2)).padStart(8)
    const argdownRatio = entry.ratioArgdown === undefined ? '' : '  ' + entry.ratioArgdown.toFixed(2) + '× Argdown'
    const few = entry.runs < runs ? `  (${entry.runs} of ${runs} runs: over --max-seconds)` : ''
    log(`  ${name.padEnd(12)} ${entry.ms.toFixed(1).padStart(9)} ms (cpu ${entry.cpuMs.toFixed(1).padStart(9)}) ${speed.padStart(13)} ${ratio}${argdownRatio}${few}`)
  }
  if (measured.peakRss) {
    const rss = measured.peakRss
    log(`  peak RSS     lint ${rss.argmarkLintMiB} MiB` + (rss.argdownMiB === undefined ? '' : `, Argdown ${rss.argdownMiB} MiB (${rss.ratio}×)`))
  }
  if (measured.cacheProcess) {
    const {first, second, ratio, cpuRatio} = measured.cacheProcess
    log(`  argmark lint --cache (process) first ${first.ms.toFixed(0)} ms, second ${second.ms.toFixed(0)} ms (${ratio}×; CPU ${cpuRatio}×)`)
  }
  if (measured.renderProcess) {
    const {argmark, pandoc: other, ratio} = measured.renderProcess
    log(`  argmark render (process) ${argmark.ms.toFixed(0)} ms; ` + (other ? `pandoc --citeproc ${other.ms.toFixed(0)} ms (${ratio}×)` : 'pandoc: not installed'))
  }
}

results.machine = machine()
results.runs = runs
results.seconds = Math.round((Date.now() - started) / 1000)
if (out !== undefined) writeFileSync(out, JSON.stringify(results, null, 2) + '\n')
if (json) console.log(JSON.stringify(results, null, 2))
else log(`\n${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}, load ${results.machine.loadAverage.join(' ')}; ${results.seconds} s`)
