import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {messagesFor} from '../helpers.js'

const sources = [
  {id: 'risse2000', type: 'chapter'},
  {id: 'unpress', type: 'document'},
  {id: 'web', type: 'webpage'}
]

describe('quotation-without-locator', () => {
  test('a quotation cited with a locator passes', () => {
    expect(messagesFor('quotation-without-locator', ':evidence["norms"]{#q type=quotation} [@risse2000, p. 185].', {sources})).toEqual([])
    expect(messagesFor('quotation-without-locator', ':evidence["norms"]{#q type=quotation} [@risse2000, chap. 2].', {sources})).toEqual([])
  })

  test('a quotation from a paginated source without a locator is a warning at the citation item', () => {
    const document = ':evidence["norms"]{#q type=quotation} [see @risse2000].'
    const [message, ...rest] = messagesFor('quotation-without-locator', document, {sources})
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      fatal: false,
      line: 1,
      column: 40,
      reason:
        'Unexpected quotation `q` cited without a locator, expected the page or section where `risse2000` says it, such as `[@risse2000, p. 12]`'
    })
  })

  test('a page term pandoc does not read as one (`pg.`, `pp` without its period) is named, with the term to write', () => {
    const reason = (suffix: string) =>
      messagesFor('quotation-without-locator', ':evidence["norms"]{#q type=quotation} [@risse2000, ' + suffix + '].', {sources}).map((message) => message.reason)
    expect(reason('pg. 40')).toEqual([
      'Unexpected quotation `q` cited with `pg. 40`, which pandoc reads as text, not as a locator, expected `[@risse2000, p. 40]`'
    ])
    expect(reason('pp 3-5')).toEqual([
      'Unexpected quotation `q` cited with `pp 3-5`, which pandoc reads as text, not as a locator, expected `[@risse2000, pp. 3-5]`'
    ])
    expect(reason('pgs. 3–5')[0]).toContain('expected `[@risse2000, pp. 3–5]`')
    expect(reason('p 7')[0]).toContain('expected `[@risse2000, p. 7]`')
    // Guards: a term pandoc reads is a locator (no message); a word that is no page term keeps the plain message.
    expect(reason('pp. 3-5')).toEqual([])
    expect(reason('page 40')).toEqual([])
    expect(reason('pg. forty')[0]).toContain('cited without a locator')
    expect(reason('pgm 40')[0]).toContain('cited without a locator')
  })

  test('sources without pages need no locator', () => {
    expect(messagesFor('quotation-without-locator', ':evidence["words"]{#q type=quotation} [@web]; :evidence["more"]{#r type=quotation} [@unpress].', {sources})).toEqual([])
  })

  test('one locator among the citations is enough', () => {
    expect(messagesFor('quotation-without-locator', ':evidence["norms"]{#q type=quotation} [@web; @risse2000, p. 3].', {sources})).toEqual([])
  })

  test('a quotation with no citation at all is `unattributed-quotation`\'s, not this rule\'s', () => {
    const document = ':evidence["words of others quoted here"]{#q type=quotation}.'
    expect(messagesFor('quotation-without-locator', document, {sources})).toEqual([])
    expect(lint(document, {sources, rules: {'unused-source': 'off'}}).map((message) => [message.ruleId, message.reason])).toEqual([
      [
        'unattributed-quotation',
        'Unexpected quotation `q` without a citation, expected a citation with a locator right after it, such as `[@key, p. 12]`'
      ],
      ['orphan-evidence', 'Unexpected evidence `q` that supports nothing, expected `supports=` with the id of the claim it backs']
    ])
  })

  test('without sources, a cited quotation is not judged', () => {
    expect(messagesFor('quotation-without-locator', ':evidence["norms"]{#q type=quotation} [@risse2000].')).toEqual([])
  })
})
