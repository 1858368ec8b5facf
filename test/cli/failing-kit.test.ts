import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'

// A kit rule that fails, named in `.argmarkrc.json`: one `internal-error`
// line naming the rule in every command's report, stack traces only with
// `--debug`, and the command ends with its exit code (no crash later).
const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')

const kits = {
  throws: "check() { throw new TypeError('kaboom in rule') }",
  slow: "async check(graph) { await null; if (graph.nodes.length > 0) throw new Error('async kaboom') }"
}

function kitModule(check: string): string {
  return (
    "import {defaultKit, defineGraphRule} from 'argmark'\n" +
    "const rule = defineGraphRule({id: 'acme:fragile', url: 'https://example.org/fragile', presets: {core: 'error'}, " + check + '})\n' +
    'export default defaultKit.extend({kinds: {}, rules: [rule]})\n'
  )
}

function argmark(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const stackLine = /^\s+at /m

let home: string

beforeAll(() => {
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
  home = mkdtempSync(path.join(tmpdir(), 'argmark-failing-kit-'))
  mkdirSync(path.join(home, 'node_modules'))
  symlinkSync(root, path.join(home, 'node_modules/argmark'), 'dir')
  writeFileSync(path.join(home, 'package.json'), '{"type": "module"}\n')
  for (const [name, check] of Object.entries(kits)) {
    mkdirSync(path.join(home, name))
    writeFileSync(path.join(home, name, 'kit.mjs'), kitModule(check))
    writeFileSync(path.join(home, name, '.argmarkrc.json'), JSON.stringify({kit: './kit.mjs'}))
    writeFileSync(path.join(home, name, 'd.md'), ':claim[a]{#a}\n')
  }
})

afterAll(() => {
  if (home) rmSync(home, {recursive: true, force: true})
})

describe('a kit rule that fails, in every command', () => {
  const expected = {
    throws: /^ +error +Unexpected failure in rule `acme:fragile` \(TypeError: kaboom in rule\), expected a rule that does not throw; please report this document to the authors of the `acme` rules +internal-error +argmark$/m,
    slow: /^ +error +Unexpected rule `acme:fragile` that finishes asynchronously \(it returned a promise\), expected a rule that finishes before it returns: rules must be synchronous, so its messages are left out; please report this document to the authors of the `acme` rules +internal-error +argmark$/m
  }

  for (const name of ['throws', 'slow'] as const) {
    test(name + ': one internal-error line naming the rule, no stack, exit 1', () => {
      for (const command of ['check', 'lint', 'render', 'export']) {
        const {code, stderr} = argmark([command, 'd.md'], path.join(home, name))
        expect(stderr, command).toMatch(expected[name])
        expect(stderr.match(/internal-error/g), command).toHaveLength(1)
        expect(stderr, command).not.toMatch(stackLine)
        expect(stderr, command).not.toContain('[cause]')
        expect(stderr, command).not.toContain('kit.mjs')
        expect(code, command).toBe(1)
      }
    })
  }

  test('--debug adds the stack of the error a rule threw', () => {
    for (const command of ['check', 'lint']) {
      const {code, stderr} = argmark([command, '--debug', 'd.md'], path.join(home, 'throws'))
      expect(stderr, command).toMatch(expected.throws)
      expect(stderr, command).toMatch(/^TypeError: kaboom in rule\n\s+at .*kit\.mjs/m)
      expect(code, command).toBe(1)
    }
  })
})
