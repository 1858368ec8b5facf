import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'

// A kit module whose definition cannot work is one `invalid-kit` line and
// exit code 2 in every command; a kit with a `.transform()` has a JSON Schema
// and a cache key.
const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')

const kits = {
  typeName: "{likelihood: 'string'}",
  zod3: "{likelihood: (await import('zod/v3')).z.enum(['low', 'high'])}",
  transform: '{likelihood: z.string().transform((text) => text.toUpperCase()), impact: z.number().optional()}'
}

function kitModule(attributes: string): string {
  return (
    "import {z} from 'zod'\nimport {defaultKit} from 'argmark'\n" +
    'export default defaultKit.extend({kinds: {risk: {attributes: ' + attributes + '}}})\n'
  )
}

function argmark(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

let home: string

beforeAll(() => {
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
  home = mkdtempSync(path.join(tmpdir(), 'argmark-kit-definition-'))
  mkdirSync(path.join(home, 'node_modules'))
  symlinkSync(root, path.join(home, 'node_modules/argmark'), 'dir')
  symlinkSync(path.join(root, 'node_modules/zod'), path.join(home, 'node_modules/zod'), 'dir')
  writeFileSync(path.join(home, 'package.json'), '{"type": "module"}\n')
  for (const [name, attributes] of Object.entries(kits)) {
    mkdirSync(path.join(home, name))
    writeFileSync(path.join(home, name, 'kit.mjs'), kitModule(attributes))
    writeFileSync(path.join(home, name, '.argmarkrc.json'), JSON.stringify({kit: './kit.mjs'}))
    writeFileSync(path.join(home, name, 'd.md'), ':risk[r]{#r likelihood=low impact=x}\n')
  }
})

afterAll(() => {
  if (home) rmSync(home, {recursive: true, force: true})
})

describe('a kit whose definition cannot work', () => {
  const shown = {typeName: '`"string"`', zod3: 'a zod 3 schema (from `zod/v3`)'}
  for (const name of ['typeName', 'zod3'] as const) {
    test(name + ': one line naming the kind and attribute, exit 2, in every command', () => {
      for (const command of ['check', 'lint', 'schema']) {
        const {code, stderr} = argmark(command === 'schema' ? [command] : [command, 'd.md'], path.join(home, name))
        expect(stderr, command).toContain(
          'Unexpected attribute schema ' + shown[name] + ' for `risk.likelihood`, expected a zod 4 schema'
        )
        expect(stderr, command).not.toContain('internal-error')
        expect(stderr, command).not.toContain('please report')
        expect(code, command).toBe(2)
      }
    })
  }
})

describe('a kit with a transform', () => {
  test('`argmark schema` writes its schema, the transform any value', () => {
    const {code, stdout} = argmark(['schema'], path.join(home, 'transform'))
    expect(code).toBe(0)
    const schema = JSON.parse(stdout) as {properties: {nodes: {items: {oneOf: Array<{properties: Record<string, unknown>}>}}}}
    expect(schema.properties.nodes.items.oneOf.at(-1)!.properties.likelihood).toEqual({})
  })

  test('`argmark lint --cache` lints its drafts, and again from the cache', () => {
    const cwd = path.join(home, 'transform')
    for (let run = 0; run < 2; run++) {
      const {code, stderr} = argmark(['lint', '--cache', 'd.md'], cwd)
      expect(stderr, 'run ' + run).toContain('Unexpected value `x` for `impact` on risk, expected a number')
      expect(code, 'run ' + run).toBe(1)
    }
  })
})
