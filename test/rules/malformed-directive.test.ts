import {describe, expect, test} from 'vitest'
import {format, parse} from '../../src/index.js'
import {allMessages, messagesFor, seen} from '../helpers.js'

describe('malformed-directive', () => {
  test('well-formed directives pass', () => {
    expect(allMessages('See :claim[x]{#a .key thesis="true"} here.\n\n:::claim{#b}\nBody\n:::\n')).toEqual([])
  })

  test('an unclosed quote in a text directive is reported at the `{`, and the text is kept', () => {
    const document = 'First line.\nsee :claim[x]{#a title="oops} tail'
    const messages = messagesFor('malformed-directive', document)
    expect(messages.map(seen)).toEqual([
      {
        ruleId: 'malformed-directive',
        line: 2,
        column: 14,
        reason:
          'Unexpected unclosed attribute block after `:claim`, expected `{…}` closed on the same line with balanced quotes'
      }
    ])
    const {tree} = parse(document)
    expect(JSON.stringify(tree)).toContain('{#a title=\\"oops} tail')
  })

  test('an unclosed label is reported and the text stays prose', () => {
    const document = 'A :claim[never closed'
    expect(messagesFor('malformed-directive', document).map(seen)).toEqual([
      {
        ruleId: 'malformed-directive',
        line: 1,
        column: 9,
        reason: 'Unexpected unclosed label after `:claim`, expected `[…]` closed on the same line'
      }
    ])
    expect(parse(document).graph.nodes).toEqual([])
    expect(format(document)).toBe(document)
  })

  test('a container fence that does not parse is reported at its colons', () => {
    const document = 'Intro.\n\n> Quoted\n> :::claim{#a title="oops}\n> body\n'
    expect(messagesFor('malformed-directive', document).map(seen)).toEqual([
      {
        ruleId: 'malformed-directive',
        line: 4,
        column: 3,
        reason:
          'Unexpected `:::claim` line that is not a directive, expected a label `[…]` and attributes `{…}` that close on the same line'
      }
    ])
  })

  test('colons of other names in paragraphs are not fences to report', () => {
    expect(messagesFor('malformed-directive', 'Look::here and\n::1 more')).toEqual([])
  })

  test('format leaves a document with malformed markup as written', () => {
    const document = ':::claim{#a title="oops}\nbody\n:::\n\n*   item\n'
    expect(format(document)).toBe(document)
  })

  test('a space between a label and its attributes is reported at the `{`', () => {
    expect(messagesFor('malformed-directive', 'We :claim[x] {#a} say.').map(seen)).toEqual([
      {
        ruleId: 'malformed-directive',
        line: 1,
        column: 14,
        reason: 'Unexpected space before the attributes of `:claim`, expected `{…}` right after the label'
      }
    ])
  })

  test('a space between a name and its label is reported at the `[`', () => {
    expect(messagesFor('malformed-directive', 'We :claim [x]{#a} say.').map((message) => [message.column, message.reason])).toEqual([
      [11, 'Unexpected space before the label of `:claim`, expected `[…]` right after the name']
    ])
  })

  test('a leaf directive inside a line is reported', () => {
    expect(messagesFor('malformed-directive', 'A ::claim[x]{#a} inline.').map((message) => [message.column, message.reason])).toEqual([
      [3, 'Unexpected `::claim` inside a line, expected `:claim` for a phrase or `::claim` at the start of a line']
    ])
  })

  test('prose braces after a directive and a space are not reported when the directive has both parts', () => {
    expect(messagesFor('malformed-directive', 'We :claim[x]{#a} {as a set} say.')).toEqual([])
  })
})
