import {describe, expect, test} from 'vitest'
import {check} from '../../src/index.js'

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
})
