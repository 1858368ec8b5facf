import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import * as argmark from '../../src/index.js'

const index = readFileSync(new URL('../../src/index.ts', import.meta.url), 'utf8')
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

/** Every name `src/index.ts` exports, values and types, read from its text. */
function exportedNames(): string[] {
  const names: string[] = []
  for (const match of index.matchAll(/export (?:type )?\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(',')) {
      const name = part.trim().split(/\s+as\s+/).at(-1)!.trim()
      if (name) names.push(name)
    }
  }
  return names
}

describe('the public API', () => {
  test('src/index.ts only re-exports', () => {
    const code = index.replace(/\/\/.*$/gm, '').replace(/export (?:type )?\{[^}]*\} from '[^']+'/g, '').trim()
    expect(code).toBe('')
  })

  test('every runtime export is read from the text of src/index.ts', () => {
    const names = new Set(exportedNames())
    for (const name of Object.keys(argmark)) expect(names.has(name), name).toBe(true)
  })

  test('every export is used by a test', () => {
    expect(exportedNames().filter((name) => !new RegExp('\\b' + name + '\\b').test(tests))).toEqual([])
  })

  test('every export is documented in docs/', () => {
    const missing = exportedNames().filter((name) => !new RegExp('`[^`]*\\b' + name + '\\b[^`]*`').test(docs))
    expect(missing).toEqual([])
  })
})
