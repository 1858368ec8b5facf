import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {isInside} from '../../src/cli/sources.js'

const bin = fileURLToPath(new URL('../../dist/cli/argmark.js', import.meta.url))

describe('bibliographies a draft names stay inside the project folder', () => {
  let home: string
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: path.join(home, 'project'), encoding: 'utf8'})

  beforeAll(() => {
    home = mkdtempSync(path.join(tmpdir(), 'argmark-confine-'))
    mkdirSync(path.join(home, 'project'))
    writeFileSync(path.join(home, 'outside.bib'), '@book{doe, title={Borders}, author={Doe, Jane}, year=2001}\n')
    writeFileSync(path.join(home, 'project/inside.bib'), '@book{doe, title={Borders}, author={Doe, Jane}, year=2001}\n')
    writeFileSync(path.join(home, 'project/out.md'), '---\nbibliography: ../outside.bib\n---\n\nCited [@doe].\n')
    writeFileSync(path.join(home, 'project/in.md'), '---\nbibliography: inside.bib\n---\n\nCited [@doe].\n')
    writeFileSync(path.join(home, 'project/style.md'), '---\ncsl: ../style.csl\n---\n\nWords.\n')
  })

  afterAll(() => {
    if (home) rmSync(home, {recursive: true, force: true})
  })

  test('a path outside is refused with a message that says how to allow it', () => {
    const result = run('check', 'out.md')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'Unexpected unreadable bibliography `../outside.bib` (`../outside.bib` is outside the project folder `' +
        path.join(home, 'project') + '`; pass `--allow-outside` to read it), expected a readable file'
    )
  })

  test('`--allow-outside` reads it', () => {
    const result = run('check', 'out.md', '--allow-outside')
    expect(result.stderr).toContain('no issues found')
    expect(result.status).toBe(0)
  })

  test('a path inside is read', () => {
    const result = run('check', 'in.md')
    expect(result.stderr).toContain('no issues found')
    expect(result.status).toBe(0)
  })

  test('a style outside is refused by render, with the same message', () => {
    const result = run('render', 'style.md')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'argmark render: style `../style.csl` is outside the project folder `' + path.join(home, 'project') +
        '`; pass `--allow-outside` to read it (the `csl` of `style.md`)'
    )
  })

  test('isInside', () => {
    expect(isInside('/a/b', '/a/b/c.bib')).toBe(true)
    expect(isInside('/a/b', '/a/b')).toBe(true)
    expect(isInside('/a/b', '/a/bc.bib')).toBe(false)
    expect(isInside('/a/b', '/a/b/../c.bib')).toBe(false)
    expect(isInside('/a/b', '/etc/passwd')).toBe(false)
  })
})
