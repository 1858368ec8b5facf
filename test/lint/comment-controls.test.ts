import {describe, expect, test} from 'vitest'
import {check, defaultKit, defineGraphRule} from '../../src/index.js'

// One core problem (an unknown reference) per copy.
const quotation = ':claim[norms matter]{#q supports=nowhere}.'

describe('control comments in check (and every verb that runs rules)', () => {
  test('argmark-ignore silences a rule for the next block only', () => {
    const document = ['<!-- argmark-ignore unknown-reference -->', '', quotation, '', quotation.replace('#q', '#r')].join('\n')
    expect(check(document).map((message) => [message.ruleId, message.line])).toEqual([['unknown-reference', 5]])
  })

  test('argmark-disable and -enable bracket a stretch; a bare disable turns off every core rule', () => {
    const document = [
      '<!-- argmark-disable unknown-reference -->',
      '',
      quotation,
      '',
      '<!-- argmark-enable unknown-reference -->',
      '',
      quotation.replace('#q', '#r'),
      '',
      '<!-- argmark-disable -->',
      '',
      ':claim[x]{#x supports=nowhere}'
    ].join('\n')
    expect(check(document).map((message) => [message.ruleId, message.line])).toEqual([['unknown-reference', 7]])
  })

  test('a comment naming a rule of another preset is not an error for check', () => {
    const document = '<!-- argmark-disable uncited-statistic -->\n\n' + quotation
    expect(check(document).map((message) => message.ruleId)).toEqual(['unknown-reference'])
  })

  test('other comments are left alone', () => {
    expect(check('<!-- a note to self -->\n\n' + quotation).map((message) => message.ruleId)).toEqual(['unknown-reference'])
  })

  test('a message a rule placed outside the document is kept, and the others are still controlled', () => {
    const outside = defineGraphRule({
      id: 'test:outside',
      check(_graph, report) {
        report({line: 1, column: 400}, 'Unexpected place, expected none')
        report({line: 99, column: 1}, 'Unexpected line, expected none')
      }
    })
    const kit = defaultKit.extend({kinds: {}, rules: [outside]})
    const document = '<!-- argmark-ignore unknown-reference -->\n\n' + quotation
    const messages = check(document, {kit, rules: {outside: 'warn'}})
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['outside', 1, 400],
      ['outside', 99, 1]
    ])
  })
})
