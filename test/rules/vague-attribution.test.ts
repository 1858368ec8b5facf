import {describe, expect, test} from 'vitest'
import {lintFor, places} from './lint-helpers.js'

describe('vague-attribution', () => {
  test('a named, counted or cited source passes', () => {
    const document = [
      'UNHCR data show a steady fall in resettlement places.',
      'These studies show that the effect depends on the route.',
      'Studies show that regularisation does not increase entry [@papademetriou2003].',
      'Thouez argues that civil society has done little [@thouez2003].',
      'NGOs want some say in how the consultations are run.',
      'Payroll data show that most refugees find work within three years.',
      'The researchers caution that the study was observational.',
      'Of the teenagers asked, 46% of teens say they are online all day.'
    ].join('\n\n')
    expect(lintFor('vague-attribution', document)).toEqual([])
  })

  test('unnamed sources are reported at their words', () => {
    const document = [
      'Studies show that regularisation does not increase entry.',
      'It is widely believed that controls divert migrants.',
      'Critics say the processes coordinate restriction.',
      'Sources close to the minister say she will go.',
      'Economists broadly agree that supply is the cause.',
      'Police chiefs privately concede that patrols do little.'
    ].join('\n\n')
    const messages = lintFor('vague-attribution', document)
    expect(places(messages)).toEqual(['1:1', '3:1', '5:1', '7:1', '9:1', '11:1'])
    expect(messages.map((message) => message.reason.split('`')[1])).toEqual([
      'Studies show',
      'It is widely believed that',
      'Critics say',
      'Sources close to',
      'Economists broadly agree',
      'Police chiefs privately concede'
    ])
    expect(messages[0]?.reason).toBe(
      'Unexpected vague attribution `Studies show` without a citation in its sentence, expected a citation such as ' +
        '`[@key, p. N]` after it, or the source named'
    )
    expect(messages[2]?.place).toEqual({start: {line: 5, column: 1, offset: 113}, end: {line: 5, column: 12, offset: 124}})
  })

  test('a vague source after a sentence that ends in a capitalised word', () => {
    expect(places(lintFor('vague-attribution', 'The report came out in May. Experts agree it is late.'))).toEqual(['1:29'])
  })

  test('a vague source that introduces a quotation is the quotation rules’ to report', () => {
    expect(lintFor('vague-attribution', 'Several officials said they had "never been asked to think about emigrants".')).toEqual([])
  })

  test('scope: the sentence by default, the paragraph on request', () => {
    const document = 'Experts agree that it fails. The figures are in the report [@hlwg1999].'
    expect(places(lintFor('vague-attribution', document))).toEqual(['1:1'])
    expect(lintFor('vague-attribution', document, {rules: {'vague-attribution': ['warn', {scope: 'paragraph'}]}})).toEqual([])
  })

  test('`phrases` and `ignore`', () => {
    const rules = {'vague-attribution': ['warn', {phrases: ['insiders reckon'], ignore: ['critics say']}]} as const
    expect(lintFor('vague-attribution', 'Insiders reckon it will pass. Critics say it will not.', {rules}).map((message) => message.column)).toEqual([1])
  })
})
