import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'
import {checkRecord, type RunRecord} from '../../src/cli/run-record.js'

// `argmark lint --cache` records whole runs (src/cli/run-record.ts) and
// replays one, before loading the engine, while nothing it looked at changed.

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')

function argmark(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const marker = '(replayed from the run record)\n'

function runsFolder(cwd: string) {
  return path.join(cwd, 'node_modules/.cache/argmark/runs')
}

/** Add a marker to every recorded run's output: a run that prints it was replayed. */
function markRecords(cwd: string): number {
  const folder = runsFolder(cwd)
  const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')) : []
  for (const name of names) {
    const file = path.join(folder, name)
    const record = JSON.parse(readFileSync(file, 'utf8')) as {output: Array<[number, string]>}
    record.output.push([2, marker])
    writeFileSync(file, JSON.stringify(record))
  }
  return names.length
}

function replayed(result: {stderr: string}) {
  return result.stderr.endsWith(marker)
}

/** A folder with a draft citing a bibliography named in its front matter; recorded, marked. */
function project(files: Record<string, string> = {}) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'argmark-run-record-'))
  writeFileSync(path.join(cwd, 'refs.bib'), '@book{doe99, title = {A Book}, author = {Doe, Jane}, year = 1999}\n')
  writeFileSync(path.join(cwd, 'draft.md'), '---\nbibliography: refs.bib\n---\n\nStudies show that 45 per cent agree [@doe99]. A claim [@roe01].\n')
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, name)), {recursive: true})
    writeFileSync(path.join(cwd, name), value)
  }
  return cwd
}

const args = ['lint', '--cache', 'draft.md']

/** Record a run of `argv` in `cwd` and mark it; the run after it must be replayed. */
function recordAndMark(cwd: string, argv = args) {
  const first = argmark(argv, cwd)
  expect(markRecords(cwd)).toBe(1)
  const again = argmark(argv, cwd)
  expect(replayed(again)).toBe(true)
  expect(again.code).toBe(first.code)
  expect(again.stderr.slice(0, -marker.length)).toBe(first.stderr)
  return first
}

/** After a change, the run is not replayed and gives what a run without the cache gives. */
function expectFresh(cwd: string, argv = args) {
  const fresh = argmark(argv, cwd)
  expect(replayed(fresh)).toBe(false)
  const uncached = argmark(argv.filter((arg) => arg !== '--cache'), cwd)
  expect(fresh.stderr).toBe(uncached.stderr)
  expect(fresh.stdout).toBe(uncached.stdout)
  expect(fresh.code).toBe(uncached.code)
  return fresh
}

beforeAll(() => {
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
})

