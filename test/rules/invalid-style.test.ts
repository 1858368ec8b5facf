import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'
import {notesOf, sources} from '../render/helpers.js'

describe('invalid-style', () => {
  test('a style citeproc-js cannot read is one error naming the style, and the default style formats the citations', () => {
    // Text with a title but no <style> element: citeproc-js throws while reading it.
    const style = '<info><title>Broken Notes</title></info>'
    const file = new VFile({value: 'A [@doe99].\n'})
    const output = render(file, {to: 'text', sources, style, rules: {'unused-source': 'off'}})
    expect(notesOf(output)[0]).toMatch(/^\[1\] John Doe, The Book of Things/)
    const messages = file.messages.filter((message) => message.ruleId === 'invalid-style')
    expect(messages.map((message) => [message.fatal, message.source])).toEqual([[true, 'argmark']])
    expect(messages[0]?.reason).toMatch(/^Unexpected failure of CSL style `Broken Notes`: .+, expected a CSL 1\.0 style citeproc-js can read; citations were formatted with argmark's default style instead$/)
  })

  test('text that is no style at all is named as such', () => {
    const file = new VFile({value: 'A [@doe99].\n'})
    render(file, {sources, style: 'not xml', rules: {'unused-source': 'off'}})
    expect(file.messages.map((message) => message.reason)).toEqual([
      expect.stringMatching(/^Unexpected failure of CSL style the given style \(it has no `<title>`\): /)
    ])
  })

  test('a style whose macros call each other in a loop is one error, and every word renders', () => {
    const loop =
      '<?xml version="1.0" encoding="utf-8"?><style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">' +
      '<info><title>Loop</title><id>loop</id><updated>2020-01-01T00:00:00+00:00</updated></info>' +
      '<macro name="a"><text macro="b"/></macro><macro name="b"><text macro="a"/></macro>' +
      '<citation><layout><text macro="a"/></layout></citation></style>'
    const file = new VFile({value: 'Cited words [@doe99].\n'})
    const output = render(file, {to: 'text', sources, style: loop, rules: {'unused-source': 'off'}})
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['invalid-style', true]])
    expect(file.messages[0]?.reason).toMatch(/^Unexpected failure of CSL style `Loop`: /)
    expect(output).toContain('Cited words')
    expect(notesOf(output)[0]).toMatch(/^\[1\] John Doe, The Book of Things/)
  })

  test('a style that reads raises none', () => {
    const file = new VFile({value: 'A [@doe99].\n'})
    render(file, {sources, rules: {'unused-source': 'off'}})
    expect(file.messages).toEqual([])
  })
})
