import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'

// Every entry point the package exports: its subpath and its source module.
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | {types: string; default: string}>
}
const entries = Object.entries(manifest.exports)
  .filter((entry): entry is [string, {types: string; default: string}] => typeof entry[1] === 'object')
  .map(([subpath, target]) => ({
    name: subpath === '.' ? 'argmark' : 'argmark/' + subpath.slice(2),
    source: target.default.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts')
  }))

const docsFolder = new URL('../../docs/', import.meta.url)
const docs = readdirSync(docsFolder, {recursive: true})
  .filter((name) => String(name).endsWith('.md'))
  .map((name) => readFileSync(new URL(String(name), docsFolder), 'utf8'))
  .join('\n')

const testsFolder = new URL('../', import.meta.url)
const tests = readdirSync(testsFolder, {recursive: true})
  .filter((name) => /\.(?:ts|js)$/.test(String(name)) && String(name) !== 'docs/exports.test.ts')
  .map((name) => readFileSync(new URL(String(name), testsFolder), 'utf8'))
  .join('\n')

/** Every name an entry module exports, values and types, read from its text. */
function exportedNames(text: string): string[] {
  const names: string[] = []
  for (const match of text.matchAll(/export (?:type )?\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(',')) {
      const name = part.trim().split(/\s+as\s+/).at(-1)!.trim()
      if (name) names.push(name)
    }
  }
  return names
}

test('the package exports the root and its subpaths', () => {
  expect(entries.map((entry) => entry.name)).toEqual(['argmark', 'argmark/sources', 'argmark/citation', 'argmark/math', 'argmark/render', 'argmark/lint', 'argmark/export'])
})

describe.each(entries)('the entry `$name` ($source)', ({name, source}) => {
  const text = readFileSync(new URL('../../src/' + source, import.meta.url), 'utf8')

  test('only re-exports', () => {
    const code = text.replace(/\/\/.*$/gm, '').replace(/export (?:type )?\{[^}]*\} from '[^']+'/g, '').trim()
    expect(code).toBe('')
  })

  test('every runtime export is read from its text', async () => {
    const module = (await import('../../src/' + source.replace(/\.ts$/, '.js'))) as Record<string, unknown>
    const names = new Set(exportedNames(text))
    for (const each of Object.keys(module)) expect(names.has(each), each).toBe(true)
  })

  test('every export is used by a test', () => {
    expect(exportedNames(text).filter((each) => !new RegExp('\\b' + each + '\\b').test(tests))).toEqual([])
  })

  test('every export is documented in docs/', () => {
    const missing = exportedNames(text).filter((each) => !new RegExp('`[^`]*\\b' + each + '\\b[^`]*`').test(docs))
    expect(missing).toEqual([])
  })

  test('the entry is named in docs/api.md', () => {
    expect(docs).toContain('`' + name + '`')
  })
})
