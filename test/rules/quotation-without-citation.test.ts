import {describe, expect, test} from 'vitest'
import {lintFor, places} from './lint-helpers.js'

describe('quotation-without-citation', () => {
  test('a quotation of a named speaker without a citation is reported at its words', () => {
    const messages = lintFor('quotation-without-citation', '"We have cut everything we can cut," said the council leader, Joanne Pryce.')
    expect(places(messages)).toEqual(['1:1'])
    expect(messages[0]?.place).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 37, offset: 36}})
    expect(messages[0]?.reason).toBe(
      'Unexpected quotation "We have cut everything we can cut," of a named speaker without a citation in its sentence, ' +
        'expected a citation such as `[@key, p. N]` after it'
    )
  })

  test('named speakers: a name, a role with `the`, a pronoun, a spokesperson, a document', () => {
    const document = [
      'Maria Ekström said the fence "did not stop people; it changed where they died".',
      '"This is a pause, not a reversal," the chief executive told investors.',
      'The head teacher spoke. "Children can\'t learn if they\'re exhausted," he said.',
      '"We\'re doing everything we can," a spokesperson said.',
      "The vendor's documentation calls it \"a simple three-step process\".",
      '"We will reopen the line by Easter," said operations director Ana Reyes.'
    ].join('\n\n')
    expect(places(lintFor('quotation-without-citation', document))).toEqual(['1:30', '3:1', '5:25', '7:1', '9:37', '11:1'])
  })

  test('a citation in its sentence, or the same source next to it, covers it; unnamed speakers are another rule', () => {
    const document = [
      'The minister promised "a once-in-a-generation investment in our defences" [@hansard2024, col. 312].',
      'As one flood warden put it, "that does not even pay for the sandbags".',
      'Requirement R-12 states that "the system shall recover within 30 seconds".'
    ].join('\n\n')
    expect(lintFor('quotation-without-citation', document)).toEqual([])
  })

  test('a block quote introduced by a named source', () => {
    const quote = '> Migration, properly managed, can be a force for development.\n'
    // The message starts at the quoted words, after the `> ` marker.
    expect(places(lintFor('quotation-without-citation', 'The preamble puts it plainly:\n\n' + quote))).toEqual(['3:3'])
    expect(lintFor('quotation-without-citation', 'The preamble puts it plainly [@gcim2005, p. 4]:\n\n' + quote)).toEqual([])
  })

  test('off in `recommended`, an error in `strict`', () => {
    const document = 'The mayor said: "We will not let this neighbourhood be forgotten again."'
    expect(lintFor('quotation-without-citation', document, {preset: 'recommended'})).toEqual([])
    expect(lintFor('quotation-without-citation', document, {preset: 'strict'})[0]?.fatal).toBe(true)
  })
})
