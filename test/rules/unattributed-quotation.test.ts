import {describe, expect, test} from 'vitest'
import {lintFor, places} from './lint-helpers.js'

describe('unattributed-quotation', () => {
  test('cited quotations, quotations of named speakers, short scare quotes, titles and idioms pass', () => {
    const document = [
      'One delegate called migration "one of the most pressing issues of our time" [@annan2002, p. 3].',
      'The Secretary-General called migration "one of the most pressing issues of our time".',
      '"We have cut everything we can cut," said the council leader, Joanne Pryce.',
      'The ministry speaks of "managed migration" where others speak of control.',
      'The report "Migration in an Interconnected World" appeared in 2005.',
      'Her essay "Tenancy Reform After the 2019 Act" argues the same.',
      'As the saying goes, "a rising tide lifts all boats, whatever their size".',
      'Places are allocated on a "first come, first served" basis.',
      "Don't read the States' apostrophes as quotes, won't you?"
    ].join('\n\n')
    expect(lintFor('unattributed-quotation', document)).toEqual([])
  })

  test('a quotation of no named speaker is reported from its opening to its closing quote', () => {
    const messages = lintFor('unattributed-quotation', 'One delegate called it “a charter for exclusion dressed up as management.”')
    expect(places(messages)).toEqual(['1:24'])
    expect(messages[0]?.place).toEqual({start: {line: 1, column: 24, offset: 23}, end: {line: 1, column: 75, offset: 74}})
    expect(messages[0]?.reason).toBe(
      'Unexpected quotation “a charter for exclusion dressed up as management.”, with no named speaker and without a citation in ' +
        'its sentence, expected a citation such as `[@key, p. N]` after it, or the speaker named'
    )
  })

  test('unnamed speakers: one person, a bare plural, no one', () => {
    const document = [
      'As one official put it, "we are not in the business of charity".',
      'Islanders describe the service as "a lifeline that keeps snapping".',
      '“This is a dark day for the whole community,” a neighbour said.',
      'The motto "never again, not here, not ever" was everywhere.'
    ].join('\n\n')
    expect(places(lintFor('unattributed-quotation', document))).toEqual(['1:25', '3:35', '5:1'])
  })

  test('a class narrowed by a phrase and another of an unnamed group are unnamed; chapter and verse cite scripture', () => {
    const document = [
      'Critics at the premiere called the finale "a storm with no ship in it".',
      'Another customer wrote: "Within two weeks I was back on my bike."',
      'The Gospel is blunt: "Do not worry about tomorrow, for tomorrow will worry about itself" (Matthew 6:34).'
    ].join('\n\n')
    expect(places(lintFor('unattributed-quotation', document))).toEqual(['1:43', '3:25'])
  })

  test('a class whose aside only narrows it is unnamed; an aside that names someone, or an apposition to a name, names the speaker', () => {
    const document = [
      'Growers, including most in the valley, say "the frost came three weeks early this year."',
      'Growers, including Ana Ruiz, say "the frost came three weeks early this year."',
      'Ana Ruiz, the chair of the growers, said "the frost came three weeks early this year."'
    ].join('\n\n')
    expect(places(lintFor('unattributed-quotation', document))).toEqual(['1:44'])
  })

  test('nested and single quotes make one quotation', () => {
    const document =
      "Critics urged the IOM to stop focusing \"narrowly on the need for 'managed migration' systems\" now.\n\nOne wrote 'the colonies on plate four have stopped growing.'"
    expect(places(lintFor('unattributed-quotation', document))).toEqual(['1:40', '3:11'])
  })

  test('a block quote needs a named speaker or a citation in it or in the sentence that introduces it', () => {
    const quote = '> Migration, properly managed, can be a force for development.\n'
    const messages = lintFor('unattributed-quotation', 'Islanders say:\n\n' + quote)
    expect(messages.map((message) => [message.line, message.column, message.reason])).toEqual([
      [
        3,
        3,
        'Unexpected block quote of 9 words with no named speaker and no citation in it or in the sentence that introduces it, ' +
          'expected a citation such as `[@key, p. N]` there, or the speaker named'
      ]
    ])
    expect(lintFor('unattributed-quotation', quote)).toHaveLength(1)
    expect(lintFor('unattributed-quotation', 'Islanders say [@gcim2005, p. 4]:\n\n' + quote)).toEqual([])
    expect(lintFor('unattributed-quotation', 'Islanders say:\n\n> Migration can be a force for development. [@gcim2005]\n')).toEqual([])
    // A named source: quotation-without-citation's to report.
    expect(lintFor('unattributed-quotation', 'The preamble puts it plainly:\n\n' + quote)).toEqual([])
  })

  test('scope `sentence`: only the last sentence of the introduction counts; `paragraph`: all of it', () => {
    const options = {rules: {'unattributed-quotation': ['warn', {scope: 'paragraph'}]}} as const
    const document = 'The text is old [@gcim2005]. Delegates say:\n\n> Migration can be a force for development in every country.\n'
    // The message starts at the quoted words, after the `> ` marker.
    expect(places(lintFor('unattributed-quotation', document))).toEqual(['3:3'])
    expect(lintFor('unattributed-quotation', document, options)).toEqual([])
  })

  test('call-outs and short block quotes are not quotations', () => {
    expect(lintFor('unattributed-quotation', '> Note: all values are given in SI units.\n\n> [!WARNING]\n> Back up your data before you start.\n\n> So true.')).toEqual([])
  })

  test('`minimumWords` sets how long a quotation is; `ignore` leaves quoted phrases alone', () => {
    const options = {rules: {'unattributed-quotation': ['warn', {minimumWords: 2}]}} as const
    expect(lintFor('unattributed-quotation', 'Some call it "managed migration".')).toEqual([])
    expect(places(lintFor('unattributed-quotation', 'Some call it "managed migration".', options))).toEqual(['1:14'])
    const ignore = {rules: {'unattributed-quotation': ['warn', {ignore: ['never again, not here']}]}} as const
    expect(lintFor('unattributed-quotation', 'A sign read "never again, not here, not ever".', ignore)).toEqual([])
  })
  test('words read from or asked of unnamed people, and a person picked out by what they did, are unnamed', () => {
    expect(lintFor('unattributed-quotation', 'She reads out a card a customer left: "you kept the lights on for us all winter."')).toHaveLength(1)
    expect(lintFor('unattributed-quotation', 'I remember the woman who told me, "nobody had knocked on my door in a year."')).toHaveLength(1)
    // The speaker's own words to an audience stay the speaker's.
    expect(lintFor('unattributed-quotation', 'The mayor told residents, "the bridge will reopen before the winter."')).toEqual([])
  })
})
