import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, expectTypeOf, test} from 'vitest'
import type {ArgdownImportOptions, ExportOptions, GraphOutput, ImportResult, KindMapStyle, MapDirection, MapShape} from '../../src/index.js'
import type {AifEdge, AifNode, AifScheme} from '../../src/export/index.js'
import {defaultKit, exportGraph, importAif, importArgdown, parse} from '../../src/index.js'
import {aifSchemes} from '../../src/export/index.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist/cli/argmark.js')

function argmark(args: string[], cwd = root) {
  return spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
}

describe('argmark export and import', () => {
  test('export --format svg writes the seed map', () => {
    const result = argmark(['export', 'seeds/civil-society-migration-policy.md', '--format', 'svg'])
    expect(result.status).toBe(0)
    expect(result.stdout.startsWith('<?xml')).toBe(true)
    expect(result.stdout).toMatch(/id="argmark(?:-|&#45;)dearth"/)
  })

  test('export options are checked', () => {
    expect(argmark(['export', 'seeds/civil-society-migration-policy.md', '--format', 'mermaid', '--wrap', '0']).stderr).toBe(
      'argmark export: unexpected `--wrap 0`, expected a whole number above 0\n'
    )
    expect(argmark(['export', 'x.md', '--direction', 'up']).status).toBe(2)
  })

  test('import writes a draft from AIF and Argdown, with messages on stderr', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'argmark-import-'))
    writeFileSync(path.join(folder, 'map.argdown'), '[a]: A claim.\n  +> [b]\n\n[b]: Another.\n')
    const argdown = argmark(['import', 'map.argdown', '-o', 'draft.md'], folder)
    expect(argdown.status).toBe(0)
    expect(readFileSync(path.join(folder, 'draft.md'), 'utf8')).toBe(':::claim{#a supports=b}\nA claim.\n:::\n\n:::claim{#b}\nAnother.\n:::\n')
    const aif = argmark(['import', path.join(root, 'test/fixtures/aif/dialogue.json')], folder)
    expect(aif.status).toBe(0)
    expect(aif.stdout).toContain(':::claim{#donors-fund-services-not explains=civil-society-has-done}')
    expect(aif.stderr).toContain('Unexpected CA-node `510` without a conclusion')
    expect(argmark(['import', 'map.txt'], folder).status).toBe(2)
  })
})

describe('import reads the kit as check does', () => {
  test('a kit named in .argmarkrc.json (or --kit) keeps custom kinds, attributes and relations through Argdown and AIF', () => {
    const science = path.join(root, 'examples/science-kit')
    // Inside the package's folder, so the kit's `import … from 'argmark'` resolves.
    const folder = mkdtempSync(path.join(root, 'test', '.import-kit-'))
    try {
      cpSync(path.join(science, 'kit.mjs'), path.join(folder, 'kit.mjs'))
      writeFileSync(path.join(folder, '.argmarkrc.json'), JSON.stringify({kit: './kit.mjs'}))
      for (const format of ['argdown', 'aif']) {
        // The draft has an error the kit's rule reports (exit 1); the graph is written all the same.
        const exported = argmark(['export', 'draft.md', '--format', format], science)
        expect(exported.stderr).not.toContain('lossy-export')
        const name = format === 'aif' ? 'map.json' : 'map.argdown'
        writeFileSync(path.join(folder, name), exported.stdout)
        const imported = argmark(['import', name], folder)
        expect(imported.stderr).toBe('')
        expect(imported.status).toBe(0)
        expect(imported.stdout).toMatch(/^---\ntitle: Does mentoring keep newcomers in their first job\?\n/)
        expect(imported.stdout).toContain(':::hypothesis{#retention confidence=0.6}')
        expect(imported.stdout).toContain(':::method{#cohort sample=420 tests=retention}')
        expect(imported.stdout).toContain('[@lee2021, p. 12]')
        // `--kit` wins over the configuration; without a configuration, what the default kit lacks is a warning each.
        expect(argmark(['import', name, '--no-config', '--kit', './kit.mjs'], folder).stdout).toBe(imported.stdout)
        const without = argmark(['import', name, '--no-config'], folder)
        expect(without.status).toBe(0)
        expect(without.stderr).toContain('Unexpected kind `"hypothesis"`')
        expect(without.stderr).toContain('invalid-import')
      }
      expect(argmark(['import', 'map.argdown', '--kit', './missing.mjs'], folder).status).toBe(2)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  test('an AIF file that is not JSON is an error at its line and column', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'argmark-import-'))
    writeFileSync(path.join(folder, 'broken.json'), '{"nodes": [\n  {"nodeID": 2 "text": "y"}\n]}\n')
    const result = argmark(['import', 'broken.json'], folder)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/^broken\.json\n2:16 +error +Unexpected text that is not JSON \(Expected ',' or '\}' after property value\), expected an AIF document/)
  })
})

