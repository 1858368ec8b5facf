import {describe, expect, test} from 'vitest'
import {createSession, lint, render} from '../../src/index.js'
import {messagesFor} from '../helpers.js'

const at = (document: string) => messagesFor('unused-footnote', document).map((message) => [message.fatal, message.line, message.column, message.reason])

describe('unused-footnote', () => {
  test('a definition no reference names is a warning at the definition; every output drops it', () => {
    const document = 'Text.[^a]\n\n[^a]: Kept note.\n\n[^b]: Lost note words.\n'
    expect(at(document)).toEqual([
      [false, 5, 1, 'Unexpected unused footnote definition `[^b]`, expected a reference `[^b]` in the text: the note is dropped from every output']
    ])
    // What the message says is true: the words are in no output.
    expect(render(document, {to: 'text'})).not.toContain('Lost note')
    expect(render(document, {to: 'html'})).not.toContain('Lost note')
    expect(render(document, {to: 'text'})).toContain('Kept note')
  })

  test('a definition inside a container directive that only a reference before it names', () => {
    const document = 'Before.[^in]\n\n:::claim\nBoxed.\n\n[^in]: Inner words.\n:::\n'
    expect(at(document)).toEqual([
      [
        false, 6, 1,
        'Unexpected unused footnote definition `[^in]` inside the `:::claim` container, expected a reference `[^in]` inside the container or after it (text before it does not see the definition): the note is dropped from every output'
      ]
    ])
    expect(render(document, {to: 'text'})).not.toContain('Inner words')
  })

  test('a definition inside a container directive used inside it, or after it, passes', () => {
    expect(at(':::claim\nBoxed.[^in]\n\n[^in]: Inner.\n:::\n')).toEqual([])
    expect(at(':::claim\n[^in]: Inner.\n:::\n\nAfter.[^in]\n')).toEqual([])
  })

  test('labels compare as CommonMark labels do (case and spacing aside); a reference in another note counts', () => {
    expect(at('Text.[^Big  Note]\n\n[^big note]: Note.\n')).toEqual([])
    expect(at('Text.[^a]\n\n[^a]: See also.[^b]\n\n[^b]: Second.\n')).toEqual([])
  })

  test('a call in a citation\'s prefix, suffix or right after its locator uses the note, which every output keeps', async () => {
    // pandoc reads each call as a note inside the citation (`[@one, p. 3[^fn]]`: citationSuffix
    // `[Str ",", Space, Str "p.\160\&3", Note [...]]`).
    expect(at('Text [@one, p. 3[^fn]].\n\n[^fn]: The note words.\n')).toEqual([])
    expect(at('Text [@one[^fn]].\n\n[^fn]: The note words.\n')).toEqual([])
    expect(at('Text [see[^Big  Fn] @one].\n\n[^big fn]: The note words.\n')).toEqual([])
    expect(at('Text @one [p. 3, and[^fn]].\n\n[^fn]: The note words.\n')).toEqual([])
    // An escaped bracket is no call: the note is unused.
    expect(at('Text [@one, p. 3 \\[^fn]].\n\n[^fn]: The note words.\n')).toHaveLength(1)
    const document = '---\nreferences:\n- id: one\n  type: book\n  title: One\n---\n\nText [@one, p. 3[^fn]].\n\n[^fn]: The note words.\n'
    expect(at(document)).toEqual([])
    for (const to of ['markdown', 'html', 'text'] as const) {
      const out = render(document, {to})
      expect(out, to).toMatch(/One.{0,12}3/)
      expect(out, to).toContain('The note words.')
      expect(out, to).not.toContain('[^fn]')
    }
    // An editor session reads the same.
    const session = createSession()
    const messages = await session.update('Text [@one, p. 3[^fn]].\n\n[^fn]: The note words.\n')
    expect(messages.filter((message) => message.ruleId === 'unused-footnote')).toEqual([])
  })

  test('lint reports it and control comments silence it', () => {
    const document = 'Text.\n\n[^x]: Lost.\n'
    expect(lint(document).filter((message) => message.ruleId === 'unused-footnote').map((message) => message.line)).toEqual([3])
    expect(lint('<!-- argmark-disable unused-footnote -->\n\n' + document).filter((message) => message.ruleId === 'unused-footnote')).toEqual([])
  })

  test('a session gives it as lint does, and drops it when a reference is typed', async () => {
    const session = createSession()
    const document = 'Text.\n\n[^x]: Lost.\n'
    const first = await session.update(document)
    expect(first.filter((message) => message.ruleId === 'unused-footnote').map((message) => message.reason)).toEqual(
      lint(document).filter((message) => message.ruleId === 'unused-footnote').map((message) => message.reason)
    )
    expect(first.some((message) => message.ruleId === 'unused-footnote')).toBe(true)
    const after = await session.update([{start: 'Text'.length, end: 'Text'.length, text: '[^x]'}])
    expect(after.filter((message) => message.ruleId === 'unused-footnote')).toEqual([])
  })
})
