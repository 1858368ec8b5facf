import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'

const document = '---\nreferences:\n  - id: doe\n    type: book\n    title: Borders\n    author: [{family: Doe, given: Jane}]\n    issued: 2001\n---\n\nCited words [@doe].\n'

const loop =
  '<?xml version="1.0" encoding="utf-8"?><style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">' +
  '<info><title>Loop</title><id>loop</id><updated>2020-01-01T00:00:00+00:00</updated></info>' +
  '<macro name="a"><text macro="b"/></macro><macro name="b"><text macro="a"/></macro>' +
  '<citation><layout><text macro="a"/></layout></citation></style>'

describe('invalid-style', () => {
  test.each([
    ['not XML', 'this is { not xml <'],
    ['macros that call each other in a loop', loop]
  ])('a style that is %s: one error, and the default style renders every word', (_name, style) => {
    const file = new VFile(document)
    const output = render(file, {to: 'text', style})
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['invalid-style', true]])
    expect(file.messages[0]?.reason).toMatch(/^Unexpected CSL style or locale that does not load \(.+\), expected valid CSL XML; the default style and locale were used$/)
    expect(output).toContain('Cited words')
    // The default notes style's full note.
    expect(output).toContain('Jane Doe, Borders')
  })

  test('a valid style gives no message', () => {
    const file = new VFile(document)
    render(file, {to: 'text'})
    expect(file.messages).toEqual([])
  })
})
