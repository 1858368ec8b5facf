import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'
import {run} from '../../src/cli/run.js'

// What the lint rules and presets do on the command line; the command's own
// flags (config files, globs, reporters, watch) are tested in lint-command.test.ts.

const root = fileURLToPath(new URL('../..', import.meta.url))
let work: string

interface Reported {
  path: string
  messages: Array<{ruleId: string; fatal: boolean | null; line: number | null; column: number | null}>
}

// Run `argmark lint --report json … --no-config` in-process; the report is on stderr.
async function lint(args: string[], cwd = work) {
  let stdout = ''
  let stderr = ''
  const code = await run(['lint', '--report', 'json', '--no-config', ...args], {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text)
  })
  const files = JSON.parse(stderr) as Reported[]
  const found = files.flatMap((file) =>
    file.messages.map((message) => [file.path, message.ruleId, message.line, message.column, message.fatal === true] as const)
  )
  return {code, stdout, found}
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'argmark-lint-'))
  writeFileSync(path.join(work, 'clean.md'), ':claim[Little has been done]{#dearth}\n\n:evidence[The donors we interviewed said so]{#d type=testimony supports=dearth}\n')
  writeFileSync(path.join(work, 'orphan.md'), ':claim[Little has been done]{#dearth} [@doe99, p. 4].\n\n:evidence[Few groups]{#few type=example}\n')
  writeFileSync(path.join(work, 'objection.md'), ':claim[A]{#a}\n\n:evidence[E]{#e type=example supports=a}\n\n:objection[B]{#b attacks=a}\n')
  writeFileSync(path.join(work, 'directive.md'), 'Some :clam[text]{#t}.\n')
  writeFileSync(path.join(work, 'refs.bib'), '@book{doe99,\n  author = {Doe, Jane},\n  title = {A Book},\n  year = {1999}\n}\n')
  writeFileSync(
    path.join(work, 'cited.md'),
    '---\nbibliography: refs.bib\n---\n\n:claim[Little has been done]{#dearth} [@doe99, p. 4].\n\n:evidence[Few groups]{#few type=example}\n'
  )
})

describe('argmark lint: rules and presets', () => {
  test('a clean draft: no messages, exit 0', async () => {
    const {code, found} = await lint(['clean.md'])
    expect(found).toEqual([])
    expect(code).toBe(0)
  })

  test('recommended reports lint rules as warnings and exits 0; strict as errors, exit 1', async () => {
    const bibliography = await lint(['cited.md'])
    expect(bibliography.found).toEqual([['cited.md', 'orphan-evidence', 7, 23, false]])
    expect(bibliography.code).toBe(0)
    const strict = await lint(['--preset', 'strict', 'cited.md'])
    expect(strict.found).toEqual([['cited.md', 'orphan-evidence', 7, 23, true]])
    expect(strict.code).toBe(1)
  })

  test('strict adds its own rules', async () => {
    expect((await lint(['objection.md'])).found).toEqual([])
    const {code, found} = await lint(['--preset', 'strict', 'objection.md'])
    expect(found).toEqual([['objection.md', 'unanswered-objection', 5, 15, true]])
    expect(code).toBe(1)
  })

  test('--rule with a bare severity keeps the options the configuration gives the rule', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'argmark-rule-'))
    writeFileSync(path.join(cwd, '.argmarkrc.json'), JSON.stringify({settings: {rules: {'uncited-statistic': ['warn', {ignore: ['by 40%']}]}}}))
    writeFileSync(path.join(cwd, 'draft.md'), 'Membership rose by 40% last year. Fees rose by 12% in May.\n')
    const found = async (args: string[]) => {
      let stderr = ''
      const code = await run(['lint', '--report', 'json', ...args, 'draft.md'], {cwd, stdout: () => {}, stderr: (text) => (stderr += text)})
      const files = JSON.parse(stderr) as Reported[]
      return {code, found: files.flatMap((file) => file.messages.map((message) => [message.ruleId, message.column, message.fatal === true]))}
    }
    expect((await found([])).found).toEqual([['uncited-statistic', 40, false]])
    // The severity changes; `ignore` still leaves `by 40%` alone.
    expect(await found(['--rule', 'uncited-statistic=error'])).toEqual({code: 1, found: [['uncited-statistic', 40, true]]})
    expect((await found(['--rule', 'uncited-statistic=off'])).found).toEqual([])
  })

  test('--rule sets a lint rule or a core rule', async () => {
    expect((await lint(['--rule', 'orphan-evidence=off', 'cited.md'])).found).toEqual([])
    const core = await lint(['orphan.md'])
    expect(core.found.map((message) => message[1])).toContain('missing-bibliography')
    const off = await lint(['--rule', 'missing-bibliography=off', 'orphan.md'])
    expect(off.found.map((message) => message[1])).not.toContain('missing-bibliography')
    const reading = await lint(['--rule', 'unknown-directive=error', 'directive.md'])
    expect(reading.found).toEqual([['directive.md', 'unknown-directive', 1, 7, true]])
    const {code, found} = await lint(['--rule', 'orphan-evidence=error', 'cited.md'])
    expect(found).toEqual([['cited.md', 'orphan-evidence', 7, 23, true]])
    expect(code).toBe(1)
  })

  test('the seed argument lints without an error under recommended', async () => {
    const {code, found} = await lint(['seeds/civil-society-migration-policy.md'], root)
    expect(found.filter((message) => message[4])).toEqual([])
    expect(code).toBe(0)
  })
})
