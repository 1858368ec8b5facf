import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {format} from '../../src/index.js'

// `format` with `check` reports where a document first differs from its
// formatted text. Lines and columns are counted by hand in each input.
describe('not-formatted', () => {
  test('a formatted document raises nothing', () => {
    const file = new VFile('# T\n\n- a\n- b\n')
    expect(format(file, {check: true})).toBe('# T\n\n- a\n- b\n')
    expect(file.messages).toEqual([])
  })

  test('without `check`, a document that is not formatted raises nothing', () => {
    const file = new VFile('# T\n\n* a\n')
    expect(format(file)).toBe('# T\n\n- a\n')
    expect(file.messages).toEqual([])
  })

  test('the first difference is an error at its line and column, with its url', () => {
    const file = new VFile({path: 'draft.md', value: '# T\n\nSome *a* and _b_.\n\n* one\n'})
    expect(format(file, {check: true})).toBe('# T\n\nSome *a* and *b*.\n\n- one\n')
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.fatal, message.reason, message.url])).toEqual([
      [
        'not-formatted',
        3,
        14,
        true,
        'Unexpected `Some *a* and _b_.`, expected `Some *a* and *b*.`',
        'https://github.com/argmark/argmark/blob/main/docs/rules/not-formatted.md'
      ]
    ])
  })

  test('a document format leaves unchanged is skipped, not reported as not formatted', () => {
    const document = 'Text :claim[x]{#x title="oops} more\n\n* a\n'
    const file = new VFile(document)
    expect(format(file, {check: true})).toBe(document)
    expect(file.messages.map((message) => message.ruleId).filter((id) => id === 'format-skipped' || id === 'not-formatted')).toEqual(['format-skipped'])
  })

  test('line endings: a CRLF document with one LF is placed at that LF', () => {
    // Line 2 is `b` (1 character): its LF at column 2 is where a CRLF is expected.
    const file = new VFile('a\r\nb\nc\r\n')
    format(file, {check: true})
    expect(file.messages.map((message) => [message.line, message.column, message.reason])).toEqual([
      [2, 2, 'Unexpected `\\nc\\r\\n`, expected `\\r\\nc\\r\\n`']
    ])
  })
})
