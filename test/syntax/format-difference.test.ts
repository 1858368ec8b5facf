import {describe, expect, test} from 'vitest'
import {formatDifference} from '../../src/syntax/format-difference.js'
import {format} from '../../src/verbs/format.js'

// `format --check` says where a draft first differs from its formatted text.
// Expected places are counted by hand in each input (1-based line and column).
describe('formatDifference', () => {
  test('equal texts have no difference', () => {
    expect(formatDifference('- a\n', '- a\n')).toBeUndefined()
  })

  test('the first differing line, with its 1-based line and column', () => {
    expect(formatDifference('# T\n\nSome *a* and _b_.\n', '# T\n\nSome *a* and *b*.\n')).toEqual({
      line: 3,
      column: 14,
      reason: 'Unexpected `Some *a* and _b_.`, expected `Some *a* and *b*.`'
    })
  })

  test('a missing final line break', () => {
    expect(formatDifference('- a', '- a\n')).toEqual({line: 1, column: 4, reason: 'Unexpected end of file, expected `\\n`'})
  })

  test('blank lines too many, between blocks and at the end', () => {
    expect(formatDifference('a\n\n\nb\n', 'a\n\nb\n')).toEqual({line: 3, column: 1, reason: 'Unexpected a blank line, expected `b`'})
    expect(formatDifference('a\n\n', 'a\n')).toEqual({line: 2, column: 1, reason: 'Unexpected a blank line, expected end of file'})
  })

  test('a line of spaces or tabs only is named a blank line with what it holds, not shown as a code span of spaces', () => {
    expect(formatDifference('a\n   \nb\n', 'a\n\nb\n')).toEqual({line: 2, column: 1, reason: 'Unexpected a blank line of 3 spaces, expected a blank line'})
    expect(formatDifference('a\n \t \t\nb\n', 'a\n\nb\n')).toEqual({line: 2, column: 1, reason: 'Unexpected a blank line of 2 spaces and 2 tabs, expected a blank line'})
    expect(formatDifference('a\n\t\n', 'a\n')).toEqual({line: 2, column: 1, reason: 'Unexpected a blank line of 1 tab, expected end of file'})
    // A no-break space is not blank to CommonMark: shown as written.
    expect(formatDifference('a\n\u00a0\nb\n', 'a\n\nb\n')?.reason).toBe('Unexpected `\u00a0`, expected a blank line')
  })

  test('a leading blank line is line 1, column 1', () => {
    expect(formatDifference('\n# T\n', '# T\n')).toEqual({line: 1, column: 1, reason: 'Unexpected a blank line, expected `# T`'})
  })

  test('long lines are clipped to 60 characters', () => {
    const long = 'x'.repeat(100)
    const reason = formatDifference('* ' + long + '\n', '- ' + long + '\n')?.reason ?? ''
    expect(reason).toBe('Unexpected `* ' + 'x'.repeat(57) + '…`, expected `- ' + 'x'.repeat(57) + '…`')
    expect(Array.from(reason.split('`')[1] ?? '')).toHaveLength(60)
  })

  test('clipping never cuts a character in half, and the column counts UTF-16 code units', () => {
    // The emoji is code point 59 of the line (UTF-16 units 59 and 60): kept whole, not cut after its first half.
    const line = 'x'.repeat(56) + '😀' + 'yz'
    expect(formatDifference('* ' + line + '\n', '- ' + line + '\n')?.reason).toBe('Unexpected `* ' + 'x'.repeat(56) + '😀…`, expected `- ' + 'x'.repeat(56) + '😀…`')
    expect(formatDifference('😀 _a_\n', '😀 *a*\n')).toEqual({line: 1, column: 4, reason: 'Unexpected `😀 _a_`, expected `😀 *a*`'})
  })

  test('lines are shown as written; only a difference in line endings is escaped', () => {
    expect(formatDifference('a\tb \\ _c_\n', 'a\tb \\ *c*\n')?.reason).toBe('Unexpected `a\tb \\ _c_`, expected `a\tb \\ *c*`')
    expect(formatDifference('a\t', 'a\t\n')?.reason).toBe('Unexpected end of file, expected `\\n`')
  })

  test('a line with backticks gets a fence no run inside matches, padded where it starts or ends with one', () => {
    expect(formatDifference('See `code` and _x_.\n', 'See `code` and *x*.\n')?.reason).toBe('Unexpected ``See `code` and _x_.``, expected ``See `code` and *x*.``')
    // A fence of one backtick does not match the run of three inside: CommonMark reads `` ` ``` ` `` as ```.
    expect(formatDifference('\tcode\n', '```\ncode\n```\n')?.reason).toBe('Unexpected `\tcode`, expected ` ``` `')
  })

  test('CRLF and CR end lines as LF does, and are not shown in the lines', () => {
    expect(formatDifference('# T\r\n\r\n* one\r\n', '# T\r\n\r\n- one\r\n')).toEqual({line: 3, column: 1, reason: 'Unexpected `* one`, expected `- one`'})
    expect(formatDifference('# T\r\n\r\nText', '# T\r\n\r\nText\r\n')).toEqual({line: 3, column: 5, reason: 'Unexpected end of file, expected `\\r\\n`'})
    expect(formatDifference('Text\r\n\r\n', 'Text\r\n')).toEqual({line: 2, column: 1, reason: 'Unexpected a blank line, expected end of file'})
    expect(formatDifference('# T\r\rText\r\r* one\r', '# T\r\rText\r\r- one\r')).toEqual({line: 5, column: 1, reason: 'Unexpected `* one`, expected `- one`'})
  })

  test('a lone CR where format writes a CRLF is a difference of line endings at the CR', () => {
    // Line 2 is empty and ends in a lone CR (offset 5): `format` writes a CRLF there.
    expect(formatDifference('# T\r\n\r- one\r\n', '# T\r\n\r\n- one\r\n')).toEqual({
      line: 2,
      column: 1,
      reason: 'Unexpected `\\r- one\\r\\n`, expected `\\r\\n- one\\r\\n`'
    })
    // The last line, `- one` (5 characters), ends in a lone CR at column 6.
    expect(formatDifference('# T\r\n\r\n- one\r', '# T\r\n\r\n- one\r\n')).toEqual({line: 3, column: 6, reason: 'Unexpected `\\r`, expected `\\r\\n`'})
    // And the other way: a CRLF where format writes a lone CR.
    expect(formatDifference('# T\r\n', '# T\r')).toEqual({line: 1, column: 4, reason: 'Unexpected `\\r\\n`, expected `\\r`'})
  })

  test('the window never splits a character: an accent stays with its letter', () => {
    // 60 `A`, then 20 `é` written as e + U+0301 (40 UTF-16 units): `_x_` starts at column 102.
    const accented = 'e\u0301'
    const line = 'A'.repeat(60) + accented.repeat(20) + ' _x_ ' + accented.repeat(40)
    const difference = formatDifference('# T\n\n' + line + '\n', '# T\n\n' + line.replace('_x_', '*x*') + '\n')
    expect(difference?.line).toBe(3)
    expect(difference?.column).toBe(102)
    // 20 characters before the difference (19 `é` and the space), 38 from it, a `…` at each end.
    expect(difference?.reason).toBe(
      'Unexpected `…' + accented.repeat(19) + ' _x_ ' + accented.repeat(34) + '…`, expected `…' + accented.repeat(19) + ' *x* ' + accented.repeat(34) + '…`'
    )
  })

  test('a byte order mark is named, not shown', () => {
    expect(formatDifference('\uFEFF# T\n', '# T\n')).toEqual({line: 1, column: 1, reason: 'Unexpected a byte order mark, expected none'})
  })

  test('past 60 characters the line is shown in a window around the difference', () => {
    const head = 'a'.repeat(100)
    expect(formatDifference(head + ' _x_ end.\n', head + ' *x* end.\n')).toEqual({
      line: 1,
      column: 102,
      reason: 'Unexpected `…' + 'a'.repeat(19) + ' _x_ end.`, expected `…' + 'a'.repeat(19) + ' *x* end.`'
    })
  })

  test('says where format changes a draft', () => {
    const draft = 'Intro.\n\n* one\n* two\n'
    expect(formatDifference(draft, format(draft))).toEqual({line: 3, column: 1, reason: 'Unexpected `* one`, expected `- one`'})
  })
})
