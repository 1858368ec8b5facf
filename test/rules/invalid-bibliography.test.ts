import {describe, expect, test} from 'vitest'
import {check} from '../../src/index.js'
import {messagesFor} from '../helpers.js'

// Problems inside bibliography files are tested with `loadSources` in test/sources/.
describe('invalid-bibliography: a bibliography checked without its sources', () => {
  test('is one warning at the `bibliography` key, naming every path', () => {
    const document = '---\ntitle: T\nbibliography: [a.bib, b.json]\n---\n\nText [@a].'
    const messages = messagesFor('invalid-bibliography', document)
    expect(messages.map((message) => [message.fatal, message.line, message.column, message.reason])).toEqual([
      [
        false,
        3,
        1,
        'Unexpected bibliography `a.bib`, `b.json` that was not loaded, expected its sources given as the `sources` option (see `loadSources`); citation keys are not checked'
      ]
    ])
  })

  test('is not reported when the sources are given, or no bibliography is named', () => {
    expect(messagesFor('invalid-bibliography', '---\nbibliography: a.bib\n---\n\nText [@a].', {sources: [{id: 'a', type: 'book'}]})).toEqual([])
    expect(check('Text [@a].')).toEqual([])
  })
})
