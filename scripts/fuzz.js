// Run every property test with a new random seed and many more runs than
// `npm test` does: a wide search for counterexamples, not part of the suite.
// Run: npm run test:fuzz [-- <factor>]  (default factor 20; the seed is printed,
// and ARGMARK_FUZZ_SEED=<seed> repeats a run). A counterexample found here
// becomes a fixed test.
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'

const factor = process.argv[2] ?? '20'
const root = new URL('../', import.meta.url).pathname
const files = readdirSync(path.join(root, 'test'), {recursive: true, encoding: 'utf8'})
  .filter((name) => name.endsWith('.test.ts') && readFileSync(path.join(root, 'test', name), 'utf8').includes('fc.assert'))
  .map((name) => path.join('test', name))

console.log('Fuzzing ' + files.length + ' files with ' + factor + '× the runs')
const result = spawnSync('npx', ['vitest', 'run', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: {...process.env, ARGMARK_FUZZ: factor}
})
process.exit(result.status ?? 1)
