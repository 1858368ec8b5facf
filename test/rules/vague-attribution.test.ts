import {describe, expect, test} from 'vitest'
import {lintFor, places} from './lint-helpers.js'

describe('vague-attribution', () => {
  test('a named or cited source passes', () => {
    const document = [
      'UNHCR data show a steady fall in resettlement places.',
      'These studies show that the effect depends on the route.',
      'Studies show that regularisation does not increase entry [@papademetriou2003].',
      'Thouez argues that civil society has done little [@thouez2003].',
      'NGOs want some say in how the consultations are run.'
    ].join('\n\n')
    expect(lintFor('vague-attribution', document)).toEqual([])
  })

  test('unnamed sources are reported at their words', () => {
    const document = [
      'Studies show that regularisation does not increase entry.',
      'It is widely believed that controls divert migrants.',
      'Critics say the processes coordinate restriction.',
      'Sources close to the minister say she will go.'
    ].join('\n\n')
    const messages = lintFor('vague-attribution', document)
    expect(places(messages)).toEqual(['1:1', '3:1', '5:1', '7:1'])
    expect(messages.map((message) => message.reason.split('`')[1])).toEqual([
      'Studies show',
      'It is widely believed that',
      'Critics say',
      'Sources close to'
    ])
    expect(messages[0]?.reason).toBe(
      'Unexpected vague attribution `Studies show` without a source, expected a citation or footnote in its paragraph'
    )
    expect(messages[2]?.place).toEqual({start: {line: 5, column: 1, offset: 113}, end: {line: 5, column: 12, offset: 124}})
  })

  test('scope `sentence` asks for the source in the same sentence', () => {
    const document = 'Experts agree that it fails. The figures are in the report [@hlwg1999].'
    expect(lintFor('vague-attribution', document)).toEqual([])
    expect(places(lintFor('vague-attribution', document, {rules: {'vague-attribution': ['warn', {scope: 'sentence'}]}}))).toEqual([
      '1:1'
    ])
  })
})
