import {describe, expect, test} from 'vitest'
import {lintFor, places} from './lint-helpers.js'

describe('unattributed-quotation', () => {
  test('cited quotations, short scare quotes and titles pass', () => {
    const document = [
      'The Secretary-General called migration "one of the most pressing issues of our time" [@annan2002, p. 3].',
      'The ministry speaks of "managed migration" where others speak of control.',
      'The report "Migration in an Interconnected World" appeared in 2005.',
      "Don't read the States' apostrophes as quotes, won't you?"
    ].join('\n\n')
    expect(lintFor('unattributed-quotation', document)).toEqual([])
  })

  test('a quoted span is reported from its opening to its closing quote', () => {
    const messages = lintFor('unattributed-quotation', 'One delegate called it “a charter for exclusion dressed up as management.”')
    expect(places(messages)).toEqual(['1:24'])
    expect(messages[0]?.place).toEqual({start: {line: 1, column: 24, offset: 23}, end: {line: 1, column: 75, offset: 74}})
    expect(messages[0]?.reason).toBe(
      'Unexpected quotation “a charter for exclusion dressed up as management.” without a source, expected a citation or footnote in its paragraph'
    )
  })

  test('nested and single quotes make one quotation', () => {
    const document = "HRW urged the IOM to stop focusing \"narrowly on the need for 'managed migration' systems\" now.\n\nShe wrote 'the colonies on plate four have stopped growing.'"
    expect(places(lintFor('unattributed-quotation', document))).toEqual(['1:36', '3:11'])
  })

  test('a block quote needs a source inside it or in the sentence that introduces it', () => {
    const quote = '> Migration, properly managed, can be a force for development.\n'
    const messages = lintFor('unattributed-quotation', 'The preamble puts it plainly:\n\n' + quote)
    expect(messages.map((message) => [message.line, message.column, message.reason])).toEqual([
      [
        3,
        1,
        'Unexpected block quote of 9 words without a source, expected a citation or footnote in it or in the paragraph that introduces it'
      ]
    ])
    expect(lintFor('unattributed-quotation', 'The preamble puts it plainly [@gcim2005, p. 4]:\n\n' + quote)).toEqual([])
    expect(lintFor('unattributed-quotation', 'The preamble puts it plainly:\n\n> Migration can be a force for development. [@gcim2005]\n')).toEqual([])
  })

  test('scope `sentence`: only the last sentence of the introduction counts', () => {
    const options = {rules: {'unattributed-quotation': ['warn', {scope: 'sentence'}]}} as const
    const document = 'The text is old [@gcim2005]. Its preamble reads:\n\n> Migration can be a force for development in every country.\n'
    expect(lintFor('unattributed-quotation', document)).toEqual([])
    expect(places(lintFor('unattributed-quotation', document, options))).toEqual(['3:1'])
  })

  test('call-outs and short block quotes are not quotations', () => {
    expect(lintFor('unattributed-quotation', '> Note: all values are given in SI units.\n\n> [!WARNING]\n> Back up your data before you start.\n\n> So true.')).toEqual([])
  })

  test('`minimumWords` sets how long a quotation is', () => {
    const options = {rules: {'unattributed-quotation': ['warn', {minimumWords: 2}]}} as const
    expect(lintFor('unattributed-quotation', 'They call it "managed migration".')).toEqual([])
    expect(places(lintFor('unattributed-quotation', 'They call it "managed migration".', options))).toEqual(['1:14'])
  })
})
