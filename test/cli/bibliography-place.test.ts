import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'

// A bibliography the front matter names that cannot be read is reported at
// its path in the front matter, by `argmark check` and `argmark lint` alike.

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')

function argmark(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function workspace(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'argmark-bibliography-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text)
  return folder
}

beforeAll(() => {
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
})

describe('an unreadable bibliography on the command line', () => {
  const cwd = workspace({
    'refs.json': JSON.stringify([{id: 'ames2020', type: 'book', title: 'Harbour dues'}]),
    'draft.md': '---\ntitle: Harbour dues\nbibliography:\n  - refs.json\n  - gone.bib\n---\n\nDues rose [@ames2020].\n',
    'notes.txt': 'Ames, Harbour dues, 2020.\n',
    'notes.md': '---\nbibliography: notes.txt\n---\n\nDues rose.\n'
  })

  test.each(['check', 'lint'])('`argmark %s` places it at the path in the front matter', (verb) => {
    const result = argmark([verb, 'draft.md', 'notes.md'], cwd)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/\n5:5-5:13 +error Unexpected unreadable bibliography `gone\.bib`/u)
    expect(result.stderr).toMatch(/\n2:15-2:24 +error Unexpected bibliography `notes\.txt`/u)
  })

  test('guard: a path given with `--bibliography` is not in the document: no place', () => {
    const result = argmark(['lint', '--bibliography', 'gone.bib', 'draft.md'], cwd)
    expect(result.stderr).toMatch(/\n +error Unexpected unreadable bibliography `gone\.bib`/u)
  })
})
