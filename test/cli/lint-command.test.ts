import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'
import {beforeAll, describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')

function argmark(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', ...env}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A folder of drafts, as a user's repository would hold them. */
function workspace(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'argmark-lint-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    writeFileSync(path.join(folder, name), text)
  }
  return folder
}

const clean = ':claim[Funding is scarce]{#funding thesis} [@doe99, p. 3].\n\n:evidence[Donors said so]{#said type=testimony supports=funding} [@doe99, p. 4].\n'
const references = '---\nreferences:\n- id: doe99\n  type: book\n  title: A book\n---\n\n'
const broken = ':claim[A]{#a supports=nowher}\n\n:claim[B]{#nowhere}\n'
const vague = 'Studies show that migration doubled.\n'

beforeAll(() => {
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
})

describe('argmark lint', () => {
  test('reads nesting within the limits, as `lint()` does: `nesting-too-deep` at its place, from every path a file takes', () => {
    const deep = '> '.repeat(40) + 'Deep reply.\n'
    const api = lint(deep).find((message) => message.ruleId === 'nesting-too-deep')
    expect(api?.place).toMatchObject({line: 1, column: 65})
    const cwd = workspace({'deep.md': deep})
    for (const args of [['lint', 'deep.md'], ['lint', '--cache', 'deep.md'], ['lint', '--jobs', '2', 'deep.md'], ['check', 'deep.md'], ['render', 'deep.md']]) {
      const {stderr} = argmark(args, cwd)
      expect(stderr, args.join(' ')).toMatch(/^1:65 +warning +Unexpected block quotes, list items and directive containers nested 33 deep.* nesting-too-deep /mu)
    }
  })

  test('lints folders and globs, honours .argmarkignore, exits 1 on errors', () => {
    const cwd = workspace({
      'drafts/good.md': references + clean,
      'drafts/bad.md': broken,
      'drafts/notes/skip.md': broken,
      'other/bad.markdown': broken,
      '.argmarkignore': 'drafts/notes/\n'
    })
    const folder = argmark(['lint', 'drafts'], cwd)
    expect(folder.code).toBe(1)
    expect(folder.stderr).toContain('drafts/good.md: no issues found')
    expect(folder.stderr).toMatch(/drafts\/bad\.md\n(?:.*\n)*?1:23-1:29\s+error\s+Unexpected reference to unknown id `nowher`.*\(did you mean `nowhere`\?\)\s+unknown-reference\s+argmark/)
    expect(folder.stderr).not.toContain('skip.md')
    expect(folder.stderr).not.toContain('other/')

    const glob = argmark(['lint', 'other/*.markdown'], cwd)
    expect(glob.code).toBe(1)
    expect(glob.stderr).toContain('other/bad.markdown')

    // No path: the current folder, ignore file included.
    const all = argmark(['lint'], cwd)
    expect(all.stderr).toContain('other/bad.markdown')
    expect(all.stderr).not.toContain('skip.md')
  })

  test('--report json gives ruleId, line and column for each message', () => {
    const cwd = workspace({'bad.md': broken + '\n' + vague})
    const {code, stderr} = argmark(['lint', '--report', 'json', 'bad.md'], cwd)
    expect(code).toBe(1)
    const report = JSON.parse(stderr) as Array<{path: string; messages: Array<{ruleId: string; line: number; column: number; fatal: boolean; url: string}>}>
    expect(report.map((file) => file.path)).toEqual(['bad.md'])
    const messages = report[0]!.messages
    expect(messages.length).toBeGreaterThanOrEqual(2)
    for (const message of messages) {
      expect(message.ruleId).toMatch(/^[a-z-]+$/)
      expect(message.line).toBeGreaterThan(0)
      expect(message.column).toBeGreaterThan(0)
      expect(message.url).toBe('https://github.com/argmark/argmark/blob/main/docs/rules/' + message.ruleId + '.md')
    }
    expect(messages.find((message) => message.ruleId === 'unknown-reference')).toMatchObject({line: 1, column: 23, fatal: true})
    expect(messages.find((message) => message.ruleId === 'vague-attribution')).toMatchObject({line: 5, column: 1, fatal: false})
    // Sorted by place.
    const places = messages.map((message) => message.line * 1000 + message.column)
    expect(places).toEqual([...places].sort((a, b) => a - b))
  })

  test('warnings exit 0, or 1 with --frail; --quiet drops clean files; --silent drops warnings', () => {
    const cwd = workspace({'vague.md': vague, 'good.md': references + clean})
    expect(argmark(['lint', 'vague.md'], cwd).code).toBe(0)
    expect(argmark(['lint', '--frail', 'vague.md'], cwd).code).toBe(1)
    expect(argmark(['lint', '--quiet', '.'], cwd).stderr).not.toContain('good.md')
    const silent = argmark(['lint', '--silent', '.'], cwd)
    expect(silent.stderr).not.toContain('vague-attribution')
  })

  test('rule settings and the preset come from .argmarkrc, package.json or the command line', () => {
    const rcJson = workspace({'vague.md': vague, '.argmarkrc.json': JSON.stringify({settings: {rules: {'vague-attribution': 'off'}}})})
    expect(argmark(['lint', 'vague.md'], rcJson).stderr).not.toContain('vague-attribution')

    const rcYaml = workspace({'vague.md': vague, '.argmarkrc.yml': 'settings:\n  rules:\n    vague-attribution: error\n'})
    const yamlRun = argmark(['lint', 'vague.md'], rcYaml)
    expect(yamlRun.code).toBe(1)
    expect(yamlRun.stderr).toMatch(/error\s+Unexpected vague attribution/)

    const rcJs = workspace({'vague.md': vague, '.argmarkrc.mjs': "export default {settings: {rules: {'vague-attribution': 'off'}}}\n"})
    expect(argmark(['lint', 'vague.md'], rcJs).stderr).not.toContain('vague-attribution')

    const manifest = workspace({'vague.md': vague, 'package.json': JSON.stringify({name: 'drafts', argmark: {settings: {rules: {'vague-attribution': 'off'}}}})})
    expect(argmark(['lint', 'vague.md'], manifest).stderr).not.toContain('vague-attribution')

    const flags = workspace({'vague.md': vague})
    expect(argmark(['lint', '--rule', 'vague-attribution=off', 'vague.md'], flags).stderr).not.toContain('vague-attribution')
    // The command line wins over the configuration file.
    expect(argmark(['lint', '--rule', 'vague-attribution=error', 'vague.md'], rcJson).code).toBe(1)
    // `strict` adds rules `recommended` leaves out.
    const absolute = workspace({'always.md': 'Migration always rises.\n'})
    expect(argmark(['lint', 'always.md'], absolute).stderr).not.toContain('unsupported-superlative')
    expect(argmark(['lint', '--preset', 'strict', 'always.md'], absolute).stderr).toContain('unsupported-superlative')
  })

  test('an unknown rule in the configuration is reported on each file, not thrown', () => {
    const cwd = workspace({'a.md': '# A\n', '.argmarkrc.json': JSON.stringify({settings: {rules: {'vague-atribution': 'off'}}})})
    const {code, stderr} = argmark(['lint', 'a.md'], cwd)
    expect(code).toBe(1)
    expect(stderr).toMatch(/Unexpected rule `vague-atribution`.*\(did you mean `vague-attribution`\?\)\s+invalid-rule-config/)
    expect(stderr).not.toContain('    at ')
  })

  test('bibliographies are read relative to each draft; their problems reach the report', () => {
    const cwd = workspace({
      'drafts/a.md': '---\nbibliography: refs.json\n---\n\n:evidence["Words"]{#q type=quotation} [@doe99] and [@doe98, p. 2].\n',
      // An item without an `id` (one without a `type` is read as pandoc reads it, not a problem).
      'drafts/refs.json': '[{"id": "doe99", "type": "book"}, {"type": "book", "title": "No id"}]'
    })
    const {code, stderr} = argmark(['lint', 'drafts'], cwd)
    expect(code).toBe(1)
    expect(stderr).toMatch(/error\s+Unexpected citation key `doe98`/)
    expect(stderr).toMatch(/warning\s+Unexpected quotation `q` cited without a locator/)
    // A bibliography's own problems are reported on it, once, at their place.
    expect(stderr).toMatch(/\ndrafts\/refs\.json\n1:\d+(?:-1:\d+)?\s+error\s+Unexpected item 2 without an `id`/)
  })

  test('--rc-path, --ignore-path, --ignore-pattern, --no-config and --no-ignore', () => {
    const cwd = workspace({
      'a.md': vague,
      'b.md': vague,
      '.argmarkrc.json': JSON.stringify({settings: {rules: {'vague-attribution': 'off'}}}),
      'strict.yml': 'settings:\n  rules:\n    vague-attribution: error\n',
      '.argmarkignore': 'b.md\n',
      'other-ignore': 'a.md\n'
    })
    expect(argmark(['lint', '.'], cwd).stderr).not.toContain('vague-attribution')
    expect(argmark(['lint', '--no-config', 'a.md'], cwd).stderr).toContain('vague-attribution')
    expect(argmark(['lint', '--rc-path', 'strict.yml', 'a.md'], cwd)).toMatchObject({code: 1})
    const ignored = argmark(['lint', '--ignore-path', 'other-ignore', '.'], cwd).stderr
    expect(ignored).toContain('b.md')
    expect(ignored).not.toContain('a.md')
    expect(argmark(['lint', '--no-ignore', '.'], cwd).stderr).toContain('b.md')
    const patterns = argmark(['lint', '--ignore-pattern', 'a.md', '--ignore-pattern', 'b.md', '.'], cwd)
    expect(patterns.stderr).not.toMatch(/[ab]\.md/)
  })

  test('usage errors exit 2 with one line and the usage', () => {
    const cwd = workspace({})
    expect(argmark(['lint', '--preset', 'lax'], cwd)).toMatchObject({code: 2})
    expect(argmark(['lint', '--rule', 'nonsense'], cwd).stderr).toContain('argmark lint: unexpected `--rule nonsense`')
    expect(argmark(['lint', '--frobnicate'], cwd)).toMatchObject({code: 2})
    expect(argmark(['lint', '--help'], cwd).stdout).toContain('Usage: argmark lint [options] [path | glob …]')
  })

  test('color: off with NO_COLOR, forced on with --color', () => {
    const cwd = workspace({'bad.md': broken})
    expect(argmark(['lint', 'bad.md'], cwd).stderr).not.toContain('\u001B[')
    expect(argmark(['lint', '--color', 'bad.md'], cwd).stderr).toContain('\u001B[')
  })

  test('hundreds of files in one run', () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 300; index++) files['drafts/d' + index + '.md'] = index === 150 ? broken : references + clean
    const cwd = workspace(files)
    const {code, stderr} = argmark(['lint', '--quiet', 'drafts'], cwd)
    expect(code).toBe(1)
    expect(stderr.match(/^drafts\/d\d+\.md$/gm)).toEqual(['drafts/d150.md'])
  })

  test('--watch lints again when a draft changes', async () => {
    const cwd = workspace({'draft.md': '# Fine\n'})
    const child = spawn(process.execPath, [bin, 'lint', '--watch', 'draft.md'], {cwd, env: {...process.env, NO_COLOR: '1'}})
    let stderr = ''
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const guard = setTimeout(() => reject(new Error('timed out waiting for: ' + text + '\n' + stderr)), 30_000)
        const check = () => {
          if (stderr.includes(text)) {
            clearTimeout(guard)
            resolve()
          }
        }
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += String(chunk)
          check()
        })
        check()
      })
    try {
      await seen('draft.md: no issues found')
      await seen('Watching')
      writeFileSync(path.join(cwd, 'draft.md'), broken)
      await seen('Unexpected reference to unknown id `nowher`')
    } finally {
      child.kill('SIGINT')
    }
  }, 60_000)
})

