import {describe, expect, test} from 'vitest'
import {messagesFor} from '../helpers.js'

describe('unused-source', () => {
  test('cited sources pass', () => {
    expect(messagesFor('unused-source', 'Text [@a] and @b says.', {sources: [{id: 'a', type: 'book'}, {id: 'b', type: 'book'}]})).toEqual([])
  })

  test('an uncited source of a bibliography is a warning at the `bibliography` key', () => {
    const document = '---\ntitle: T\nbibliography: refs.bib\n---\n\nText [@a].'
    const messages = messagesFor('unused-source', document, {sources: [{id: 'a', type: 'book'}, {id: 'b', type: 'book'}]})
    expect(messages.map((message) => [message.fatal, message.line, message.column, message.reason])).toEqual([
      [false, 3, 1, 'Unexpected source `b` that is never cited, expected a citation such as `[@b]` or the source removed']
    ])
  })

  test('an uncited inline reference is placed at the reference', () => {
    const document = '---\nreferences:\n- id: a\n  type: book\n- id: b\n  type: book\n---\n\nText [@a].'
    expect(messagesFor('unused-source', document).map((message) => [message.line, message.column])).toEqual([[5, 3]])
  })

  test('a source the front matter\'s `nocite` lists is used; `@*` uses every source', () => {
    const sources = [{id: 'a', type: 'book'}, {id: 'b', type: 'book'}, {id: 'c', type: 'book'}]
    const reasons = (document: string) => messagesFor('unused-source', document, {sources}).map((message) => message.reason)
    expect(reasons('---\nnocite: "@b"\n---\n\nText [@a].')).toEqual([
      'Unexpected source `c` that is never cited, expected a citation such as `[@c]` or the source removed'
    ])
    expect(reasons('---\nnocite: ["@b", "@c."]\n---\n\nText [@a].')).toEqual([])
    expect(reasons('---\nnocite: "@*"\n---\n\nText.')).toEqual([])
  })

  test('a citation in a footnote counts as citing', () => {
    expect(messagesFor('unused-source', 'Text.[^1]\n\n[^1]: See [@a].', {sources: [{id: 'a', type: 'book'}]})).toEqual([])
  })

  test('nothing is reported when there are no sources', () => {
    expect(messagesFor('unused-source', 'Text.')).toEqual([])
    expect(messagesFor('unused-source', '---\nbibliography: refs.bib\n---\n\nText.')).toEqual([])
  })

  test('uncited inline references are reported even when a named bibliography was not loaded', () => {
    const document = '---\nbibliography: refs.bib\nreferences:\n- id: a\n  type: book\n---\n\nText.'
    expect(messagesFor('unused-source', document).map((message) => [message.line, message.column])).toEqual([[4, 3]])
  })
})
