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

  test('a subject far from its verb: past phrases, a relative clause, a participle or a first verb', () => {
    const document = [
      'Surveys of tenants in the northern boroughs have consistently found the same.',
      'Early trials that tested the vaccine in adults put the figure much lower.',
      'Drivers commuting from the suburbs have reported longer delays.',
      'Bus companies have backed the scheme but warn that fares will rise.',
      'Later observational studies nevertheless detect a smaller effect.'
    ].join('\n\n')
    expect(lintFor('vague-attribution', document).map((message) => message.reason.split('`')[1])).toEqual([
      'Surveys of tenants in the … have consistently found',
      'Early trials that tested … in adults put the figure',
      'Drivers commuting from the suburbs have reported',
      'Bus companies have backed the scheme but warn',
      'Later observational studies nevertheless detect'
    ])
  })

  test('impersonal passives and a class of people calling or describing', () => {
    const document = [
      'It is well established that the bridge was built twice.',
      'We are told that the budget is balanced.',
      'Its founders are credited with saving the language.',
      'There is growing evidence that the fence moved crossings to the sea.',
      'Critics have called it a failure, and patients describe the wards as cold.',
      'Older fishermen remember the bay as the richest on the coast, according to local historians.'
    ].join('\n\n')
    expect(lintFor('vague-attribution', document).map((message) => message.reason.split('`')[1])).toEqual([
      'It is well established that',
      'We are told that',
      'are credited with',
      'There is growing evidence that',
      'Critics have called',
      'patients describe',
      'Older fishermen remember',
      'according to local historians'
    ])
  })

  test('a named body after the subject, a feeling, an instruction, a name in quotes, or an agreed fact is not vague', () => {
    const document = [
      'Observers from the OSCE said the count was fair.',
      'Children usually feel better within a week.',
      'Most guides tell you to start before dawn.',
      'Locals call the hill "the Sleeping Giant".',
      'Appeals on this ground have succeeded in a third of reported cases.',
      'Industry data suggest that switching has slowed.',
      'Residents remember the flood of 1953, and rents rose, according to figures from the city council.'
    ].join('\n\n')
    expect(lintFor('vague-attribution', document)).toEqual([])
  })

  test('a vague source after a sentence that ends in a capitalised word', () => {
    expect(places(lintFor('vague-attribution', 'The report came out in May. Experts agree it is late.'))).toEqual(['1:29'])
  })

  test('a vague source that introduces a quotation is the quotation rules’ to report', () => {
    expect(lintFor('vague-attribution', 'Several officials said they had "never been asked to think about emigrants".')).toEqual([])
  })

  test('a quotation a later clause gives its own speaker leaves the vague source its own claim', () => {
    const text = 'Many growers say the frost killed the early crop, and one told us flatly: "we will not plant before May again."'
    expect(places(lintFor('vague-attribution', text))).toEqual(['1:1'])
    expect(places(lintFor('unattributed-quotation', text))).toEqual(['1:75'])
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
  test('a class of people that suspects, declares or hails', () => {
    expect(lintFor('vague-attribution', 'Archaeologists have long suspected that the wall is Roman.')).toHaveLength(1)
    expect(lintFor('vague-attribution', 'Engineers hailed the design as a breakthrough.')).toHaveLength(1)
  })
})
