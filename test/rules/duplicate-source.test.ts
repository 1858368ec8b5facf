import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {check, loadSources} from '../../src/index.js'

describe('duplicate-source', () => {
  test('an id two bibliographies define is a warning on the later file, at its entry; the first wins', async () => {
    const texts: Record<string, string> = {
      'a.bib': '@book{doe99, title = {First}}\n',
      'b.json': '[\n  {"id": "other", "type": "book"},\n  {"id": "doe99", "type": "book", "title": "Second"}\n]\n'
    }
    const loaded = await loadSources({bibliography: ['a.bib', 'b.json']}, async (path) => texts[path]!)
    expect(loaded.items.map((item) => [item.id, item.title])).toEqual([
      ['doe99', 'First'],
      ['other', undefined]
    ])
    expect(loaded.messages.map((message) => [message.file, message.ruleId, message.fatal, message.line, message.column, message.reason])).toEqual([
      [
        'b.json',
        'duplicate-source',
        false,
        3,
        3,
        'Unexpected source `doe99` already defined in `a.bib`, expected each source id once across bibliographies'
      ]
    ])
  })

  test('an inline reference the given sources repeat is one warning at the reference; the inline one wins', () => {
    const document = '---\nbibliography: refs.bib\nreferences:\n- id: doe99\n  type: book\n  title: Inline\n---\n\n[@doe99]'
    const file = new VFile({path: 'draft.md', value: document})
    const messages = check(file, {sources: [{id: 'doe99', type: 'book', title: 'From the file'}]})
    expect(messages.map((message) => [message.ruleId, message.fatal, message.line, message.column, message.reason])).toEqual([
      [
        'duplicate-source',
        false,
        4,
        3,
        'Unexpected source `doe99` in `references` that the bibliography defines too, expected each source id once (the one in `references` is used)'
      ]
    ])
  })

  test('the same id twice in front-matter `references` is one warning at the second item; the first is used', () => {
    const document = '---\nreferences:\n- id: a\n  type: book\n  title: A\n- id: a\n  type: book\n  title: A again\n---\n\nCite [@a].\n'
    const messages = check(document).filter((message) => message.ruleId === 'duplicate-source')
    expect(messages.map((message) => [message.line, message.column, message.fatal, message.reason])).toEqual([
      [6, 3, false, 'Unexpected source `a` defined again in `references` (first at 3:3), expected each source id once (the first is used)']
    ])
  })

  test('is configurable like a rule, and silenced by a comment', () => {
    const document = '---\nreferences:\n- id: a\n  type: book\n---\n\n[@a]'
    const sources = [{id: 'a', type: 'book'}]
    expect(check(document, {sources}).map((message) => message.ruleId)).toEqual(['duplicate-source'])
    expect(check(document, {sources, rules: {'duplicate-source': 'off'}})).toEqual([])
    expect(check(document, {sources, rules: {'duplicate-source': 'error'}})[0]?.fatal).toBe(true)
    expect(check('<!-- argmark-disable duplicate-source -->\n' + document.slice(document.indexOf('\n\n') + 2), {sources})).toEqual([])
  })
})
