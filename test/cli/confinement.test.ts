import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
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
    // Links inside the project to files outside it.
    symlinkSync(path.join(home, 'outside.bib'), path.join(home, 'project/linked.bib'))
    writeFileSync(path.join(home, 'project/linked.md'), '---\nbibliography: linked.bib\n---\n\nCited [@doe].\n')
    writeFileSync(path.join(home, 'style.csl'), 'not a style')
    symlinkSync(path.join(home, 'style.csl'), path.join(home, 'project/linked.csl'))
    writeFileSync(path.join(home, 'project/linked-style.md'), '---\ncsl: linked.csl\n---\n\nWords.\n')
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

  test('a link inside the project to a bibliography outside it is outside (real paths are compared)', () => {
    const result = run('check', 'linked.md')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('(`linked.bib` is outside the project folder `' + path.join(home, 'project') + '`; pass `--allow-outside` to read it)')
    expect(run('check', 'linked.md', '--allow-outside').status).toBe(0)
  })

  test('a link inside the project to a style outside it is refused by render', () => {
    const result = run('render', 'linked-style.md')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('argmark render: style `linked.csl` is outside the project folder `' + path.join(home, 'project') + '`')
  })

  test('isInside follows symbolic links', () => {
    expect(isInside(path.join(home, 'project'), path.join(home, 'project/linked.bib'))).toBe(false)
    expect(isInside(path.join(home, 'project'), path.join(home, 'project/inside.bib'))).toBe(true)
    // A path that does not exist is judged by its nearest existing folder.
    expect(isInside(path.join(home, 'project'), path.join(home, 'project/missing/x.bib'))).toBe(true)
  })

  test('isInside', () => {
    expect(isInside('/a/b', '/a/b/c.bib')).toBe(true)
    expect(isInside('/a/b', '/a/b')).toBe(true)
    expect(isInside('/a/b', '/a/bc.bib')).toBe(false)
    expect(isInside('/a/b', '/a/b/../c.bib')).toBe(false)
    expect(isInside('/a/b', '/etc/passwd')).toBe(false)
  })
})

// A kit module is code: one a configuration file names is loaded only from
// inside the project (the working folder), real paths compared.
describe('kits a configuration names stay inside the project folder', () => {
  let home: string
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: path.join(home, 'project'), encoding: 'utf8'})
  const kit = "import {defaultKit} from 'argmark'\nexport default defaultKit.extend({kinds: {memo: {description: 'A note.'}}})\n"
  const draft = ':memo[A note]{#m}\n'

  beforeAll(() => {
    home = mkdtempSync(path.join(tmpdir(), 'argmark-confine-kit-'))
    mkdirSync(path.join(home, 'node_modules'))
    symlinkSync(fileURLToPath(new URL('../..', import.meta.url)), path.join(home, 'node_modules/argmark'), 'dir')
    writeFileSync(path.join(home, 'kit.mjs'), kit)
    for (const [folder, specifier] of [['outside', '../../kit.mjs'], ['absolute', path.join(home, 'kit.mjs')], ['linked', './kit.mjs'], ['inside', './own.mjs']]) {
      mkdirSync(path.join(home, 'project', folder!), {recursive: true})
      writeFileSync(path.join(home, 'project', folder!, '.argmarkrc.json'), JSON.stringify({kit: specifier}))
      writeFileSync(path.join(home, 'project', folder!, 'draft.md'), draft)
    }
    symlinkSync(path.join(home, 'kit.mjs'), path.join(home, 'project/linked/kit.mjs'))
    writeFileSync(path.join(home, 'project/inside/own.mjs'), kit)
  })

  afterAll(() => {
    if (home) rmSync(home, {recursive: true, force: true})
  })

  for (const [folder, specifier] of [['outside', '../../kit.mjs'], ['linked', './kit.mjs']] as const) {
    test('a kit outside, named ' + (folder === 'linked' ? 'by a link inside the project' : 'by a relative path') + ', is refused; `--allow-outside` loads it', () => {
      const refused = run('check', folder + '/draft.md')
      expect(refused.status).toBe(2)
      expect(refused.stderr).toContain(
        'cannot load kit `' + specifier + '` (from ' + path.join(home, 'project', folder, '.argmarkrc.json') +
          '): it is outside the project folder `' + path.join(home, 'project') + '`; pass `--allow-outside` to load it (a kit module is code)'
      )
      const allowed = run('check', folder + '/draft.md', '--allow-outside')
      expect(allowed.stderr).toContain('no issues found')
      expect(allowed.status).toBe(0)
    })
  }

  test('a kit named by an absolute path outside is refused', () => {
    const refused = run('check', 'absolute/draft.md')
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('it is outside the project folder')
  })

  test('a kit inside the project loads', () => {
    const result = run('check', 'inside/draft.md')
    expect(result.stderr).toContain('no issues found')
    expect(result.status).toBe(0)
  })

  test('`--kit` is the user’s: not confined', () => {
    const result = run('check', 'inside/draft.md', '--kit', '../kit.mjs')
    expect(result.stderr).toContain('no issues found')
    expect(result.status).toBe(0)
  })
})
