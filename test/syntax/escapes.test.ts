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
