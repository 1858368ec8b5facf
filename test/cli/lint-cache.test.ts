import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
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

/** The reasons of a `--report json` run, by file. */
function reasons(stderr: string): Record<string, string[]> {
  const report = JSON.parse(stderr) as Array<{path: string; messages: Array<{reason: string}>}>
  return Object.fromEntries(report.map((file) => [file.path, file.messages.map((message) => message.reason)]))
}

/**
 * Mark each file's cached messages with "(cached) ", and drop the records of
 * whole runs (run-record.test.ts tests those), so the next run reads the
 * per-file entries.
 */
function markEntries(folder: string) {
  rmSync(path.join(folder, 'runs'), {recursive: true, force: true})
  for (const entry of readdirSync(folder)) {
    if (!entry.endsWith('.json')) continue
    const file = path.join(folder, entry)
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('"reason":"', '"reason":"(cached) '))
  }
}

beforeAll(() => {
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
})

describe('argmark lint --cache', () => {
  test('gives a file’s messages from the cache until the file, its bibliography or its settings change', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'argmark-cache-'))
    copyFileSync(path.join(root, 'seeds/civil-society-migration-policy.md'), path.join(cwd, 'paper.md'))
    copyFileSync(path.join(root, 'seeds/sources.bib'), path.join(cwd, 'sources.bib'))
    writeFileSync(path.join(cwd, 'note.md'), 'Studies show that 45 per cent agree.\n')

    const first = argmark(['lint', '--cache', '--report', 'json', '.'], cwd)
    const uncached = argmark(['lint', '--report', 'json', '.'], cwd)
    expect(reasons(first.stderr)).toEqual(reasons(uncached.stderr))
    expect(reasons(first.stderr)['note.md']!.length).toBeGreaterThan(0)
    const folder = path.join(cwd, 'node_modules/.cache/argmark')
    expect(readdirSync(folder).filter((entry) => entry.endsWith('.json'))).toHaveLength(2)

    // Mark the cached messages: a run that shows the mark read the cache, not the file.
    markEntries(folder)
    const second = argmark(['lint', '--cache', '--report', 'json', '.'], cwd)
    expect(second.code).toBe(first.code)
    for (const list of Object.values(reasons(second.stderr))) for (const reason of list) expect(reason).toMatch(/^\(cached\) /)

    // A changed draft is read again; the other still comes from the cache.
    writeFileSync(path.join(cwd, 'note.md'), 'Studies show that 46 per cent agree.\n')
    const edited = reasons(argmark(['lint', '--cache', '--report', 'json', '.'], cwd).stderr)
    expect(edited['note.md']!.every((reason) => !reason.startsWith('(cached)'))).toBe(true)
    expect(edited['paper.md']!.every((reason) => reason.startsWith('(cached)'))).toBe(true)

    // So is a draft whose bibliography changed, and every draft when the settings change.
    writeFileSync(path.join(cwd, 'sources.bib'), readFileSync(path.join(cwd, 'sources.bib'), 'utf8') + '\n')
    const bibliography = reasons(argmark(['lint', '--cache', '--report', 'json', '.'], cwd).stderr)
    expect(bibliography['paper.md']!.every((reason) => !reason.startsWith('(cached)'))).toBe(true)
    markEntries(folder)
    const settings = reasons(argmark(['lint', '--cache', '--rule', 'vague-attribution=off', '--report', 'json', '.'], cwd).stderr)
    for (const list of Object.values(settings)) for (const reason of list) expect(reason).not.toMatch(/^\(cached\) /)
    expect(settings['note.md']!.some((reason) => reason.includes('Studies show'))).toBe(false)
  })

  test('keeps a bibliography’s own problems, and reads `--bibliography` files into the key', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'argmark-cache-'))
    writeFileSync(path.join(cwd, 'refs.bib'), '@book{doe99, title = {A Book}, year = 1999}\n@article{broken, title = {Unclosed\n')
    writeFileSync(path.join(cwd, 'other.bib'), '@book{roe01, title = {Another}, year = 2001}\n')
    writeFileSync(path.join(cwd, 'draft.md'), '---\nbibliography: refs.bib\n---\n\nA claim [@doe99].\n')

    const uncached = argmark(['lint', '--report', 'json', '.'], cwd)
    const first = argmark(['lint', '--cache', '--report', 'json', '.'], cwd)
    expect(reasons(first.stderr)).toEqual(reasons(uncached.stderr))
    expect(reasons(first.stderr)['refs.bib']!.length).toBeGreaterThan(0)
    const folder = path.join(cwd, 'node_modules/.cache/argmark')
    markEntries(folder)
    const second = argmark(['lint', '--cache', '--report', 'json', '.'], cwd)
    expect(second.code).toBe(first.code)
    const cached = reasons(second.stderr)
    expect(cached['refs.bib']!.length).toBe(reasons(first.stderr)['refs.bib']!.length)
    for (const reason of cached['refs.bib']!) expect(reason).toMatch(/^\(cached\) /)

    // `--bibliography` replaces the front matter's: its text is in the key.
    const given = reasons(argmark(['lint', '--cache', '--bibliography', 'other.bib', '--report', 'json', '.'], cwd).stderr)
    expect(given['refs.bib']).toBeUndefined()
    expect(given['draft.md']!.some((reason) => reason.includes('doe99'))).toBe(true)
    markEntries(folder)
    writeFileSync(path.join(cwd, 'other.bib'), '@book{doe99, title = {Now here}, year = 1999}\n')
    const changed = reasons(argmark(['lint', '--cache', '--bibliography', 'other.bib', '--report', 'json', '.'], cwd).stderr)
    expect(changed['draft.md']!.some((reason) => reason.includes('doe99'))).toBe(false)
  })
})
