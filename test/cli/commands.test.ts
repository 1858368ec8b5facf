import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'
import {Ajv2020} from 'ajv/dist/2020.js'
import {defaultKit, format} from '../../src/index.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')

function argmark(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

let work: string

beforeAll(() => {
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
  work = mkdtempSync(path.join(tmpdir(), 'argmark-commands-'))
  mkdirSync(path.join(work, 'drafts'))
  writeFileSync(path.join(work, 'drafts/refs.bib'), '@book{doe99,\n  author = {Doe, Jane},\n  title = {A Book},\n  year = {1999}\n}\n')
  writeFileSync(
    path.join(work, 'drafts/cited.md'),
    '---\ntitle: Cited\nbibliography: refs.bib\n---\n\n:claim[Funding is scarce]{#funding} [@doe99, p. 3]. Later [see @doe99, chap. 2].\n'
  )
})

describe('argmark export', () => {
  test('writes the graph as JSON, with citations and the sources read from the bibliography', () => {
    const {code, stdout, stderr} = argmark(['export', 'drafts/cited.md'], work)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const graph = JSON.parse(stdout) as {nodes: Array<{id: string}>; citations: Array<{node: string | null; items: Array<{key: string; locator?: string}>}>; sources: Array<{id: string; title: string}>; meta: {title: string}}
    expect(graph.nodes.map((node) => node.id)).toEqual(['funding'])
    expect(graph.citations.map((citation) => [citation.node, citation.items[0]!.key, citation.items[0]!.locator])).toEqual([
      ['funding', 'doe99', '3'],
      [null, 'doe99', '2']
    ])
    expect(graph.sources).toMatchObject([{id: 'doe99', type: 'book', title: 'A book'}])
    expect(graph.meta.title).toBe('Cited')
    expect(new Ajv2020({strict: false}).compile(defaultKit.toJSONSchema())(graph)).toBe(true)
  })

  test('-o writes a file; problems go to stderr and set the exit code', () => {
    writeFileSync(path.join(work, 'drafts/bad.md'), ':claim[A]{#a supports=nowhere} [@missing].\n')
    const {code, stdout, stderr} = argmark(['export', 'drafts/bad.md', '-o', 'graph.json'], work)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/error\s+Unexpected reference to unknown id `nowhere`/)
    const graph = JSON.parse(readFileSync(path.join(work, 'graph.json'), 'utf8')) as {relations: unknown[]}
    expect(graph.relations).toHaveLength(1)
  })

  test('usage errors exit 2', () => {
    expect(argmark(['export', 'drafts/cited.md', '--format', 'pdf'], work)).toMatchObject({code: 2, stderr: 'argmark export: unexpected format `pdf`, expected `json`, `mermaid`, `dot`, `svg`, `aif`, `argdown`\n'})
    expect(argmark(['export'], work).code).toBe(2)
    // Two drafts need an output folder.
    writeFileSync(path.join(work, 'drafts/second.md'), ':claim[B]{#b}\n')
    expect(argmark(['export', 'drafts/cited.md', 'drafts/second.md'], work)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'argmark export: unexpected 2 drafts without `-o <folder>`, expected one draft or an output folder\n'
    })
  })
})

describe('argmark init', () => {
  test('writes a starter configuration and draft that lints clean, and keeps them after', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'argmark-init-'))
    expect(argmark(['init'], cwd)).toMatchObject({code: 0, stdout: 'wrote .argmarkrc.json\nwrote example.md\n'})
    const config = JSON.parse(readFileSync(path.join(cwd, '.argmarkrc.json'), 'utf8')) as {settings: {preset: string}}
    expect(config.settings.preset).toBe('recommended')
    const draft = readFileSync(path.join(cwd, 'example.md'), 'utf8')
    expect(format(draft)).toBe(draft)
    expect(argmark(['lint', '--frail'], cwd)).toMatchObject({code: 0})

    writeFileSync(path.join(cwd, 'example.md'), 'mine\n')
    const again = argmark(['init'], cwd)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('argmark init: `example.md` exists, kept it (use --force to overwrite)')
    expect(readFileSync(path.join(cwd, 'example.md'), 'utf8')).toBe('mine\n')
    expect(argmark(['init', '--force'], cwd).code).toBe(0)
    expect(readFileSync(path.join(cwd, 'example.md'), 'utf8')).toBe(draft)
  })
})

describe('every command', () => {
  test.each(['lint', 'check', 'render', 'export', 'format', 'schema', 'init'])('%s --help prints its usage and exits 0', (command) => {
    const {code, stdout} = argmark([command, '--help'], work)
    expect(code).toBe(0)
    expect(stdout).toMatch(new RegExp('^Usage: argmark ' + command))
    expect(stdout).toContain('-h, --help')
  })

  test.each(['lint', 'check', 'render', 'export', 'format', 'schema', 'init'])('%s rejects an unknown option with exit 2', (command) => {
    const {code, stderr} = argmark([command, '--frobnicate'], work)
    expect(code).toBe(2)
    expect(stderr).toMatch(new RegExp('^argmark ' + command + ': unexpected option `--frobnicate`'))
  })

  test('an unexpected failure is one line, and its stack only with --debug', () => {
    // A reporter installed in the project that throws: a failure argmark did not expect.
    mkdirSync(path.join(work, 'node_modules/vfile-reporter-boom'), {recursive: true})
    writeFileSync(path.join(work, 'node_modules/vfile-reporter-boom/package.json'), JSON.stringify({name: 'vfile-reporter-boom', type: 'module', main: 'index.js'}))
    writeFileSync(path.join(work, 'node_modules/vfile-reporter-boom/index.js'), "export default function () {\n  throw new Error('boom\\nsecond line')\n}\n")
    const quiet = argmark(['export', 'drafts/cited.md', '--report', 'boom'], work)
    expect(quiet.code).toBe(1)
    expect(quiet.stderr).toBe('argmark export: unexpected failure: boom\n(run again with --debug to see where; please report it)\n')
    expect(quiet.stderr).not.toContain('    at ')
    const debug = argmark(['export', 'drafts/cited.md', '--report', 'boom', '--debug'], work)
    expect(debug.stderr).toContain('    at ')
  })

  test('an output that cannot be written is one line and exit 1', () => {
    const result = argmark(['export', 'drafts/cited.md', '-o', 'drafts/cited.md/graph.json'], work)
    expect(result).toMatchObject({code: 1, stdout: ''})
    expect(result.stderr).toMatch(/^argmark export: cannot write `drafts\/cited\.md\/graph\.json`: E[A-Z]+\n$/)
  })
})
