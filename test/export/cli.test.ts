import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
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
