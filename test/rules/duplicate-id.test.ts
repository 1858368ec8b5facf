import {describe, expect, test} from 'vitest'
import {allMessages, messagesFor} from '../helpers.js'

describe('duplicate-id', () => {
  test('unique ids pass', () => {
    expect(allMessages(':claim[A]{#a}\n\n:claim[B]{#b supports=a}')).toEqual([])
  })

  test('a second node with the same id is reported at the second node', () => {
    const messages = messagesFor('duplicate-id', ':claim[A]{#a}\n\nSee :claim[B]{#a}.')
    expect(messages).toHaveLength(1)
    const [message] = messages
    expect(message?.line).toBe(3)
    expect(message?.column).toBe(5)
    expect(message?.reason).toBe(
      'Unexpected duplicate id `a` (first used at 1:1), expected an id no other node has'
    )
    expect(message?.source).toBe('argmark')
    expect(message?.fatal).toBe(true)
    expect(message?.url).toMatch(/docs\/rules\/duplicate-id\.md$/)
  })

  test('ids are case-sensitive', () => {
    expect(messagesFor('duplicate-id', ':claim[A]{#a}\n\n:claim[B]{#A}')).toEqual([])
  })

  test('generated ids never collide with an id the author wrote', () => {
    expect(allMessages(':claim[A]{#claim-1}\n\n:claim[B]\n\n:claim[C]{supports=claim-1}')).toEqual([])
  })
})
