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
