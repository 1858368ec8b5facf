import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')
const seed = path.join(root, 'seeds/civil-society-migration-policy.md')

function argmark(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

let work: string

beforeAll(() => {
  // `npm test` builds first; running vitest alone needs `npm run build`.
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
  work = mkdtempSync(path.join(tmpdir(), 'argmark-cli-'))
  writeFileSync(path.join(work, 'good.md'), '# Draft\n\n:claim[Funding is scarce]{#funding}\n\n:evidence[Donors said so]{type=testimony supports=funding}\n')
  writeFileSync(path.join(work, 'bad.md'), ':claim[A]{#a supports=nowhere}\n\n:evidence[x]{type=rumour}\n')
  writeFileSync(path.join(work, 'warn.md'), ':claimm[typo]{#t}\n')
  writeFileSync(path.join(work, 'messy.md'), '* one\n* two\n\nAt 10:30 :claim[x]{#x supports="x2"}\n\n:claim[y]{#x2}\n')
  mkdirSync(path.join(work, 'drafts/refs'), {recursive: true})
  writeFileSync(path.join(work, 'drafts/refs/main.bib'), '@book{doe99,\n  author = {Doe, Jane},\n  title = {A Book},\n  year = {1999}\n}\n\n@book{broken,\n  title = {Unclosed\n')
  writeFileSync(path.join(work, 'drafts/refs/extra.json'), '[{"id": "roe01", "type": "webpage", "title": "A page"}, {"id": "doe99", "type": "book"}]')
  writeFileSync(
    path.join(work, 'drafts/cited.md'),
    '---\nbibliography: [refs/main.bib, refs/extra.json]\n---\n\n:evidence["words"]{#q type=quotation} [@doe99]. See [@doe98] and [@roe01].\n'
  )
  writeFileSync(path.join(work, 'drafts/missing.md'), '---\nbibliography: nowhere.bib\n---\n\nText.\n')
})

describe('argmark check', () => {
  test('prints the seed summary and exits 0', () => {
    const {code, stdout, stderr} = argmark(['check', seed])
    expect(code).toBe(0)
    expect(stdout).toContain('The Role of Civil Society in Shaping International Migration Policy')
    expect(stdout).toMatch(/\d+ nodes: \d+ claims, \d+ evidence, 7 factors, 1 objection, 5 recommendations\n/)
    expect(stdout).toContain('`dearth` is explained by 7 factors:')
    expect(stdout).toContain('issue-area: sensitivities, broad-scope, funding')
    expect(stderr).toContain('no issues found')
  })

  test('reports errors with path, line and column, and exits 1', () => {
    const {code, stderr} = argmark(['check', 'bad.md', 'good.md'], work)
    expect(code).toBe(1)
    expect(stderr).toContain('bad.md')
    expect(stderr).toMatch(/1:23-1:30\s+error\s+Unexpected reference to unknown id `nowhere`/)
    expect(stderr).toMatch(/3:14-3:25\s+error\s+Unexpected value `rumour`/)
    expect(stderr).toContain('invalid-attribute')
  })

  test('warnings alone exit 0', () => {
    const {code, stderr} = argmark(['check', 'warn.md'], work)
    expect(code).toBe(0)
    expect(stderr).toMatch(/warning\s+Unexpected unknown directive `claimm`/)
  })

  test('loads the bibliography relative to the draft and checks citations against it', () => {
    const {code, stderr} = argmark(['check', 'drafts/cited.md'], work)
    expect(code).toBe(1)
    expect(stderr).toContain('drafts/cited.md')
    expect(stderr).toMatch(/5:40-5:46\s+warning\s+Unexpected quotation `q` cited without a locator/)
    expect(stderr).toMatch(/5:55-5:60\s+error\s+Unexpected citation key `doe98`.*\(did you mean `doe99`\?\)\s+unknown-citation-key/)
    // The bibliographies' own problems are reported on their files, by path from the working directory.
    expect(stderr).toMatch(/drafts\/refs\/main\.bib\n9:1\s+error\s+Unexpected end of file in entry `broken`/)
    expect(stderr).toMatch(/drafts\/refs\/extra\.json\n.*warning\s+Unexpected source `doe99` already defined in `refs\/main\.bib`/)
    expect(stderr).not.toContain('roe01`, expected a key')
  })

  test('an unreadable bibliography is reported on the draft and exits 1', () => {
    const {code, stderr} = argmark(['check', 'drafts/missing.md'], work)
    expect(code).toBe(1)
    expect(stderr).toMatch(/error\s+Unexpected unreadable bibliography `nowhere\.bib` \(ENOENT/)
  })

  test('a missing file is one clear line and exit 1', () => {
    const {code, stderr} = argmark(['check', 'nope.md'], work)
    expect(code).toBe(1)
    expect(stderr).toBe('argmark check: cannot read `nope.md`: ENOENT\n')
    expect(stderr).not.toContain('    at ')
  })
})

describe('argmark format', () => {
  test('prints canonical Markdown', () => {
    const {code, stdout} = argmark(['format', 'messy.md'], work)
    expect(code).toBe(0)
    expect(stdout).toBe('- one\n- two\n\nAt 10:30 :claim[x]{#x supports=x2}\n\n:claim[y]{#x2}\n')
  })

  test('--check exits 1 on a file that is not canonical, 0 after --write', () => {
    const file = path.join(work, 'rewrite.md')
    writeFileSync(file, '* a\n* b\n')
    expect(argmark(['format', '--check', 'rewrite.md'], work)).toMatchObject({
      code: 1,
      stderr: 'rewrite.md\n1:1 error Unexpected `* a`, expected `- a` not-formatted argmark\n\n✖ 1 error\n'
    })
    expect(argmark(['format', '--write', 'rewrite.md'], work).code).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe('- a\n- b\n')
    expect(argmark(['format', '--check', 'rewrite.md'], work).code).toBe(0)
  })

  test('--frail fails the run on a draft format left as written; without it the warning is reported only', () => {
    const file = path.join(work, 'unparsed.md')
    writeFileSync(file, 'Text :claim[x]{#x title="oops} more\n\n* a\n')
    const plain = argmark(['format', '--check', 'unparsed.md'], work)
    expect(plain.code).toBe(0)
    expect(plain.stderr).toContain('format-skipped')
    const frail = argmark(['format', '--check', '--frail', 'unparsed.md'], work)
    expect(frail.code).toBe(1)
    expect(frail.stderr).toBe(plain.stderr)
    // A formatted draft without messages passes with --frail too.
    writeFileSync(path.join(work, 'clean.md'), '- a\n')
    expect(argmark(['format', '--check', '--frail', 'clean.md'], work)).toMatchObject({code: 0, stderr: ''})
  })

  test('--check reads a byte order mark on standard input as in a file: format drops it', () => {
    const result = spawnSync(process.execPath, [bin, 'format', '--check', '-'], {cwd: work, input: '\uFEFF# B\n', encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect({code: result.status, stderr: result.stderr}).toEqual({
      code: 1,
      stderr: '<stdin>\n1:1 error Unexpected a byte order mark, expected none not-formatted argmark\n\n✖ 1 error\n'
    })
  })
})

describe('argmark schema, help, version, usage errors', () => {
  test('schema prints the JSON Schema', () => {
    const {code, stdout} = argmark(['schema'])
    expect(code).toBe(0)
    const schema = JSON.parse(stdout) as {$schema: string; properties: Record<string, unknown>}
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(Object.keys(schema.properties)).toEqual(['nodes', 'relations', 'citations', 'sources', 'meta'])
  })

  test('--help and --version', () => {
    expect(argmark(['--help']).stdout).toContain('Usage: argmark <command>')
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    expect(argmark(['--version']).stdout).toBe(manifest.version + '\n')
  })

  test('usage errors exit 2', () => {
    expect(argmark([]).code).toBe(2)
    expect(argmark(['frobnicate'])).toMatchObject({code: 2})
    expect(argmark(['frobnicate']).stderr).toContain('argmark: unexpected command `frobnicate`')
    expect(argmark(['check']).code).toBe(2)
    expect(argmark(['check', '--nope', 'x.md']).code).toBe(2)
  })
})

describe('argmark usage errors go to stderr', () => {
  test('no command', () => {
    const {code, stdout, stderr} = argmark([])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('argmark: expected a command')
  })

  test('format flags on other commands', () => {
    const {code, stderr} = argmark(['check', '--write', seed])
    expect(code).toBe(2)
    expect(stderr).toContain('argmark check: unexpected option `--write`, expected the options below')
    expect(stderr).toContain('Usage: argmark check [options] [path | glob …]')
  })
})
