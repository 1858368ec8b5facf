import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'

// A kit named in `.argmarkrc.json` (or with `--kit`) reaches every command.
const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')
const science = path.join(root, 'examples/science-kit')
const factCheck = path.join(root, 'examples/fact-check-kit')

function argmark(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The `rule-id source` pairs a report names, in order. */
function rules(report: string): string[] {
  return report
    .split('\n')
    .filter((line) => /^\s*\d+:\d+(?:-\d+:\d+)?\s+(?:error|warning)\s/.test(line))
    .map((line) => line.trim().split(/\s+/).slice(-2).join(' '))
}

beforeAll(() => {
  expect(existsSync(bin), 'dist/cli/argmark.js is missing: run `npm run build`').toBe(true)
})

describe('the science kit, named in .argmarkrc.json', () => {
  test('check reads its kinds and reports its rule as the configuration says (an error)', () => {
    const {code, stdout, stderr} = argmark(['check', 'draft.md'], science)
    expect(stdout).toContain('4 nodes: 2 hypotheses, 1 method, 1 result')
    expect(rules(stderr)).toEqual(['untested-hypothesis science'])
    expect(stderr).toMatch(/14:52-14:64\s+error\s+Unexpected hypothesis `small-firms` that no method tests/)
    expect(code).toBe(1)
  })

  test('lint, export and render read the same kit and report the same rule', () => {
    const linted = argmark(['lint', 'draft.md'], science)
    expect(rules(linted.stderr)).toEqual(['untested-hypothesis science'])
    expect(linted.code).toBe(1)

    const exported = argmark(['export', 'draft.md'], science)
    const graph = JSON.parse(exported.stdout) as {nodes: Array<{kind: string; id: string}>; relations: Array<{type: string}>}
    expect(graph.nodes.map((node) => node.kind)).toEqual(['hypothesis', 'hypothesis', 'method', 'result'])
    expect(graph.relations.map((relation) => relation.type)).toEqual(['tests', 'supports'])
    expect(rules(exported.stderr)).toEqual(['untested-hypothesis science'])
    expect(exported.code).toBe(1)

    const rendered = argmark(['render', 'draft.md'], science)
    expect(rendered.stdout).toContain('Mentored newcomers stayed 7 months longer on average.[^1]')
    expect(rules(rendered.stderr)).toEqual(['untested-hypothesis science'])
    expect(rendered.code).toBe(1)
  })

  test('format keeps its directives and reports none as unknown', () => {
    const {code, stdout, stderr} = argmark(['format', 'draft.md'], science)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toBe(readFileSync(path.join(science, 'draft.md'), 'utf8'))
  })

  test('schema describes the kit’s kinds', () => {
    const {code, stdout} = argmark(['schema'], science)
    expect(code).toBe(0)
    const schema = JSON.parse(stdout) as {properties: {nodes: {items: {oneOf: Array<{properties: {kind: {const: string}}}>}}}}
    expect(schema.properties.nodes.items.oneOf.map((branch) => branch.properties.kind.const)).toEqual([
      'claim',
      'factor',
      'evidence',
      'objection',
      'recommendation',
      'hypothesis',
      'method',
      'result'
    ])
  })
})

describe('the fact-check kit, named in .argmarkrc.json', () => {
  test('its core rule is an error in check; an ignore comment silences it', () => {
    const {code, stderr} = argmark(['check', 'draft.md'], factCheck)
    expect(rules(stderr)).toEqual(['rated-claim-cites factcheck'])
    expect(stderr).toMatch(/13:35-13:44\s+error\s+Unexpected claim `electric` rated `false` without a citation/)
    expect(code).toBe(1)
  })
})

describe('--kit and broken kits', () => {
  let work: string

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'argmark-kit-'))
    // A copy of the science draft in a folder without configuration.
    cpSync(path.join(science, 'draft.md'), path.join(work, 'draft.md'))
    mkdirSync(path.join(work, 'throws'))
    writeFileSync(path.join(work, 'throws/kit.mjs'), 'throw new Error("not ready")\n')
    writeFileSync(path.join(work, 'throws/.argmarkrc.json'), JSON.stringify({kit: './kit.mjs'}))
    cpSync(path.join(science, 'draft.md'), path.join(work, 'throws/draft.md'))
    mkdirSync(path.join(work, 'empty'))
    writeFileSync(path.join(work, 'empty/kit.mjs'), 'export const answer = 42\n')
    writeFileSync(path.join(work, 'empty/.argmarkrc.json'), JSON.stringify({kit: './kit.mjs'}))
    cpSync(path.join(science, 'draft.md'), path.join(work, 'empty/draft.md'))
  })

  test('--kit names a kit module relative to the working folder', () => {
    const without = argmark(['check', 'draft.md'], work)
    expect(rules(without.stderr).filter((rule) => rule.startsWith('unknown-directive'))).toHaveLength(4)
    const kit = path.relative(work, path.join(science, 'kit.mjs'))
    const withKit = argmark(['check', '--kit', kit, 'draft.md'], work)
    expect(withKit.stdout).toContain('4 nodes: 2 hypotheses, 1 method, 1 result')
    // The kit's rule is in no preset of `check`: the configuration turned it on before.
    expect(withKit.stderr).toBe('draft.md: no issues found\n')
    expect(withKit.code).toBe(0)
    expect(rules(argmark(['lint', '--kit', kit, 'draft.md'], work).stderr)).toContain('untested-hypothesis science')
  })

  test('the `argmark` field of package.json names a kit too, relative to the package', () => {
    const folder = path.join(work, 'package')
    mkdirSync(path.join(folder, 'drafts'), {recursive: true})
    writeFileSync(
      path.join(folder, 'package.json'),
      JSON.stringify({name: 'reports', private: true, argmark: {kit: path.relative(folder, path.join(science, 'kit.mjs'))}})
    )
    cpSync(path.join(science, 'draft.md'), path.join(folder, 'drafts/draft.md'))
    // The kit lies outside this folder (the project): loading it takes `--allow-outside`.
    expect(argmark(['check', 'drafts/draft.md'], folder)).toMatchObject({code: 2, stdout: ''})
    const {code, stdout} = argmark(['check', 'drafts/draft.md', '--allow-outside'], folder)
    expect(stdout).toContain('4 nodes: 2 hypotheses, 1 method, 1 result')
    expect(code).toBe(0)
  })

  test('a kit module that throws is one line and exit 2, for every command', () => {
    const line = /^argmark (\w+): cannot load kit `\.\/kit\.mjs` \(from .*throws\/\.argmarkrc\.json\): not ready\n$/
    for (const command of ['check', 'lint', 'render', 'export', 'format']) {
      const {code, stdout, stderr} = argmark([command, 'draft.md'], path.join(work, 'throws'))
      expect(stderr, command).toMatch(line)
      expect(stderr.startsWith('argmark ' + command + ':'), command).toBe(true)
      expect(stdout, command).toBe('')
      expect(code, command).toBe(2)
    }
    expect(argmark(['schema'], path.join(work, 'throws'))).toMatchObject({code: 2, stdout: ''})
  })

  test('a module without a kit, or none at all, is one line and exit 2', () => {
    const empty = argmark(['check', 'draft.md'], path.join(work, 'empty'))
    expect(empty.stderr).toMatch(
      /^argmark check: unexpected kit module `\.\/kit\.mjs` \(from .*empty\/\.argmarkrc\.json\) without a kit, expected a default export or a `kit` export made with `defineKit`\n$/
    )
    expect(empty.code).toBe(2)
    const missing = argmark(['check', '--kit', './nowhere.mjs', 'draft.md'], work)
    expect(missing.stderr).toMatch(/^argmark check: cannot load kit `\.\/nowhere\.mjs` \(from `--kit`\): Cannot find module/)
    expect(missing.stderr.split('\n')).toHaveLength(2)
    expect(missing.code).toBe(2)
  })

  test('init --kit names a kit that loads in the configuration it writes', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'argmark-init-kit-'))
    const missing = argmark(['init', '--kit', './missing.mjs'], folder)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^argmark init: cannot load kit `\.\/missing\.mjs` \(from `--kit`\)/)
    expect(existsSync(path.join(folder, '.argmarkrc.json'))).toBe(false)

    const good = argmark(['init', '--kit', path.relative(work, path.join(science, 'kit.mjs'))], work)
    expect(good.code).toBe(0)
    expect(good.stdout).toBe('wrote .argmarkrc.json\n')
    // Outside the project: commands will refuse it without `--allow-outside`, and init says so.
    expect(good.stderr).toMatch(/^argmark init: warning: kit `[^`]+kit\.mjs` is outside the project folder `[^`]+`: commands load it only with `--allow-outside` \(a kit module is code\)\n$/)
    expect(JSON.parse(readFileSync(path.join(work, '.argmarkrc.json'), 'utf8'))).toMatchObject({
      kit: path.relative(work, path.join(science, 'kit.mjs')),
      settings: {preset: 'recommended'}
    })
    expect(existsSync(path.join(work, 'example.md'))).toBe(false)
    // The folder now reads drafts with the kit (outside the folder: `--allow-outside`).
    expect(argmark(['check', 'draft.md', '--allow-outside'], work).stdout).toContain('2 hypotheses')
  })

  test('init --kit with a kit inside the project writes the configuration without a warning', () => {
    // Inside the package's folder, so the kit's `import … from 'argmark'` resolves.
    const folder = mkdtempSync(path.join(root, 'test', '.init-kit-'))
    try {
      cpSync(path.join(science, 'kit.mjs'), path.join(folder, 'kit.mjs'))
      const result = argmark(['init', '--kit', './kit.mjs'], folder)
      expect(result).toEqual({code: 0, stdout: 'wrote .argmarkrc.json\n', stderr: ''})
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
