// The reviewer's CI of argmark.yml, run here as GitHub's runner would run it:
// each `run:` step of the workflow, in order, in this folder (its drafts and
// .argmarkrc.json), with `npx argmark` meaning this checkout's build. A step
// that fails stops the job unless it says `if: always()`, as on GitHub.
// Run: node examples/github-actions/run.js (after npm run build).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'

const here = dirname(fileURLToPath(import.meta.url))
const argmark = join(here, '../../dist/cli/argmark.js')
const workflow = parse(readFileSync(join(here, 'argmark.yml'), 'utf8'))
const out = mkdtempSync(join(tmpdir(), 'argmark-ci-'))

let failed = false
const annotations = []
for (const step of workflow.jobs.lint.steps) {
  // `npm ci` installs argmark in a repository of drafts; here it is built already.
  if (typeof step.run !== 'string' || step.run.startsWith('npm ')) continue
  if (failed && step.if !== 'always()') continue
  const [command, ...rest] = step.run.trim().split(/\s+/)
  if (command !== 'npx' || rest[0] !== 'argmark') throw new Error('Unexpected step `' + step.run + '`, expected `npx argmark …`')
  // The artifact folder goes to a temporary folder, not into the example.
  const args = rest.slice(1).map((each) => (each === 'out/' ? out + '/' : each))
  const result = spawnSync(process.execPath, [argmark, ...args], {cwd: here, encoding: 'utf8'})
  console.log(`$ ${step.run}  → exit ${result.status}`)
  for (const line of (result.stdout + result.stderr).split('\n')) {
    if (line.startsWith('::')) annotations.push(line)
  }
  if (result.status !== 0) failed = true
}

// What a reviewer sees: the pull request annotated, the job failed on the
// draft with an error, every draft rendered for reading.
const rendered = readdirSync(out).sort()
console.log(annotations.map((line) => '  ' + line.split('::').slice(0, 2).join('::')).join('\n'))
console.log(`rendered: ${rendered.join(', ')}`)
const expected =
  failed &&
  annotations.some((line) => line.startsWith('::error file=drafts/needs-work.md') && line.includes('unsupported-claim')) &&
  annotations.some((line) => line.includes('uncited-statistic')) &&
  !annotations.some((line) => line.includes('drafts/ready.md')) &&
  rendered.join() === 'needs-work.html,ready.html'
rmSync(out, {recursive: true, force: true})
if (!expected) {
  console.error('Unexpected outcome, expected the lint step to fail on drafts/needs-work.md alone and both drafts rendered')
  process.exit(1)
}
console.log('the job fails on drafts/needs-work.md, as a reviewer wants')
