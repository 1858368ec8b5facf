import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {renderCommand} from '../../src/cli/render-command.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

async function run(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const code = await renderCommand(argv, {stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd})
  return {code, stdout, stderr}
}

function workspace(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'argmark-render-cli-'))
  writeFileSync(path.join(directory, 'refs.json'), readFileSync(path.join(root, 'test/fixtures/render/sources.json')))
  return directory
}

describe('argmark render', () => {
  test('reads `bibliography:` relative to the draft and writes Markdown', async () => {
    const directory = workspace()
    writeFileSync(path.join(directory, 'draft.md'), '---\nbibliography: refs.json\n---\n\nA :claim[claim]{#c} [@doe99, p. 2].\n')
    const {code, stdout, stderr} = await run(['draft.md'], directory)
    // The draft is checked as `check` checks it: the shared bibliography has sources it does not cite.
    expect(code).toBe(0)
    expect(stderr.split('\n').filter((line) => / (?:warning|error) /.test(line)).map((line) => line.trim().split(/\s+/).at(-2))).toEqual([
      'unused-source',
      'unused-source'
    ])
    expect(stdout).toBe('A claim.[^1]\n\n[^1]: John Doe, *The Book of Things: A Study* (New York: Acme Press, 1999), 2.\n')
  })

  test('takes `csl:` from the front matter, `--to text` and `-o` (making its folder)', async () => {
    const directory = workspace()
    writeFileSync(path.join(directory, 'apa.csl'), readFileSync(new URL('../fixtures/styles/apa.csl', import.meta.url)))
    writeFileSync(path.join(directory, 'draft.md'), '---\nbibliography: refs.json\ncsl: apa.csl\n---\n\nA [@doe99, p. 2].\n')
    const {code, stdout} = await run(['draft.md', '--to', 'text', '-o', 'out/draft.txt', '--append-bibliography'], directory)
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(readFileSync(path.join(directory, 'out/draft.txt'), 'utf8')).toBe(
      'A (Doe, 1999, p. 2).\n\nDoe, J. (1999). The book of things: A study. Acme Press.\n'
    )
  })

  test('-M / --metadata set front matter fields for the render, as pandoc\'s -M', async () => {
    const directory = workspace()
    writeFileSync(path.join(directory, 'apa.csl'), readFileSync(new URL('../fixtures/styles/apa.csl', import.meta.url)))
    writeFileSync(path.join(directory, 'draft.md'), '---\nbibliography: refs.json\ncsl: apa.csl\nreference-section-title: Old\n---\n\nA [@doe99, p. 2].\n')
    const titled = await run(['draft.md', '--to', 'text', '--append-bibliography', '-M', 'reference-section-title=Works Cited'], directory)
    expect(titled.stdout).toBe('A (Doe, 1999, p. 2).\n\nWorks Cited\n\nDoe, J. (1999). The book of things: A study. Acme Press.\n')
    const suppressed = await run(['draft.md', '--to', 'text', '--append-bibliography', '--metadata', 'suppress-bibliography=true'], directory)
    expect(suppressed.stdout).toBe('A (Doe, 1999, p. 2).\n')
    const flag = await run(['draft.md', '--to', 'text', '--append-bibliography', '-M', 'suppress-bibliography'], directory)
    expect(flag.stdout).toBe('A (Doe, 1999, p. 2).\n')
  })

  test('unknown keys: rendered, reported, exit 1', async () => {
    const directory = workspace()
    writeFileSync(path.join(directory, 'draft.md'), '---\nbibliography: refs.json\n---\n\nA [@nope].\n')
    const {code, stdout, stderr} = await run(['draft.md', '--to', 'html'], directory)
    expect(code).toBe(1)
    expect(stdout).toContain('<p><strong>Nope?</strong>')
    expect(stderr).toContain('Unexpected citation key `nope`, expected a key of the bibliography')
  })

  test('a bibliography that cannot be read: nothing written for that draft, reported, exit 1 (as pandoc fails)', async () => {
    const directory = workspace()
    writeFileSync(path.join(directory, 'gone.md'), '---\nbibliography: nowhere.json\n---\n\nA [@doe99].\n')
    writeFileSync(path.join(directory, 'odd.md'), '---\nbibliography: refs.txt\n---\n\nA [@doe99].\n')
    writeFileSync(path.join(directory, 'refs.txt'), '[]')
    writeFileSync(path.join(directory, 'fine.md'), '---\nbibliography: refs.json\n---\n\nA [@doe99].\n')
    const toFile = await run(['gone.md', '-o', 'out.md'], directory)
    expect(toFile.code).toBe(1)
    expect(existsSync(path.join(directory, 'out.md'))).toBe(false)
    expect(toFile.stderr).toContain('Unexpected unreadable bibliography `nowhere.json`')
    const toStdout = await run(['odd.md'], directory)
    expect(toStdout.code).toBe(1)
    expect(toStdout.stdout).toBe('')
    expect(toStdout.stderr).toContain('Unexpected bibliography `refs.txt`')
    // `--bibliography` too; into a folder, the other drafts are still written.
    expect((await run(['fine.md', '--bibliography', 'nowhere.bib', '-o', 'flag.md'], directory)).code).toBe(1)
    expect(existsSync(path.join(directory, 'flag.md'))).toBe(false)
    const folder = await run(['gone.md', 'fine.md', '-o', 'site/'], directory)
    expect(folder.code).toBe(1)
    expect(existsSync(path.join(directory, 'site/gone.md'))).toBe(false)
    expect(readFileSync(path.join(directory, 'site/fine.md'), 'utf8')).toContain('[^1]')
    // An unknown key is no such failure: written, as pandoc writes it, and reported.
    writeFileSync(path.join(directory, 'unknown.md'), '---\nbibliography: refs.json\n---\n\nA [@nope].\n')
    expect((await run(['unknown.md', '-o', 'unknown.out.md'], directory)).code).toBe(1)
    expect(readFileSync(path.join(directory, 'unknown.out.md'), 'utf8')).toContain('**Nope?**')
  })

  test('--locales reads the locale `lang` names from a folder of `locales-<lang>.xml` files', async () => {
    const directory = workspace()
    mkdirSync(path.join(directory, 'locales'))
    writeFileSync(path.join(directory, 'locales/locales-fr-FR.xml'), readFileSync(new URL('../fixtures/render/locales-fr-FR.xml', import.meta.url)))
    writeFileSync(path.join(directory, 'apa.csl'), readFileSync(new URL('../fixtures/styles/apa.csl', import.meta.url)))
    writeFileSync(path.join(directory, 'draft.md'), '---\nbibliography: refs.json\ncsl: apa.csl\nlang: fr\n---\n\nA page [@web].\n')
    const french = await run(['draft.md', '--to', 'text', '--locales', 'locales'], directory)
    expect(french.stdout).toBe('A page (Example Org, s.\u00a0d.).\n')
    // A folder without the language: en-US.
    mkdirSync(path.join(directory, 'empty'))
    expect((await run(['draft.md', '--to', 'text', '--locales', 'empty'], directory)).stdout).toBe('A page (Example Org, n.d.).\n')
    const missing = await run(['draft.md', '--locales', 'nowhere'], directory)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('argmark render: unexpected `--locales nowhere`, expected a folder of CSL locales\n')
  })

  test('usage errors exit 2, unreadable files 1', async () => {
    const directory = workspace()
    expect((await run(['draft.md', '--to', 'pdf'], directory)).code).toBe(2)
    expect((await run([], directory)).code).toBe(2)
    expect((await run(['--nope'], directory)).code).toBe(2)
    const missing = await run(['missing.md'], directory)
    expect(missing).toEqual({code: 1, stdout: '', stderr: 'argmark render: cannot read `missing.md`: ENOENT\n'})
  })

  test('renders the seed with its bibliography and no unknown keys', async () => {
    const {code, stdout, stderr} = await run(['seeds/civil-society-migration-policy.md', '--to', 'markdown'], root)
    expect(stderr).not.toContain('unknown-citation-key')
    expect(stdout).toContain('[^7]: Ibid.')
    expect(code).toBe(0)
  })
})
