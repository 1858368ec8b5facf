import {describe, expect, test} from 'vitest'
import {format, parse, render} from '../../src/index.js'
import {sources} from '../render/helpers.js'

describe('pandoc inline notes', () => {
  test('`^[…]` is a note, numbered with the author\'s others in reading order', () => {
    const document = 'One^[An aside with [brackets] inside.] and two.[^a]\n\n[^a]: A note.\n'
    expect(render(document, {to: 'text'})).toBe('One[1] and two.[2]\n\n[1] An aside with [brackets] inside.\n\n[2] A note.\n')
  })

  test('its content keeps its Markdown and its citations', () => {
    const document = 'Rents fell.^[As *one* survey says, see [@doe99, p. 4].]\n'
    const {graph} = parse(document)
    expect(graph.citations.map((citation) => citation.items.map((item) => item.key))).toEqual([['doe99']])
    expect(render(document, {sources, rules: {'unused-source': 'off'}})).toBe(
      'Rents fell.[^1]\n\n[^1]: As *one* survey says, see (John Doe, *The Book of Things: A Study* (New York: Acme Press, 1999), 4).\n'
    )
  })

  test('`^[@key]` is a note holding the citation, as pandoc reads it', () => {
    const rendered = render('Rents fell^[@doe99].\n', {to: 'text', sources, rules: {'unused-source': 'off'}})
    expect(rendered).not.toContain('^')
    expect(rendered).toMatch(/^Rents fell\[1\]\.\n\n\[1\] /)
  })

  test('an unbalanced `^[` stays text', () => {
    expect(render('Odd ^[ text.\n', {to: 'text'})).toBe('Odd ^[ text.\n')
  })

  // Found tried as a new user would: a `^[` left open kept every later note of its text from being
  // read (`Unclosed ^[ here. Later a note^[d] z.` was text). pandoc 2.17 reads the later notes, the
  // open `^[` as text (`-t plain`: `Unclosed ^[ here. Later a note[1] z.`, `[1] d`; `a ^[ b [1] d`,
  // `[1] c`; `em ^[ y[1] z`; `a ^[ b c [1] z`; `a ^[ [ b[1] z ^[`; `a ^[ b [1] z`, `[1] @doe99`).
  test('a `^[` left open is text, and the notes after it or inside it are read', () => {
    expect(render('Unclosed ^[ here. Later a note^[d] z.\n', {to: 'text'})).toBe('Unclosed ^[ here. Later a note[1] z.\n\n[1] d\n')
    expect(render('a ^[ b ^[c] d\n', {to: 'text'})).toBe('a ^[ b [1] d\n\n[1] c\n')
    expect(render('*em* ^[ y^[n] z\n', {to: 'text'})).toBe('em ^[ y[1] z\n\n[1] n\n')
    expect(render('a ^[ b\nc ^[n] z\n', {to: 'text'})).toBe('a ^[ b\nc [1] z\n\n[1] n\n')
    expect(render('a ^[ [ b^[n] z ^[\n', {to: 'text'})).toBe('a ^[ [ b[1] z ^[\n\n[1] n\n')
    const {tree, graph} = parse('a ^[ b ^[@doe99] z\n')
    expect(tree.children.filter((node) => node.type === 'footnoteDefinition').map((node) => node.identifier)).toEqual(['inline-note 7'])
    expect(graph.citations.map((citation) => citation.footnote)).toEqual(['inline-note 7'])
    // `format` keeps the open `^[` as text and the note as a note, and is idempotent.
    for (const [document, written] of [
      ['Unclosed ^[ here. Later a note^[d] z.\n', 'Unclosed \\^\\[ here. Later a note^[d] z.\n'],
      ['a ^[ b ^[c] d\n', 'a \\^\\[ b ^[c] d\n']
    ] as const) {
      expect(format(document)).toBe(written)
      expect(format(written)).toBe(written)
    }
  })

  // Found tried as a new user would: a note inside emphasis, strong, strikeout or a link's text was
  // text, and `format` escaped it (`*a^\[e]*`), so pandoc then read no note. pandoc 2.17 reads each
  // (`-t plain`: `a[1] b`, `[1] e`; `x[1] b[2] c.`; `A link[1] text b.`; `-   Strong[1] item`).
  test('a note inside emphasis, strong, strikeout or a link is read, and `format` keeps it', () => {
    expect(render('*a^[e]* b\n', {to: 'text'})).toBe('a[1] b\n\n[1] e\n')
    expect(render('**a^[e]** b\n', {to: 'text'})).toBe('a[1] b\n\n[1] e\n')
    expect(render('x^[one] *b^[two]* c.\n', {to: 'text'})).toBe('x[1] b[2] c.\n\n[1] one\n\n[2] two\n')
    expect(render('A [link^[n] text](http://x.org) b.\n', {to: 'text'})).toBe('A link[1] text b.\n\n[1] n\n')
    expect(render('- **Strong^[s]** item\n', {to: 'text'})).toBe('-   Strong[1] item\n\n[1] s\n')
    // The definitions in the order the notes open; a strikeout's note is read too.
    const {tree} = parse('x^[one] *b^[two]* ~~c^[three]~~\n')
    expect(tree.children.filter((node) => node.type === 'footnoteDefinition').map((node) => node.identifier)).toEqual(['inline-note 1', 'inline-note 10', 'inline-note 21'])
    for (const document of ['*a^[e]* b\n', '**a^[e]** b\n', '~~a^[e]~~ b\n', '[a^[e]](http://x.org) b\n', 'x^[one] *b^[two]* c.\n']) {
      expect(format(document)).toBe(document)
    }
    // A note's own content is not read again: a note in a note stays text, as before.
    expect(render('a^[x *y^[z]*] b\n', {to: 'text'})).toBe('a[1] b\n\n[1] x y^[z]\n')
  })

  test('two notes in one text, and `format` writes them back where they stood', () => {
    expect(render('A^[one] b^[two].\n', {to: 'text'})).toBe('A[1] b[2].\n\n[1] one\n\n[2] two\n')
    expect(format('A^[one].\n')).toBe('A^[one].\n')
    // Beside an author's own notes, whatever their labels, and idempotent.
    const document = 'Some text.^[First aside.] More text^[Second aside.] and an own note.[^a]\n\n[^a]: Own.\n'
    expect(format(document)).toBe(document)
    expect(format('Own.[^inline-note-1] Inline.^[Aside.]\n\n[^inline-note-1]: Mine.\n')).toBe('Own.[^inline-note-1] Inline.^[Aside.]\n\n[^inline-note-1]: Mine.\n')
    // An unbalanced bracket of the note's text is escaped, a balanced one too (as in a link's text): the note closes where it did.
    expect(format('a ^[b \\] c] d ^[e [f] g] h\n')).toBe('a ^[b \\] c] d ^[e \\[f\\] g] h\n')
  })

  // Found tried as a new user would: written as ordinary notes (`[^inline-note-1]` and a definition),
  // a note right after a bracketed citation made `[@doe99][^inline-note-1]`, which reads as no
  // citation, and one opening a paragraph before a colon made `[^inline-note-1]: x`, a definition.
  test('`format` keeps what a note beside a citation or before a colon means', () => {
    const citations = (document: string) => parse(document).graph.citations.map((citation) => [citation.mode, citation.items.map((item) => [item.key, item.locator, item.suppressAuthor]), citation.footnote === undefined])
    for (const document of ['A [see @doe99, p. 3]^[n] and [-@smith04]^[m].\n', 'B @doe99 [p. 2]^[n].\n', '^[n]: x\n']) {
      const written = format(document)
      expect(written).toBe(document)
      expect(citations(written)).toEqual(citations(document))
    }
    expect(parse('^[n]: x\n').tree.children.map((node) => node.type)).toEqual(['paragraph', 'footnoteDefinition'])
  })

  // Found tried as a new user would: a line's prefix (a list item's indent, `> `, a continuation
  // line's spaces) left the text's escapes untold, so no bracket of it counted. pandoc 2.17 reads
  // all three (`-t plain`: `a [1] b`, `c [2] d`, `e [3] f`).
  test('a note on a continuation line inside a list item, a quotation or after spaces is read', () => {
    const notes = (document: string) => parse(document).tree.children.filter((node) => node.type === 'footnoteDefinition').map((node) => node.identifier)
    expect(notes('- a\n  ^[one] b\n')).toEqual(['inline-note 6'])
    expect(notes('> c\n> ^[two] d\n')).toEqual(['inline-note 6'])
    expect(notes('e\n   ^[three] f\n')).toEqual(['inline-note 5'])
    // Escaped, it is still text there; and a citation in it keeps its place in the source.
    expect(notes('> c\n> \\^[two] d\n')).toEqual([])
    const {graph} = parse('> a\n> b ^[n @doe99] c\n')
    expect(graph.citations.map((citation) => [citation.footnote, citation.position.start])).toEqual([['inline-note 8', {line: 2, column: 9, offset: 12}]])
  })

  // Found when writing inline notes back: after an in-text or bracketed citation that ends a line,
  // micromark's line ending also spans the next line's prefix (the citation looked for a suffix
  // there), so that prefix went untold and a note opening the next line was not read. pandoc 2.17
  // reads both (`-t plain`: `a Doe (1999) [1] b`, `c (Doe 1999) [2] d`, the second note citing).
  test("a note opening a container's next line after a citation is read", () => {
    const notes = (document: string) => parse(document).tree.children.filter((node) => node.type === 'footnoteDefinition').map((node) => node.identifier)
    expect(notes('- a @doe99\n  ^[n] b\n')).toEqual(['inline-note 13'])
    expect(notes('> c [@doe99]\n> ^[m] d\n')).toEqual(['inline-note 15'])
    const {graph} = parse('> c [@doe99]\n> ^[m @smith04] d\n')
    expect(graph.citations.map((citation) => [citation.footnote, citation.position.start])).toEqual([
      [undefined, {line: 1, column: 5, offset: 4}],
      ['inline-note 15', {line: 2, column: 7, offset: 19}]
    ])
    expect(notes('- a @doe99\n  \\^[n] b\n')).toEqual([])
  })

  // Found tried as a new user would: GFM's autolink literals split the note's text into nodes
  // with no position before the notes were read, so no bracket of them counted and the note, and
  // every later one in the paragraph, stayed text. pandoc 2.17 reads both (`a[1] d[2]`, `[1] b
  // https://x.com c`, `[2] e (Doe 1999)`).
  test('a note holding a bare URL or e-mail address is read, and the notes after it', () => {
    const {tree, graph} = parse('a^[b https://x.com c] d^[e [@doe99]] f^[mail x@y.com].\n')
    const definitions = tree.children.filter((node) => node.type === 'footnoteDefinition')
    expect(definitions.map((node) => node.identifier)).toEqual(['inline-note 1', 'inline-note 23', 'inline-note 38'])
    expect(definitions[0]?.children[0]?.type === 'paragraph' && definitions[0].children[0].children.map((node) => node.type)).toEqual(['text', 'link', 'text'])
    expect(graph.citations.map((citation) => citation.footnote)).toEqual(['inline-note 23'])
    expect(render('a^[b https://x.com c] d^[e [@doe99]].\n', {to: 'text', rules: {'unknown-citation-key': 'off'}})).toBe('a[1] d[2].\n\n[1] b https://x.com c\n\n[2] e (doe99?)\n')
  })

  test('notes in blocks parsed apart (a document over one parse segment) stay two notes', () => {
    const filler = 'Plain prose that needs no note at all, written to fill the draft.\n\n'.repeat(400)
    const rendered = render('A^[one].\n\n' + filler + 'B^[two].\n', {to: 'text'})
    expect(rendered.endsWith('B[2].\n\n[1] one\n\n[2] two\n')).toBe(true)
    expect(rendered.startsWith('A[1].\n')).toBe(true)
  })

  test('escaped, `\\^\\[ \\]` is text; and text holding `^[` is written escaped, so it stays text', () => {
    expect(render('A \\^\\[b\\] c.\n', {to: 'text'})).toBe('A ^[b] c.\n')
    const written = format(':claim[x ^\\[y\\] z]{#c}\n')
    expect(parse(written).graph.nodes.map((node) => node.text)).toEqual(['x ^[y] z'])
  })

  // pandoc 2.17 reads `a\\^[n]`, `word\*^[n]`, `f\.^[n]` and `&amp;^[n]` as notes (-t native:
  // Str "a\\", Note [...]), and `\^[n]`, `^\[n]`, `&#94;[n]` as text; an escaped bracket in a
  // note is text (`^[one \] more]` holds `one ] more`).
  test('an escape or a character reference right before `^[` does not keep it from opening a note', () => {
    expect(render('Path C:\\\\^[a note] and word\\*^[two] and f\\.^[three] and &amp;^[four].\n', {to: 'text'})).toBe(
      'Path C:\\[1] and word*[2] and f.[3] and &[4].\n\n[1] a note\n\n[2] two\n\n[3] three\n\n[4] four\n'
    )
    expect(render('No \\^[a] no ^\\[b] no &#94;[c].\n', {to: 'text'})).toBe('No ^[a] no ^[b] no ^[c].\n')
    expect(render('A ^[one \\] more] b\\*^[one \\[ more].\n', {to: 'text'})).toBe('A [1] b*[2].\n\n[1] one ] more\n\n[2] one [ more\n')
    // The escape before the note stays as typed: `format` writes it back, and an escaped ellipsis stays three periods.
    expect(format('word\\*^[n] and x\\...^[m]\n')).toBe('word\\*^[n] and x\\...^[m]\n')
    expect(render('x\\...^[m]\n', {to: 'text'})).toBe('x...[1]\n\n[1] m\n')
    // Each note is named by the source offset of its `^[`, counted past the escape before it.
    const {tree} = parse('a\\*^[one] b^[two]\n')
    const definitions = tree.children.filter((node) => node.type === 'footnoteDefinition')
    expect(definitions.map((node) => node.identifier)).toEqual(['inline-note 3', 'inline-note 11'])
  })

  test('an inline note never takes the name of an author\'s own note: `inline-note-1` beside a `^[` at offset 1', () => {
    // Found tried as a new user would: named `inline-note-1`, the two notes were one, both citations in it.
    const document = 'A^[one @doe99] and b.[^inline-note-1]\n\n[^inline-note-1]: two @smith04\n'
    const {graph} = parse(document)
    // In tree order: the author's definition, then the inline note's, written at the end.
    expect(graph.citations.map((citation) => [citation.items[0]?.key, citation.footnote])).toEqual([
      ['smith04', 'inline-note-1'],
      ['doe99', 'inline-note 1']
    ])
    expect(render(document, {to: 'text', rules: {'unknown-citation-key': 'off'}})).toBe('A[1] and b.[2]\n\n[1] one (doe99?)\n\n[2] two (smith04?)\n')
    expect(format(document)).toBe(document)
  })

  test('notes after one another in a text with escapes: each named by its own offset, and the text after the last keeps its place and escapes', () => {
    // Offsets counted by hand: `^` at 1, at 11 (after `b\*`), at 25 (after `&amp;`, on line 2, which starts at 18).
    const source = 'a^[one] b\\*^[two]\nc &amp;^[three] x\\... end\n'
    const {tree} = parse(source)
    const definitions = tree.children.filter((node) => node.type === 'footnoteDefinition')
    expect(definitions.map((node) => node.identifier)).toEqual(['inline-note 1', 'inline-note 11', 'inline-note 25'])
    const paragraph = tree.children[0]
    const last = paragraph?.type === 'paragraph' ? paragraph.children.at(-1) : undefined
    // After `]` of the third note: offset 33, line 2, column 16; its escaped period (`x\...`) is the third character.
    expect(last).toMatchObject({type: 'text', value: ' x... end', position: {start: {line: 2, column: 16, offset: 33}}, data: {escaped: [2]}})
    expect(render(source, {to: 'text'})).toBe('a[1] b*[2]\nc &[3] x... end\n\n[1] one\n\n[2] two\n\n[3] three\n')
  })
})