describe('argmark lint --cache, whole runs', () => {
  test('a replayed run prints what the normal path printed and exits with its code (the seed, several reporters)', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'argmark-run-record-'))
    copyFileSync(path.join(root, 'seeds/civil-society-migration-policy.md'), path.join(cwd, 'paper.md'))
    copyFileSync(path.join(root, 'seeds/sources.bib'), path.join(cwd, 'sources.bib'))
    for (const argv of [
      ['lint', '--cache', 'paper.md'],
      ['lint', '--cache', '--frail', '--report', 'json', 'paper.md']
    ]) {
      const uncached = argmark(argv.filter((arg) => arg !== '--cache'), cwd)
      const first = argmark(argv, cwd)
      const second = argmark(argv, cwd)
      expect(uncached.stderr.length).toBeGreaterThan(0)
      for (const run of [first, second]) {
        expect(run.stdout).toBe(uncached.stdout)
        expect(run.stderr).toBe(uncached.stderr)
        expect(run.code).toBe(uncached.code)
      }
    }
    // And the second runs came from the records.
    expect(markRecords(cwd)).toBe(2)
    expect(replayed(argmark(['lint', '--cache', 'paper.md'], cwd))).toBe(true)
  })

  test('an edited draft is linted again (and a failing run’s exit code is replayed)', () => {
    const cwd = project()
    expect(recordAndMark(cwd).code).toBe(1)
    writeFileSync(path.join(cwd, 'draft.md'), '---\nbibliography: refs.bib\n---\n\nA claim [@doe99].\n')
    expectFresh(cwd)
  })

  test('a configuration added where none was is read', () => {
    const cwd = project({'sub/.keep': ''})
    recordAndMark(cwd)
    writeFileSync(path.join(cwd, '.argmarkrc.json'), JSON.stringify({settings: {rules: {'unknown-citation-key': 'off'}}}))
    expect(expectFresh(cwd).stderr).not.toMatch(/roe01/)
  })

  test('a configuration in package.json, edited, is read again', () => {
    const cwd = project({'package.json': JSON.stringify({name: 'paper', private: true, argmark: {settings: {rules: {}}}})})
    recordAndMark(cwd)
    writeFileSync(path.join(cwd, 'package.json'), JSON.stringify({name: 'paper', private: true, argmark: {settings: {rules: {'unknown-citation-key': 'off'}}}}))
    expect(expectFresh(cwd).stderr).not.toMatch(/roe01/)
  })

  test('an edited .argmarkrc.json is read again', () => {
    const cwd = project({'.argmarkrc.json': JSON.stringify({settings: {rules: {}}})})
    recordAndMark(cwd)
    writeFileSync(path.join(cwd, '.argmarkrc.json'), JSON.stringify({settings: {rules: {'unknown-citation-key': 'off'}}}))
    expect(expectFresh(cwd).stderr).not.toMatch(/roe01/)
  })

  test('an edited bibliography is read again', () => {
    const cwd = project()
    const first = recordAndMark(cwd)
    expect(first.stderr).toMatch(/roe01/)
    writeFileSync(path.join(cwd, 'refs.bib'), readFileSync(path.join(cwd, 'refs.bib'), 'utf8') + '@book{roe01, title = {Another}, year = 2001}\n')
    expect(expectFresh(cwd).stderr).not.toMatch(/roe01/)
  })

  test('an edited kit, and a module the kit imports, are loaded again', () => {
    const cwd = project({
      '.argmarkrc.json': JSON.stringify({kit: './kit.mjs'}),
      'kit.mjs': "export * from './inner.mjs'\n",
      'inner.mjs': 'throw new Error("not ready")\n'
    })
    expect(recordAndMark(cwd).stderr).toMatch(/not ready/)
    writeFileSync(path.join(cwd, 'inner.mjs'), 'throw new Error("still not ready")\n')
    expect(expectFresh(cwd).stderr).toMatch(/still not ready/)
    markRecords(cwd)
    writeFileSync(path.join(cwd, 'kit.mjs'), 'throw new Error("kit replaced")\n')
    expect(expectFresh(cwd).stderr).toMatch(/kit replaced/)
  })

  test('a different command line is not replayed', () => {
    const cwd = project()
    recordAndMark(cwd)
    expectFresh(cwd, ['lint', '--cache', '--rule', 'unknown-citation-key=off', 'draft.md'])
    expectFresh(cwd, ['lint', '--cache', '--report', 'json', 'draft.md'])
  })

  test('a folder run sees a draft added to the folder', () => {
    const cwd = project()
    recordAndMark(cwd, ['lint', '--cache', '.'])
    writeFileSync(path.join(cwd, 'second.md'), 'Studies show that 46 per cent agree.\n')
    expect(expectFresh(cwd, ['lint', '--cache', '.']).stderr).toMatch(/second\.md/)
  })

  test('a record is checked against the argmark version (and the rest of its key)', () => {
    const cwd = project()
    argmark(args, cwd)
    const folder = runsFolder(cwd)
    const [name] = readdirSync(folder)
    const record = JSON.parse(readFileSync(path.join(folder, name!), 'utf8')) as RunRecord
    const cacheFolder = path.dirname(folder)
    expect(checkRecord(cacheFolder, record.key, () => false)).toEqual(record)
    expect(checkRecord(cacheFolder, {...record.key, version: record.key.version + '-next'}, () => false)).toBeUndefined()
    expect(checkRecord(cacheFolder, {...record.key, argv: [...record.key.argv, '--frail']}, () => false)).toBeUndefined()
    // A record under the right name whose own key differs is not used either.
    writeFileSync(path.join(folder, name!), JSON.stringify({...record, key: {...record.key, version: 'other'}}))
    expect(checkRecord(cacheFolder, record.key, () => false)).toBeUndefined()
  })
})
