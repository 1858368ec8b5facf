// Run every example: each examples/*.js, and each examples/*/run.js, one after another.
// Run: npm run examples (it builds first; the examples import `argmark` itself).
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

const folder = new URL('../examples/', import.meta.url).pathname
const programs = []
for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
  if (entry.isFile() && entry.name.endsWith('.js')) programs.push(join('examples', entry.name))
  else if (entry.isDirectory() && existsSync(join(folder, entry.name, 'run.js'))) programs.push(join('examples', entry.name, 'run.js'))
}

let failed = 0
for (const program of programs) {
  const result = spawnSync(process.execPath, [program], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
  const ok = result.status === 0
  if (!ok) failed++
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${program}`)
  if (!ok) console.log(result.stdout + result.stderr)
}
console.log(`${programs.length - failed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
