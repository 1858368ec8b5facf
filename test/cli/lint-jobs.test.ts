import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')

function argmark(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

beforeAll(() => {
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
  expect(existsSync(path.join(root, 'dist/cli/lint-worker.js')), 'the worker script is built').toBe(true)
})

describe('argmark lint --jobs', () => {
  test('lints many files on worker threads with the same report as on one', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'argmark-jobs-'))
    copyFileSync(path.join(root, 'seeds/sources.bib'), path.join(cwd, 'sources.bib'))
    for (let index = 0; index < 6; index++) copyFileSync(path.join(root, 'seeds/civil-society-migration-policy.md'), path.join(cwd, 'paper' + index + '.md'))
    writeFileSync(path.join(cwd, 'note.md'), 'Studies show that 45 per cent agree.\n\n:claim[A]{#a supports=nowhere}\n')
    writeFileSync(path.join(cwd, '.argmarkrc.json'), JSON.stringify({settings: {rules: {'vague-attribution': 'error'}}}))
    // A bibliography's own problems come back from the threads too, on the bibliography.
    writeFileSync(path.join(cwd, 'refs.bib'), '@article{broken, title = {Unclosed\n')
    writeFileSync(path.join(cwd, 'broken.md'), '---\nbibliography: refs.bib\n---\n\nPlain text.\n')

    const one = argmark(['lint', '--jobs', '1', '--report', 'json', '.'], cwd)
    const threads = argmark(['lint', '--jobs', '3', '--report', 'json', '.'], cwd)
    const automatic = argmark(['lint', '--report', 'json', '.'], cwd)
    expect(one.code).toBe(1)
    expect(threads.code).toBe(1)
    expect(JSON.parse(threads.stderr)).toEqual(JSON.parse(one.stderr))
    expect(JSON.parse(automatic.stderr)).toEqual(JSON.parse(one.stderr))
    expect((JSON.parse(threads.stderr) as Array<{path: string; messages: unknown[]}>).find((file) => file.path === 'refs.bib')?.messages.length).toBeGreaterThan(0)
    const note = (JSON.parse(one.stderr) as Array<{path: string; messages: Array<{ruleId: string; fatal: boolean}>}>).find((file) => file.path === 'note.md')!
    expect(note.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['vague-attribution', true],
      ['uncited-statistic', false],
      ['unsupported-claim', false],
      ['unknown-reference', true]
    ])
  })

  test('takes a whole number of threads', () => {
    const result = argmark(['lint', '--jobs', 'many', '.'], mkdtempSync(path.join(tmpdir(), 'argmark-jobs-')))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unexpected `--jobs many`')
  })
})