describe('argmark lint and YAML metadata blocks', () => {
  test('a bibliography named in a metadata block after the text is loaded, as pandoc reads it', () => {
    const cwd = workspace({
      'refs.json': JSON.stringify([{id: 'doe99', type: 'book', title: 'A book'}]),
      'draft.md': clean + '\n---\nbibliography: refs.json\n...\n'
    })
    const result = argmark(['lint', 'draft.md'], cwd)
    expect(result.stderr).not.toContain('missing-bibliography')
    expect(result.stderr).not.toContain('unknown-citation-key')
    // Without the file: the block was read, and the missing file is reported.
    expect(argmark(['lint', 'draft.md'], workspace({'draft.md': clean + '\n---\nbibliography: refs.json\n...\n'})).stderr).toContain('invalid-bibliography')
  })
})

describe('the GitHub Actions example', () => {
  test('is a workflow whose lint step annotates with `--report github` and whose render step writes a folder', () => {
    const workflow = parseYaml(readFileSync(path.join(root, 'examples/github-actions/argmark.yml'), 'utf8')) as {
      jobs: {lint: {steps: Array<{run?: string}>}}
    }
    const steps = workflow.jobs.lint.steps.map((step) => step.run ?? '')
    const lintStep = steps.find((run) => run.includes('argmark lint'))!
    const renderStep = steps.find((run) => run.includes('argmark render'))!
    const cwd = workspace({'drafts/bad.md': broken, 'drafts/vague.md': vague})
    // The steps' commands, run as the workflow runs them (npx argmark → the built bin).
    const command = (run: string) => run.trim().replace(/^npx argmark /, '').split(/\s+/)
    const linted = argmark(command(lintStep), cwd)
    expect(linted.code).toBe(1)
    expect(linted.stdout).toMatch(/^::error file=drafts\/bad\.md,line=1,col=23,endLine=1,endColumn=29,title=argmark%3Aunknown-reference::Unexpected reference to unknown id `nowher`/m)
    expect(linted.stdout).toMatch(/^::warning file=drafts\/vague\.md,line=1,col=1,endLine=1,endColumn=13,title=argmark%3Avague-attribution::/m)
    argmark(command(renderStep), cwd)
    expect(readFileSync(path.join(cwd, 'out/vague.html'), 'utf8')).toBe('<p>Studies show that migration doubled.</p>\n')
  })
})
