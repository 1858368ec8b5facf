/**
 * pandoc's escaped space (`Dr.\ Smith`): a backslash before a space is a
 * non-breaking space (U+00A0) in pandoc's Markdown reader, where CommonMark
 * keeps the backslash. Each reading below was checked with pandoc 2.17
 * (`pandoc -f markdown -t html`); rendering a whole draft against pandoc's
 * recorded output is in test/render/pandoc-markdown.test.ts (`scripts.md`).
 */
import type {Paragraph, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import {format, parse, render} from '../../src/index.js'

const nbsp = '\u00a0'

function firstParagraph(input: string): Paragraph {
  return parse(input).tree.children.find((node) => node.type === 'paragraph') as Paragraph
}

describe('pandoc escaped space: what is read', () => {
  test('a backslash before a space is a non-breaking space, in the text around it', () => {
    const paragraph = firstParagraph('Dr.\\ Smith walked 5\\ km.\n')
    expect(paragraph.children).toHaveLength(1)
    const text = paragraph.children[0] as Text
    expect(text.value).toBe(`Dr.${nbsp}Smith walked 5${nbsp}km.`)
    // The node spans its source, backslashes included (1-based lines and columns, 0-based offsets).
    expect(text.position?.start).toEqual({line: 1, column: 1, offset: 0})
    expect(text.position?.end).toEqual({line: 1, column: 25, offset: 24})
  })

  test('at the start of a paragraph, before a line ending, twice in a row, and in link text', () => {
    expect(toString(firstParagraph('\\ lead\n'))).toBe(`${nbsp}lead`)
    expect(toString(firstParagraph('a\\ \nb\n'))).toBe(`a${nbsp}\nb`)
    expect(toString(firstParagraph('A\\ \\ b\n'))).toBe(`A${nbsp}${nbsp}b`)
    expect(toString(firstParagraph('[l\\ k](u)\n'))).toBe(`l${nbsp}k`)
  })

  test('an escaped backslash before a space is a backslash and a space; one more backslash escapes the space', () => {
    expect(toString(firstParagraph('a\\\\ b\n'))).toBe('a\\ b')
    expect(toString(firstParagraph('a\\\\\\ b\n'))).toBe(`a\\${nbsp}b`)
  })

  test('code keeps the backslash, and a backslash before anything else is as CommonMark reads it', () => {
    expect(toString(firstParagraph('`a\\ b`\n'))).toBe('a\\ b')
    expect(toString(firstParagraph('a\\b and \\* and a\\\tb\n'))).toBe('a\\b and * and a\\\tb')
  })
})

describe('pandoc escaped space: output', () => {
  test('HTML and plain text hold the non-breaking space, as pandoc writes them', () => {
    const input = 'Dr.\\ Smith and H~a\\ b~.\n'
    expect(render(input, {to: 'html'})).toBe(`<p>Dr.${nbsp}Smith and H<sub>a${nbsp}b</sub>.</p>\n`)
    expect(render(input, {to: 'text'})).toBe(`Dr.${nbsp}Smith and H_(a${nbsp}b).\n`)
  })

  test.each([
    'Dr.\\ Smith walked 5\\ km.\n',
    'A\\ \\ b, \\ lead, end\\ \n',
    'Kept: a\\\\ b and a\\\\\\ c.\n',
    'H~a\\ b~ and x^a\\ b^.\n',
    'A raw no-break space stays raw: 5\u00a0km.\n',
    'See [l\\ k](u) and [see\\ also @doe, p.\\ 3].\n'
  ])('format writes %j back byte for byte', (document) => {
    expect(format(document)).toBe(document)
  })

  test('a backslash of text before an escape written back is escaped, so the escape keeps its meaning', () => {
    // `\\` then `\$`: a backslash, then a dollar that opens no math; `\\` then `\...`: a backslash and three periods.
    for (const document of ['Cost: a\\\\\\$5 and b$.\n', 'Wait\\\\\\... no.\n', 'Space: a\\\\\\ b.\n']) {
      expect(format(document)).toBe(document)
      expect(toString(parse(format(document)).tree)).toBe(toString(parse(document).tree))
    }
  })
})
