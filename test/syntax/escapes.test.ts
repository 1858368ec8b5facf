import type {Paragraph, Text} from 'mdast'
import {describe, expect, test} from 'vitest'
import {format, parse} from '../../src/index.js'

function firstText(input: string): Text {
  const paragraph = parse(input).tree.children.find((node) => node.type === 'paragraph') as Paragraph
  return paragraph.children[0] as Text
}

describe('backslash escapes smart punctuation respects', () => {
  test('an escaped period, quote or hyphen is recorded at its index in the merged text node', () => {
    const node = firstText('a \\... b \\"c\\" d \\-\\- e\n')
    expect(node.value).toBe('a ... b "c" d -- e')
    expect(node.data?.escaped).toEqual([2, 8, 10, 14, 15])
  })

  test('other escapes are not recorded, and text without escapes has no record', () => {
    expect(firstText('a \\* b \\_ c\n').data?.escaped).toBeUndefined()
    expect(firstText('plain... text\n').data?.escaped).toBeUndefined()
  })

  test('the position still spans the source, escapes included', () => {
    const node = firstText('x \\...\n')
    expect(node.position?.start.offset).toBe(0)
    expect(node.position?.end.offset).toBe(6)
  })

  test('`format` keeps the escapes as written', () => {
    expect(format('\\... and \\"so\\".\n')).toBe('\\... and \\"so\\".\n')
  })
})

// Found by a wide random search of `format` over short strings of Markdown
// punctuation (tried as a new user would): each formatted differently the
// second time, though it read the same.
describe('format writes an escape the same whether it was typed or is added', () => {
  const twice = (input: string) => {
    const once = format(input)
    return [once, format(once)]
  }

  test('`<` before a `-` escaped to let an in-text citation start needs no escape of its own', () => {
    // `\<\-@a` then `<\-@a` before: the escape of `-` is added after
    // the `<` was escaped for the `-` behind it.
    expect(twice('x <-@a\n')).toEqual(['x <\\-@a\n', 'x <\\-@a\n'])
    expect(twice('x \\<\\-@a\n')).toEqual(['x <\\-@a\n', 'x <\\-@a\n'])
  })

  test('a `:` before a typed `\\$` is not escaped as before a letter', () => {
    expect(twice('x :\\$b\n')).toEqual(['x :\\$b\n', 'x :\\$b\n'])
    expect(twice('x a:$\\^\n')[0]).toBe(twice('x a:$\\^\n')[1])
  })

  test('an escaped ampersand or a reference of another character leaves text plain', () => {
    // `\&#` and `&#x31;` made the text's `~` and `$` escaped on the second pass.
    expect(twice("x '1~(.&\\#\n")).toEqual(["x '1~(.\\&#\n", "x '1~(.\\&#\n"])
    expect(twice('x $11*~}*\n')).toEqual(['x $1&#x31;*~}*\n', 'x $1&#x31;*~}*\n'])
    // A reference of `@` still keeps its escape: it was no citation.
    expect(format('x &#64;a\n')).toBe('x \\@a\n')
    expect(format('x \\\\&#64;a\n')).toBe('x \\\\\\@a\n')
  })

  test('an empty inline note is an empty definition, written back empty', () => {
    expect(twice('x ^[] y\n')).toEqual(['x ^[] y\n', 'x ^[] y\n'])
    expect(twice('x ^[ ] y\n')[0]).toBe('x ^[] y\n')
  })
})
