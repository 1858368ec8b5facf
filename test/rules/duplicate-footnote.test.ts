import {describe, expect, test} from 'vitest'
import {createSession, lint, render} from '../../src/index.js'
import {messagesFor} from '../helpers.js'

const at = (document: string) => messagesFor('duplicate-footnote', document).map((message) => [message.fatal, message.line, message.column, message.reason])

describe('duplicate-footnote', () => {
  test('a label defined again is a warning at the later definition, which every output drops', () => {
    const document = 'Text.[^1]\n\n[^1]: First words.\n\n[^1]: Second words.\n'
    expect(at(document)).toEqual([
      [false, 5, 1, 'Unexpected second definition of footnote `[^1]` (first defined at 3:1), expected one definition per label: this one is dropped from every output']
    ])
    expect(render(document, {to: 'text'})).toContain('First words')
    expect(render(document, {to: 'text'})).not.toContain('Second words')
    // The first is used: not also unused.
    expect(messagesFor('unused-footnote', document)).toEqual([])
  })

  test('labels compare case and spacing aside; the later one is found inside containers too', () => {
    expect(at('Text.[^a]\n\n[^a]: One.\n\n> [^A]: Two.\n').map((row) => row[1])).toEqual([5])
    expect(at('Text.[^a]\n\n[^a]: One.\n\n:::claim\n[^a]: Two.\n:::\n').map((row) => row[1])).toEqual([6])
  })

  test('the seed-766318738 shape: a label defined twice, no reference, gives one message per definition', () => {
    const document = 'Words.\n\n[^2]: talks aid.\n\n[^2]: policy need.\n'
    expect(lint(document).filter((message) => message.ruleId === 'unused-footnote' || message.ruleId === 'duplicate-footnote').map((message) => [message.ruleId, message.line])).toEqual([
      ['unused-footnote', 3],
      ['duplicate-footnote', 5]
    ])
  })

  test('distinct labels pass', () => {
    expect(at('A.[^1] B.[^2]\n\n[^1]: One.\n\n[^2]: Two.\n')).toEqual([])
  })

  test('a session gives it as lint does when the second definition is typed', async () => {
    const session = createSession()
    const document = 'Text.[^1]\n\n[^1]: One.\n'
    await session.update(document)
    const added = '\n[^1]: Two.\n'
    const messages = await session.update([{start: document.length, end: document.length, text: added}])
    const full = document + added
    const pick = (list: typeof messages) => list.filter((message) => message.ruleId === 'duplicate-footnote').map((message) => [message.line, message.column, message.reason])
    expect(pick(messages)).toEqual(pick(lint(full)))
    expect(pick(messages)).toHaveLength(1)
  })
})
