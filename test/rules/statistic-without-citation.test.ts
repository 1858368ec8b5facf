import {describe, expect, test} from 'vitest'
import {messagesFor} from '../helpers.js'

describe('statistic-without-citation', () => {
  test('a statistic with a citation right after it, or inside it, passes', () => {
    expect(messagesFor('statistic-without-citation', ':evidence[175 million]{#s type=statistic} [@unpd2002, p. 1].')).toEqual([])
    expect(messagesFor('statistic-without-citation', ':::evidence{#s type=statistic}\n175 million [@unpd2002, p. 1].\n:::')).toEqual([])
  })

  test('a statistic with no citation is a warning on the node', () => {
    const [message, ...rest] = messagesFor('statistic-without-citation', 'In 2002 :evidence[175 million]{#s type=statistic}.')
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      fatal: false,
      line: 1,
      column: 9,
      reason: 'Unexpected statistic `s` without a citation, expected a citation right after it, such as `[@key, p. 12]`'
    })
  })

  test('a citation for the sentence only does not back the statistic', () => {
    expect(messagesFor('statistic-without-citation', ':evidence[175 million]{#s type=statistic} people, says the UN [@unpd2002].')).toHaveLength(1)
  })

  test('other evidence types need no citation here', () => {
    expect(messagesFor('statistic-without-citation', ':evidence[a case]{#e type=example}.')).toEqual([])
  })
})
