import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {check, lint, loadSources, render} from '../../src/index.js'
import {messagesFor} from '../helpers.js'

const missing = (document: string, options?: Parameters<typeof check>[1]) =>
  messagesFor('missing-bibliography', document, options).map((message) => [message.fatal, message.line, message.column, message.reason])

describe('missing-bibliography', () => {
  test('a bibliography checked without its sources is one warning at the `bibliography` key, naming every path', () => {
    const document = '---\ntitle: T\nbibliography: [a.bib, b.json]\n---\n\nText [@a] and [@b].'
    expect(missing(document)).toEqual([
      [
        false,
        3,
        1,
        'Unexpected bibliography `a.bib`, `b.json` that was not loaded, expected its sources given as the `sources` option (see `loadSources`); citation keys are not checked'
      ]
    ])
    // Keys are not checked, so no key is called unknown.
    expect(messagesFor('unknown-citation-key', document)).toEqual([])
  })

  test('a document with citations and no sources at all is one warning at its first citation', () => {
    expect(missing('Text [@a].\n\nMore [@b].')).toEqual([
      [
        false,
        1,
        6,
        'Unexpected citation of `a` in a document without sources, expected a `bibliography` or `references` in the front matter (or the `sources` option); citation keys are not checked'
      ]
    ])
    expect(missing('No citations here.')).toEqual([])
  })

  test('is not reported when the sources are given or written inline', async () => {
    expect(missing('---\nbibliography: a.bib\n---\n\nText [@a].', {sources: [{id: 'a', type: 'book'}]})).toEqual([])
    expect(missing('Text [@a].', {sources: []})).toEqual([])
    expect(missing('---\nreferences: []\n---\n\nText [@a].')).toEqual([])
    const loaded = await loadSources({bibliography: 'a.bib'}, async () => '@book{a, title = {A}}')
    expect(missing('---\nbibliography: a.bib\n---\n\nText [@a].', {sources: loaded})).toEqual([])
  })

  test('a bibliography that could not be loaded is reported by the loader, and not again here', async () => {
    const loaded = await loadSources({bibliography: 'gone.bib'}, async () => {
      throw new Error('ENOENT')
    })
    expect(loaded.failed).toEqual(['gone.bib'])
    const document = '---\nbibliography: gone.bib\n---\n\nText [@a].'
    expect(check(document, {sources: loaded}).map((message) => message.ruleId)).toEqual([])
  })

  test('lint and render report it as check does', () => {
    const document = 'Text [@a].'
    expect(lint(document).map((message) => message.ruleId)).toEqual(['missing-bibliography'])
    const file = new VFile({value: document})
    expect(render(file)).toBe('Text.[^1]\n\n[^1]: **A?**\n')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['missing-bibliography'])
  })
})