describe('export and import types', () => {
  test('options, outputs and AIF shapes', async () => {
    const direction: MapDirection = 'LR'
    const shape: MapShape = 'hexagon'
    const style: KindMapStyle = {shape, color: '#abcdef'}
    const options: ExportOptions = {direction, wrap: 30, kit: defaultKit.extend({kinds: {question: {map: style}}})}
    const {graph} = parse(':claim[x]{#x}\n\n:claim[y]{#y supports=x}')
    expectTypeOf(exportGraph(graph, 'svg', options)).toEqualTypeOf<GraphOutput<'svg'>>()
    expectTypeOf<GraphOutput<'svg'>>().toEqualTypeOf<Promise<string>>()
    expectTypeOf<GraphOutput<'mermaid'>>().toEqualTypeOf<string>()
    expect(exportGraph(graph, 'dot', options)).toContain('rankdir=LR')
    const document = JSON.parse(exportGraph(graph, 'aif')) as {nodes: AifNode[]; edges: AifEdge[]}
    const scheme: AifScheme = aifSchemes.supports!
    expect(document.nodes.map((node) => node.type)).toEqual(['I', 'I', scheme.type])
    const imported: ImportResult = importAif(exportGraph(graph, 'aif'))
    expect(parse(imported.markdown).graph.relations.map(({from, to}) => [from, to])).toEqual([['y', 'x']])
    const argdownOptions: ArgdownImportOptions = {kit: defaultKit}
    expect((await importArgdown(exportGraph(graph, 'argdown'), argdownOptions)).markdown).toContain(':::claim{#y supports=x}')
  })
})

describe('messages raised after the rules take the configuration\'s severities', () => {
  test('`lossy-export` and `raw-html-dropped` off or raised in .argmarkrc.json, as a rule would be', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'argmark-settle-'))
    try {
      writeFileSync(path.join(folder, 'draft.md'), ':claim[A claim]{#a}\n\nProse cites [@doe99] outside the node, <b>in bold</b>.\n')
      writeFileSync(path.join(folder, '.argmarkrc.json'), JSON.stringify({settings: {rules: {'lossy-export': 'off', 'raw-html-dropped': 'error', 'missing-bibliography': 'off'}}}))
      const exported = argmark(['export', 'draft.md', '--format', 'aif', '-o', 'map.json'], folder)
      expect([exported.status, exported.stderr]).toEqual([0, ''])
      const rendered = argmark(['render', 'draft.md', '--to', 'html'], folder)
      expect(rendered.status).toBe(1)
      expect(rendered.stderr).toContain('3:40-3:43 error Unexpected raw HTML `<b>`')
      // Without the settings: the loss is a warning, the HTML too.
      rmSync(path.join(folder, '.argmarkrc.json'))
      expect(argmark(['export', 'draft.md', '--format', 'aif', '-o', 'map.json'], folder).stderr).toContain('warning Unexpected citation of `@doe99` outside every node')
      expect(argmark(['render', 'draft.md', '--to', 'html'], folder).status).toBe(0)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
