import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {check, lint, loadSources, parse, render} from '../../src/index.js'

// Problems inside bibliography files are tested with `loadSources` in test/sources/.
describe('invalid-bibliography', () => {
  const document = '---\nreferences:\n- id: a\n  type: book\n- title: no id\n---\n\nText [@a].'

  test('an invalid inline reference is one error at its place, and the valid ones are kept', () => {
    const messages = check(document).filter((message) => message.ruleId === 'invalid-bibliography')
    expect(messages.map((message) => [message.fatal, message.line, message.column])).toEqual([[true, 5, 3]])
    expect(messages[0]?.reason).toBe('Unexpected item 2 without an `id`, expected a CSL item in `references` with an `id` (the item is left out)')
    expect(parse(document).graph.sources.map((source) => source.id)).toEqual(['a'])
  })

  test('is reported once by every verb, also with sources given besides', () => {
    const sources = [{id: 'b', type: 'book'}]
    const count = (messages: Array<{ruleId?: string | null | undefined}>) =>
      messages.filter((message) => message.ruleId === 'invalid-bibliography').length
    expect(count(check(document, {sources}))).toBe(1)
    expect(count(lint(document, {sources}))).toBe(1)
    const file = new VFile({value: document})
    render(file, {sources})
    expect(count(file.messages)).toBe(1)
    expect(count(parse(document).file.messages)).toBe(1)
  })

  test('an unreadable or unknown bibliography is placed at its path in the front matter', async () => {
    const text = '---\ntitle: Harbour dues\nbibliography:\n  - gone.bib\n  - notes.txt\n---\n\nText [@a].\n'
    const loader = async (path: string) => {
      if (path === 'gone.bib') throw new Error('ENOENT: no such file')
      return ''
    }
    const placed = (messages: Array<{ruleId?: string | null | undefined; line?: number | undefined; column?: number | undefined}>) =>
      messages.filter((message) => message.ruleId === 'invalid-bibliography').map((message) => [message.line, message.column])
    for (const verb of [check, lint]) {
      const file = new VFile({path: 'draft.md', value: text})
      const sources = await loadSources({bibliography: ['gone.bib', 'notes.txt']}, loader, file)
      expect(placed(verb(file, {sources}))).toEqual([[4, 5], [5, 5]])
    }
    // One path as a string, quoted: the place of the value, quotes and all.
    const one = new VFile({value: '---\nbibliography: "gone.bib"\n---\n'})
    await loadSources({bibliography: 'gone.bib'}, loader, one)
    expect(one.messages.map((message) => [message.line, message.column, message.place && 'end' in message.place ? message.place.end.column : undefined])).toEqual([[2, 15, 25]])
    // Given places win (a metadata block later in the document, as the command line reads it).
    const given = new VFile({value: 'Text.\n'})
    await loadSources({bibliography: 'gone.bib', bibliographyPlaces: [{start: {line: 9, column: 3}, end: {line: 9, column: 11}}]}, loader, given)
    expect(placed(given.messages)).toEqual([[9, 3]])
  })

  test('guard: paths the front matter does not name, or no front matter, have no place', async () => {
    const loader = async () => {
      throw new Error('ENOENT: no such file')
    }
    const other = new VFile({value: '---\nbibliography: refs.bib\n---\n'})
    await loadSources({bibliography: 'gone.bib'}, loader, other)
    const none = new VFile({value: 'Text.\n'})
    await loadSources({bibliography: 'gone.bib'}, loader, none)
    expect([...other.messages, ...none.messages].map((message) => [message.ruleId, message.line])).toEqual([
      ['invalid-bibliography', undefined],
      ['invalid-bibliography', undefined]
    ])
  })

  test('an unreadable bibliography or one of an unknown format is an error on the document', async () => {
    const file = new VFile({path: 'draft.md', value: ''})
    const loaded = await loadSources({bibliography: ['gone.bib', 'refs.txt']}, async (path) => {
      if (path === 'gone.bib') throw new Error('ENOENT: no such file')
      return ''
    }, file)
    expect(loaded.failed).toEqual(['gone.bib', 'refs.txt'])
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      ['invalid-bibliography', true, 'Unexpected unreadable bibliography `gone.bib` (ENOENT: no such file), expected a readable file'],
      ['invalid-bibliography', true, 'Unexpected bibliography `refs.txt`, expected a `.bib`, `.bibtex`, `.json`, `.yaml` or `.yml` file']
    ])
  })
})
