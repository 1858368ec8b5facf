import {describe, expect, test} from 'vitest'
import {parse} from '../../src/index.js'
import {allMessages, messagesFor, seen} from '../helpers.js'

describe('invalid-attribute', () => {
  test('valid attributes pass and are decoded', () => {
    const document = ':claim[x]{#x thesis}\n\n:evidence[e]{#e type=quotation supports=x} [@doe2000, p. 3]'
    expect(allMessages(document, {sources: [{id: 'doe2000', type: 'book'}]})).toEqual([])
    const [claim, evidence] = parse(document).graph.nodes
    expect(claim).toMatchObject({id: 'x', thesis: true})
    expect(evidence).toMatchObject({id: 'e', type: 'quotation', supports: ['x']})
  })

  test('a value outside an enum is reported at the attribute and left out of the node', () => {
    const document = ':claim[x]{#x}\n\n:evidence[e]{#e type=stat supports=x}'
    expect(messagesFor('invalid-attribute', document).map(seen)).toEqual([
      {
        ruleId: 'invalid-attribute',
        line: 3,
        column: 17,
        reason:
          'Unexpected value `stat` for `type` on evidence, expected `statistic`, `quotation`, `example`, `testimony` or `document`'
      }
    ])
    expect(parse(document).graph.nodes[1]).not.toHaveProperty('type')
  })

  test('a missing required attribute is reported at the directive', () => {
    expect(messagesFor('invalid-attribute', 'Text :evidence[e]{#e} and :objection[o]{#o}.').map(seen)).toEqual([
      {
        ruleId: 'invalid-attribute',
        line: 1,
        column: 6,
        reason:
          'Unexpected missing attribute `type` on evidence, expected `statistic`, `quotation`, `example`, `testimony` or `document`'
      },
      {
        ruleId: 'invalid-attribute',
        line: 1,
        column: 27,
        reason: 'Unexpected missing attribute `attacks` on objection, expected a list of ids'
      }
    ])
  })

  test('a flag with a non-boolean value is reported', () => {
    expect(messagesFor('invalid-attribute', ':claim[x]{#x thesis=maybe}').map((message) => message.reason)).toEqual([
      'Unexpected value `maybe` for `thesis` on claim, expected a boolean'
    ])
  })

  test('an empty relation list is reported', () => {
    expect(messagesFor('invalid-attribute', ':claim[x]{#x supports=""}').map((message) => message.reason)).toEqual([
      'Unexpected empty value for `supports` on claim, expected at least 1 id'
    ])
  })
})
