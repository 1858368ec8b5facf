// `node bench/incremental.js [seed|plain|annotated|list-heavy|citation-heavy] [MiB]`:
// an editor session's update alone, after one-paragraph edits (a word added
// at the end of the paragraph that ends after 20 % to 80 % of the text, 9
// edits), with nothing else running in the process. Prints each update's
// wall and CPU milliseconds and what it did, and the medians. Not a test:
// speed is never asserted. Run `npm run build` first.
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {createSession} from 'argmark'
import {citationItems, shapes} from './generate.js'

const shape = process.argv[2] ?? 'seed'
const mebibytes = Number(process.argv[3] ?? '1')
const seedPath = new URL('../seeds/civil-society-migration-policy.md', import.meta.url)
const document = shape === 'seed' ? readFileSync(seedPath, 'utf8') : shapes[shape](mebibytes * 1024 * 1024)
const session = createSession(shape === 'citation-heavy' ? {sources: citationItems()} : {})
await session.update(document)
let text = document
const samples = []
for (let run = 0; run < 9; run++) {
  let at = text.indexOf('\n\n', Math.floor(text.length * (0.2 + (0.6 * run) / 9)))
  if (at === -1) at = text.length
  const edit = {start: at, end: at, text: ' edited'}
  text = text.slice(0, at) + edit.text + text.slice(at)
  const cpu = process.cpuUsage()
  const start = performance.now()
  await session.update([edit])
  const used = process.cpuUsage(cpu)
  samples.push({ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, ...session.stats})
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
for (const sample of samples) console.log(JSON.stringify({...sample, ms: Math.round(sample.ms), cpuMs: Math.round(sample.cpuMs)}))
console.log(`${shape}${shape === 'seed' ? '' : ' ' + mebibytes + ' MiB'}: median ${median(samples.map((s) => s.ms)).toFixed(1)} ms wall, ${median(samples.map((s) => s.cpuMs)).toFixed(1)} ms CPU`)
