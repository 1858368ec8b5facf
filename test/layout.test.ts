import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'

// Data flows one way (DESIGN.md, "Layout"): each folder of src/ may import
// only the folders below it. A test, so the layout stays true.
const allowed: Record<string, readonly string[]> = {
  util: [],
  kit: [],
  syntax: ['kit', 'util'],
  extract: ['syntax', 'kit', 'util'],
  sources: ['extract', 'syntax', 'kit', 'util'],
  lint: ['sources', 'extract', 'syntax', 'kit', 'util'],
  render: ['sources', 'extract', 'syntax', 'kit', 'util'],
  export: ['sources', 'extract', 'syntax', 'kit', 'util'],
  verbs: ['lint', 'render', 'export', 'sources', 'extract', 'syntax', 'kit', 'util'],
  cli: ['verbs', 'lint', 'render', 'export', 'sources', 'extract', 'syntax', 'kit', 'util']
}

const src = new URL('../src/', import.meta.url)
const files = readdirSync(src, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.ts'))

/** The src/ folders a module imports from (relative imports only). */
function importedFolders(file: string): string[] {
  const text = readFileSync(new URL(file, src), 'utf8')
  const folders: string[] = []
  for (const match of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!))
    const top = target.split('/')[0]!
    if (!top.startsWith('..') && top !== target) folders.push(top)
  }
  return folders
}

describe('the layout of src/', () => {
  test('every module sits in a known folder (or is the root index)', () => {
    const folders = new Set(files.map((file) => (file.includes('/') ? file.split('/')[0]! : '.')))
    expect([...folders].filter((folder) => folder !== '.' && !Object.hasOwn(allowed, folder))).toEqual([])
    expect(files.filter((file) => !file.includes('/'))).toEqual(['index.ts'])
  })

  test('nothing imports upward', () => {
    const upward: string[] = []
    for (const file of files) {
      const own = file.split('/')[0]!
      if (file === 'index.ts') {
        for (const folder of importedFolders(file)) if (folder === 'cli') upward.push(file + ' → ' + folder)
        continue
      }
      for (const folder of importedFolders(file)) {
        if (folder !== own && !allowed[own]!.includes(folder)) upward.push(file + ' → ' + folder)
      }
    }
    expect(upward).toEqual([])
  })

  test('a kit is resolved in one place', () => {
    const fallbacks = files.filter((file) => /\?\?\s*defaultKit\b/.test(readFileSync(new URL(file, src), 'utf8')))
    expect(fallbacks).toEqual(['kit/default-kit.ts'])
  })
})
