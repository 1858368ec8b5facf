import {describe, expect, test} from 'vitest'
import {check} from '../../src/index.js'
import {messagesFor} from '../helpers.js'

const sources = [
  {id: 'unpd2002', type: 'report'},
  {id: 'risse2000', type: 'chapter'}
]

describe('unknown-citation-key', () => {
  test('known keys pass', () => {
    expect(messagesFor('unknown-citation-key', 'Text [@unpd2002, p. 1; see @risse2000].', {sources})).toEqual([])
  })

  test('an unknown key is an error at the key itself, with the closest key', () => {
    const document = 'Text [see @undp2002, p. 1].'
    const [message, ...rest] = messagesFor('unknown-citation-key', document, {sources})
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      fatal: true,
      line: 1,
      column: 12,
      reason: 'Unexpected citation key `undp2002`, expected a key of the bibliography (did you mean `unpd2002`?)',
      expected: ['unpd2002'],
      url: 'https://github.com/argmark/argmark/blob/main/docs/rules/unknown-citation-key.md'
    })
    expect(document.slice(message!.place && 'start' in message!.place ? message!.place.start.offset : 0, message!.place && 'end' in message!.place ? message!.place.end.offset : 0)).toBe('undp2002')
  })

  test('braced, in-text and author-suppressed keys are checked and placed at the key', () => {
    const messages = messagesFor('unknown-citation-key', '@nobody [p. 2] says [-@{Some Body}].', {sources})
    expect(messages.map((message) => [message.column, message.expected])).toEqual([
      [2, undefined],
      [25, undefined]
    ])
  })

  test('nothing is checked when the sources are not known (`missing-bibliography` says so once)', () => {
    expect(messagesFor('unknown-citation-key', 'Text [@anything].')).toEqual([])
    expect(messagesFor('unknown-citation-key', '---\nbibliography: refs.bib\n---\n\nText [@anything].')).toEqual([])
    expect(messagesFor('missing-bibliography', 'Text [@anything] and [@else].')).toHaveLength(1)
  })

  test('inline references make the sources known', () => {
    const document = '---\nreferences:\n- id: doe99\n  type: book\n---\n\nText [@doe99] and [@doe98].'
    expect(messagesFor('unknown-citation-key', document).map((message) => message.reason)).toEqual([
      'Unexpected citation key `doe98`, expected a key of the bibliography (did you mean `doe99`?)'
    ])
  })

  test('an empty list of sources makes every key unknown', () => {
    expect(check('Text [@a] [@b].', {sources: []}).map((message) => message.ruleId)).toEqual(['unknown-citation-key', 'unknown-citation-key'])
  })
})
