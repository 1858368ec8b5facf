/**
 * pandoc's superscript and subscript (`^…^`, `~…~`): what is read as one, as
 * pandoc 2.17 reads it (each expectation checked with `pandoc -f markdown -t
 * html`), where argmark reads less than pandoc (content holding markup), and
 * that `format` keeps them and the text around them. Rendering against
 * pandoc's recorded output: test/render/pandoc-markdown.test.ts.
 */
import type {Paragraph, PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import {format, parse, render} from '../../src/index.js'
import {markupStarts} from '../../src/syntax/scripts/syntax.js'
import {expectFormatted} from '../helpers.js'

/** The first paragraph's children: scripts as `['^' | '~', text]`, text as its value, other nodes as their type. */
function read(input: string): unknown[] {
  const {tree} = parse(input)
  const paragraph = tree.children.find((node) => node.type === 'paragraph') as Paragraph
  return paragraph.children.map((node: PhrasingContent) =>
    node.type === 'superscript' || node.type === 'subscript' ? [node.type === 'superscript' ? '^' : '~', toString(node)] : node.type === 'text' ? node.value : node.type
  )
}

describe('pandoc superscript and subscript: what is read', () => {
  test('a marker, content without spaces, the same marker', () => {
    expect(read('H~2~O and x^2^ and 21^st^.\n')).toEqual(['H', ['~', '2'], 'O and x', ['^', '2'], ' and 21', ['^', 'st'], '.'])
    expect(read('~a~\n')).toEqual([['~', 'a']])
    expect(read('e^-x^ and C~6~H~12~O~6~\n')).toEqual(['e', ['^', '-x'], ' and C', ['~', '6'], 'H', ['~', '12'], 'O', ['~', '6']])
  })

  test('a space, a line ending or no closing marker leaves text', () => {
    expect(read('x^a b^ and x~a b~\n')).toEqual(['x^a b^ and x~a b~'])
    expect(read('a^b\nc^\n')).toEqual(['a^b\nc^'])
    expect(read('2^10 and 3^4 ^\n')).toEqual(['2^10 and 3^4 ^'])
    expect(read('x^^ and x~~ y\n')).toEqual(['x^^ and x~~ y'])
  })

  test('only two tildes strike out: a single tilde is no strikethrough, as in pandoc', () => {
    expect(read('~~gone~~ and ~5 km\n')).toEqual(['delete', ' and ~5 km'])
    expect(read('a~b~c~~d~~\n')).toEqual(['a', ['~', 'b'], 'c', 'delete'])
  })

  test('escapes: an escaped marker is text outside and content inside; an escaped space is content, a non-breaking space as in pandoc', () => {
    expect(read('a\\^b^ and a\\~b~\n')).toEqual(['a^b^ and a~b~'])
    expect(read('a^b\\^c^ d\n')).toEqual(['a', ['^', 'b^c'], ' d'])
    expect(read('H~a\\ b~\n')).toEqual(['H', ['~', 'a\u00a0b']])
  })

  test('a caret after `[` belongs to a footnote call, defined or not', () => {
    expect(read('see[^a]and[^b] x\n')).toEqual(['see[^a]and[^b] x'])
    expect(read('x [^1]^ y\n')).toEqual(['x [^1]^ y'])
    expect(read('A call[^n]^ here.\n\n[^n]: Note.\n')).toEqual(['A call', 'footnoteReference', '^ here.'])
  })

  test('content that holds markup is read as text and markup, not as a superscript (pandoc reads a superscript holding it)', () => {
    // Each character that could start markup ends a superscript's content (the caret itself closes one).
    for (const code of markupStarts) {
      const character = String.fromCharCode(code as number)
      if (character === '^') continue
      expect(parse('x^a' + character + 'b^ y\n').tree.children.flatMap((node) => ('children' in node ? node.children : [])).filter((node) => node.type === 'superscript'), character).toEqual([])
    }
    expect(read('x^*e*^ y\n')).toEqual(['x^', 'emphasis', '^ y'])
    expect(read('x^a~b~c^\n')).toEqual(['x^a', ['~', 'b'], 'c^'])
    // An inline note stays a note (pandoc reads `a^[note]^` as a superscript).
    expect(read('a^[note]^ b\n')).toEqual(['a', 'footnoteReference', '^ b'])
    expect(read('x^$a$^ and H~`c`~\n')).toEqual(['x^', 'inlineMath', '^ and H~', 'inlineCode', '~'])
  })

  test('inline notes, code and math keep their carets and tildes', () => {
    expect(read('Text^[A note.] and `a^b^c` and $x^2^y$.\n')).toEqual(['Text', 'footnoteReference', ' and ', 'inlineCode', ' and ', 'inlineMath', '.'])
  })

  test('positions: the node spans its markers (1-based lines and columns, 0-based offsets)', () => {
    const {tree} = parse('Line one\nH~2~O\n')
    const paragraph = tree.children[0] as Paragraph
    const subscript = paragraph.children.find((node) => node.type === 'subscript')!
    expect(subscript.position).toEqual({start: {line: 2, column: 2, offset: 10}, end: {line: 2, column: 5, offset: 13}})
  })
})

describe('pandoc superscript and subscript: format and node text', () => {
  const documents = [
    'Water is H~2~O and x^2^, 2^10 and ~5 km, ~~gone~~.\n',
    'Markup x^*e*^ and a call[^n]^.\n\n[^n]: Note.\n'
  ]

  test.each(documents)('writes %j back byte for byte, and again the same', (document) => {
    expect(format(document)).toBe(document)
    expect(format(format(document))).toBe(format(document))
  })

  test('a text that escapes a marker has each of its markers escaped, as pandoc\'s Markdown writer escapes them; its meaning is kept', () => {
    const document = 'Escaped a\\^b^ and a\\~b~, and a^b\\^c^ inside.\n'
    expect(format(document)).toBe('Escaped a\\^b\\^ and a\\~b\\~, and a^b\\^c^ inside.\n')
    expect(read(format(document))).toEqual(read(document))
  })

  test('a superscript or subscript holding an escaped markup character keeps it escaped, and stays one', () => {
    // `^\\@^` holds `@`; written `^@^` it would be text, `@` ending the content.
    for (const code of markupStarts) {
      const character = String.fromCharCode(code as number)
      for (const marker of ['^', '~']) {
        const document = 'x ' + marker + 'a\\' + character + 'b' + marker + ' y\n'
        expect(read(document), document).toEqual(['x ', [marker, 'a' + character + 'b'], ' y'])
        expect(format(document), document).toBe(document)
      }
    }
  })

  test('plain text whose marker would open once the writer escapes what follows it is written with its markers escaped; its meaning is kept', () => {
    // Each input reads as text around the marker (`[^1]` undefined is text too); written with
    // only the `*`, `[` or `_` escaped, `a^\\*b^ c` would read as a superscript holding `*b`.
    const cases: [string, string][] = [
      ['a^*b^ c\n', 'a\\^\\*b\\^ c\n'],
      ['a~*b~ c\n', 'a\\~\\*b\\~ c\n'],
      ['x^[y^ z\n', 'x\\^\\[y\\^ z\n'],
      ['~*~x~\n', '\\~\\*~x~\n'],
      ["'^;>[^1] and more_\n", "'\\^;>\\[\\^1] and more\\_\n"],
      ['a^^b^ and a~~b\n', 'a\\^\\^b\\^ and a\\~\\~b\n']
    ]
    expectFormatted(cases, read)
    // An unclosed `^[` before a note: the note stays a note (`^\\[:b^` would be a superscript).
    expect(read('a^[:b^[c] z\n')).toEqual(['a^[', ':b', 'footnoteReference', ' z'])
    expect(format('a^[:b^[c] z\n')).toBe('a\\^\\[:b^[c] z\n')
    expect(read(format('a^[:b^[c] z\n'))).toEqual(read('a^[:b^[c] z\n'))
    // Markers with a space between, or apart from the text by markup, stay as typed.
    expect(format('2^10 and ~5 km, x^*e*^ y\n')).toBe('2^10 and ~5 km, x^*e*^ y\n')
  })

  test('an in-text citation right before a subscript keeps its key braced, as the `~` would continue the key; before a superscript it needs none', () => {
    // pandoc 2.17 (`-t native`): `@{doe}~2~` is a citation of `doe` and a subscript;
    // `@doe~2~ says` a citation of `doe~2` and a `~`; `@doe^2^` a citation of `doe` and a superscript.
    expect(read('As @{doe}~2~ says.\n')).toEqual(['As ', 'citation', ['~', '2'], ' says.'])
    expect(format('As @{doe}~2~ says.\n')).toBe('As @{doe}~2~ says.\n')
    expect(format('As @{doe}^2^ says.\n')).toBe('As @doe^2^ says.\n')
    expect(read('As @doe^2^ says.\n')).toEqual(['As ', 'citation', ['^', '2'], ' says.'])
    const keys = (input: string): string[] =>
      parse(input).tree.children.flatMap((node) =>
        node.type === 'paragraph' ? node.children.flatMap((child) => (child.type === 'citation' ? child.items.map((item) => item.key) : [])) : []
      )
    expect(keys('As @{doe}~2~ says. As @doe~2~ says. As @doe^2^ says. As @doe~2~x says.\n')).toEqual(['doe', 'doe~2', 'doe', 'doe~2~x'])
  })

  test('a node\'s text keeps the markers, as typed', () => {
    const {graph} = parse(':::claim{#c}\nWater is H~2~O, and x^2^ grows.\n:::\n')
    expect(graph.nodes[0]?.text).toBe('Water is H~2~O, and x^2^ grows.')
  })

  test('plain text writes Unicode digits where every character has one, as pandoc\'s plain writer', () => {
    expect(render('H~2~O, x^-1^, 1^st^ and ~~gone~~.\n', {to: 'text'})).toBe('H₂O, x⁻¹, 1^(st) and ~~gone~~.\n')
  })
})
