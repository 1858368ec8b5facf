import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {format} from '../../src/index.js'

describe('format-skipped', () => {
  test('a well-formed document is formatted without the message', () => {
    const file = new VFile(':claim[x]{#x}\n\n* a\n* b\n')
    expect(format(file)).toBe(':claim[x]{#x}\n\n- a\n- b\n')
    expect(file.messages).toEqual([])
  })

  test('malformed markup keeps the document as written, with a warning', () => {
    const document = 'Text :claim[x]{#x title="oops} more\n\n* a\n'
    const file = new VFile(document)
    expect(format(file)).toBe(document)
    const skipped = file.messages.filter((message) => message.ruleId === 'format-skipped')
    expect(skipped.map((message) => [message.line, message.column, message.fatal, message.reason])).toEqual([
      [1, 15, false, 'Unexpected markup that does not parse, expected it fixed before the document is formatted']
    ])
  })

  test('nesting deeper than argmark reads keeps the document as written', () => {
    const document = '> '.repeat(5000) + ':claim[deep]{#deep}\n\n* a\n'
    const file = new VFile(document)
    expect(format(file)).toBe(document)
    const skipped = file.messages.filter((message) => message.ruleId === 'format-skipped')
    expect(skipped.map((message) => [message.line, message.column, message.reason])).toEqual([
      [1, 65, 'Unexpected nesting deeper than argmark reads, expected it within the limits before the document is formatted']
    ])
  })
})
