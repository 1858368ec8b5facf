import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {parseDocument} from '../../src/extract/parse.js'
import {defaultKit} from '../../src/index.js'
import {loadSources, resolveSources, type SourceLoader} from '../../src/sources/index.js'
import {seen} from '../helpers.js'

const read = (name: string): string => readFileSync(new URL('../fixtures/sources/' + name, import.meta.url), 'utf8')

/** A loader over a few in-memory files, as the Node entry or a browser would supply one. */
function memory(files: Record<string, string>): SourceLoader & {asked: string[]} {
  const asked: string[] = []
  const loader = async (path: string): Promise<string> => {
    asked.push(path)
    const text = files[path]
    if (text === undefined) throw new Error('ENOENT: no such file, open ' + path)
    return text
  }
  return Object.assign(loader, {asked})
}

describe('loadSources', () => {
  test('one bibliography path', async () => {
    const loader = memory({'refs.bib': read('refs.bib')})
    const {items, messages, files} = await loadSources({bibliography: 'refs.bib'}, loader)
    expect(loader.asked).toEqual(['refs.bib'])
    expect(messages).toEqual([])
    expect(items).toHaveLength(7)
    expect(files.map((file) => file.path)).toEqual(['refs.bib'])
  })

  test('a list of bibliographies of every format', async () => {
    const loader = memory({
      'a.bib': read('refs.bib'),
      'b.json': '[{"id": "b", "type": "book"}]',
      'c.yaml': 'references:\n- id: c\n  type: book\n',
      'd.YML': '- id: d\n  type: book\n',
      'e.bibtex': '@book{e, title={E}}'
    })
    const {items, messages, files, failed} = await loadSources({bibliography: ['a.bib', 'b.json', 'c.yaml', 'd.YML', 'e.bibtex']}, loader)
    expect(messages).toEqual([])
    expect(failed).toEqual([])
    expect(items.map((item) => item.id)).toEqual([
      'risse2000',
      'florini2000',
      'castles2004',
      'gonzalez1999',
      'worldbank2002',
      'unhcr2003web',
      'ghosh2003',
      'b',
      'c',
      'd',
      'e'
    ])
    expect(files.map((file) => String(file.value).length > 0)).toEqual([true, true, true, true, true])
  })

  test('duplicate ids across bibliographies: a warning on the later file, at the item; the first wins', async () => {
    const loader = memory({'a.bib': read('refs.bib'), 'b.json': read('refs.json'), 'c.yaml': read('refs.yaml')})
    const {items, messages, files} = await loadSources({bibliography: ['a.bib', 'b.json', 'c.yaml']}, loader)
    expect(messages.map((message) => ({file: message.file, ...seen(message), fatal: message.fatal}))).toEqual([
      {
        file: 'b.json',
        ruleId: 'duplicate-source',
        line: 11,
        column: 3,
        reason: 'Unexpected source `castles2004` already defined in `a.bib`, expected each source id once across bibliographies',
        fatal: false
      },
      {
        file: 'c.yaml',
        ruleId: 'duplicate-source',
        line: 3,
        column: 3,
        reason: 'Unexpected source `risse2000` already defined in `a.bib`, expected each source id once across bibliographies',
        fatal: false
      }
    ])
    expect(items.find((item) => item.id === 'castles2004')?.volume).toBe('27')
    expect(files[1]?.messages).toHaveLength(1)
  })

  test('a duplicate key inside one .bib is reported at the second entry', async () => {
    const loader = memory({'a.bib': '@book{a, title = {x}}\n\n@book{a, title = {y}}\n'})
    const {items, messages} = await loadSources({bibliography: 'a.bib'}, loader)
    expect(items).toEqual([{id: 'a', type: 'book', title: 'x'}])
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['duplicate-source', 3, 1]])
  })

  test('inline references duplicated by a bibliography; invalid inline references: each reported once, by resolveSources', async () => {
    const draft = '---\nbibliography: refs.json\nreferences:\n- id: unpd2002\n  type: book\n- title: no id\n---\n\n[@unpd2002] [@castles2004]'
    const loaded = await loadSources({bibliography: 'refs.json'}, memory({'refs.json': read('refs.json')}))
    expect(loaded.messages).toEqual([])
    const parsed = parseDocument(new VFile({path: 'draft.md', value: draft}), defaultKit)
    resolveSources(parsed, loaded)
    expect(parsed.graph.sources.map((item) => item.id)).toEqual(['unpd2002', 'castles2004'])
    // The inline one wins.
    expect(parsed.graph.sources[0]?.type).toBe('book')
    expect(parsed.file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['invalid-bibliography', 6, 3],
      ['duplicate-source', 4, 3]
    ])
    // Resolving again reports nothing again.
    resolveSources(parsed, loaded)
    resolveSources(parsed, [...loaded.items])
    expect(parsed.file.messages).toHaveLength(2)
  })

  test('a bibliography that cannot be read, or of an unknown format, is reported on the document', async () => {
    const document = new VFile({path: 'draft.md'})
    const loader = memory({'refs.txt': 'x', 'refs.bib': '@book{a, title={A}}'})
    const {items, messages} = await loadSources({bibliography: ['missing.bib', 'refs.txt', 'refs.bib']}, loader, document)
    expect(items.map((item) => item.id)).toEqual(['a'])
    expect(messages.map((message) => [message.file, message.ruleId, message.reason])).toEqual([
      [
        'draft.md',
        'invalid-bibliography',
        'Unexpected unreadable bibliography `missing.bib` (ENOENT: no such file, open missing.bib), expected a readable file'
      ],
      [
        'draft.md',
        'invalid-bibliography',
        'Unexpected bibliography `refs.txt`, expected a `.bib`, `.bibtex`, `.json`, `.yaml` or `.yml` file'
      ]
    ])
  })

  test('problems inside a bibliography land on the bibliography’s file', async () => {
    const loader = memory({'malformed.bib': read('malformed.bib')})
    const {items, messages, files} = await loadSources({bibliography: 'malformed.bib'}, loader)
    expect(items).toHaveLength(4)
    expect(messages.map((message) => [message.file, message.line, message.column])).toEqual([
      ['malformed.bib', 13, 1],
      ['malformed.bib', 13, 32]
    ])
    expect(files[0]?.messages).toEqual(messages)
  })

  test('no sources', async () => {
    const loader = memory({})
    expect(await loadSources({}, loader)).toEqual({items: [], failed: [], messages: [], files: []})
    expect(loader.asked).toEqual([])
  })
})
