import {describe, expect, test} from 'vitest'
import {createSession, lint, render} from '../../src/index.js'
import {messagesFor} from '../helpers.js'

const at = (document: string) => messagesFor('undefined-footnote', document).map((message) => [message.fatal, message.line, message.column, message.reason])

describe('undefined-footnote', () => {
  test('a reference with no definition is a warning at the reference; every output shows it as text', () => {
    const document = 'Text[^a] here.\n'
    expect(at(document)).toEqual([
      [false, 1, 5, 'Unexpected footnote reference `[^a]` with no definition, expected a definition `[^a]: …`: the text shows `[^a]`']
    ])
    const message = messagesFor('undefined-footnote', document)[0]!
    expect([message.place, message.expected]).toEqual([{start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 9, offset: 8}}, undefined])
    // What the message says is true: the label is in the text.
    expect(render(document, {to: 'text'})).toContain('Text[^a] here.')
  })

  test('an empty label is never a reference', () => {
    expect(at('Text with undefined note[^nope] and [^].\n')).toEqual([
      [false, 1, 25, 'Unexpected footnote reference `[^nope]` with no definition, expected a definition `[^nope]: …`: the text shows `[^nope]`'],
      [false, 1, 37, 'Unexpected footnote reference `[^]` with no label, expected a label and its definition (`[^1]` and `[^1]: …`): the text shows `[^]`']
    ])
  })

  test('places inside block quotes, lists and emphasis are the reference’s own', () => {
    expect(at('> quote\n> more [^e]\n\n- item\n  text *em [^y]*\n').map(([, line, column]) => [line, column])).toEqual([
      [2, 8],
      [5, 12]
    ])
  })

  test('a defined reference, an escaped bracket, code and a label with a space pass', () => {
    expect(at('Text.[^a] Escaped \\[^b] and `[^c]`.\n\n    [^d]\n\n[^a]: Note.\n')).toEqual([])
    expect(at('Text.[^Big  Note]\n\n[^big note]: Note.\n')).toEqual([])
    expect(at('Not a reference [^two words].\n')).toEqual([])
  })

  test('a reference before the container directive that holds its definition', () => {
    expect(at('Before.[^in]\n\n:::claim\nBoxed.\n\n[^in]: Inner words.\n:::\n').map(([, line, column]) => [line, column])).toEqual([[1, 8]])
    expect(at(':::claim\nBoxed.[^in]\n\n[^in]: Inner.\n:::\n\nAfter.[^in]\n')).toEqual([])
  })

  test('lint reports it and control comments silence it', () => {
    const document = 'Text[^x].\n'
    expect(lint(document).filter((message) => message.ruleId === 'undefined-footnote').map((message) => message.line)).toEqual([1])
    expect(lint('<!-- argmark-disable undefined-footnote -->\n\n' + document).filter((message) => message.ruleId === 'undefined-footnote')).toEqual([])
  })

  test('a session gives it as lint does, and drops it when the definition is typed', async () => {
    const session = createSession()
    const document = 'Intro.\n\nText[^x] here.\n'
    const first = await session.update(document)
    const pick = (list: typeof first) => list.filter((message) => message.ruleId === 'undefined-footnote').map((message) => [message.line, message.column, message.reason])
    expect(pick(first)).toEqual(pick(lint(document)))
    expect(pick(first)).toHaveLength(1)
    const after = await session.update([{start: document.length, end: document.length, text: '\n[^x]: Note.\n'}])
    expect(pick(after)).toEqual([])
  })

  test('after a byte order mark, in lint and in a session, at the same place as without it', async () => {
    const document = 'Intro.\n\nText[^x] here.\n'
    const places = (list: readonly {line: number | undefined; column: number | undefined; ruleId?: string | undefined}[]) =>
      list.filter((message) => message.ruleId === 'undefined-footnote').map((message) => [message.line, message.column])
    expect(places(lint('\uFEFF' + document))).toEqual([[3, 5]])
    expect(places(await createSession().update('\uFEFF' + document))).toEqual([[3, 5]])
  })
})
