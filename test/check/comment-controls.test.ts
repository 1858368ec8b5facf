import {describe, expect, test} from 'vitest'
import {check} from '../../src/index.js'

const quotation = ':evidence["norms matter"]{#q type=quotation}.'

describe('control comments in check', () => {
  test('argmark-ignore silences a rule for the next block only', () => {
    const document = ['<!-- argmark-ignore quotation-without-locator -->', '', quotation, '', quotation.replace('#q', '#r')].join('\n')
    expect(check(document).map((message) => [message.ruleId, message.line])).toEqual([['quotation-without-locator', 5]])
  })

  test('argmark-disable and -enable bracket a stretch; a bare disable turns off every core rule', () => {
    const document = [
      '<!-- argmark-disable quotation-without-locator -->',
      '',
      quotation,
      '',
      '<!-- argmark-enable quotation-without-locator -->',
      '',
      quotation.replace('#q', '#r'),
      '',
      '<!-- argmark-disable -->',
      '',
      ':claim[x]{#x supports=nowhere}'
    ].join('\n')
    expect(check(document).map((message) => [message.ruleId, message.line])).toEqual([['quotation-without-locator', 7]])
  })

  test('a comment naming a lint rule is not an error for check', () => {
    const document = '<!-- argmark-disable uncited-statistic -->\n\n' + quotation
    expect(check(document).map((message) => message.ruleId)).toEqual(['quotation-without-locator'])
  })

  test('other comments are left alone', () => {
    expect(check('<!-- a note to self -->\n\n' + quotation).map((message) => message.ruleId)).toEqual(['quotation-without-locator'])
  })
})
