import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {format, parse} from '../../src/index.js'
import {expectFormatted} from '../helpers.js'

// The cases in ../shared/cases/format/, kept in test/fixtures/cases/format/:
// `format` never changes what a document means.
const cases = new URL('../fixtures/cases/format/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, cases), 'utf8')
const bin = fileURLToPath(new URL('../../dist/cli/argmark.js', import.meta.url))

/** What a document means: its graph (positions aside), citations and text. */
function meaning(document: string) {
  const {graph} = parse(document)
  const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'position' || key === 'sentence' ? undefined : item)))
  return {nodes: strip(graph.nodes), relations: strip(graph.relations), citations: strip(graph.citations), meta: graph.meta}
}

describe('format: line endings', () => {
  test('a CRLF file is written with CRLF throughout, none left inside the front matter (case 14)', () => {
    const document = read('14-crlf-front-matter-format.md')
    const formatted = format(document)
    expect(formatted.match(/\r\n/g)?.length).toBe(formatted.match(/\n/g)?.length)
    expect(formatted).not.toMatch(/\r(?!\n)/)
    expect(formatted.startsWith('---\r\ntitle: Windows draft\r\nauthor: A. Writer\r\n---\r\n')).toBe(true)
    expect(format(formatted)).toBe(formatted)
    expect(meaning(formatted)).toEqual(meaning(document))
    expect(parse(formatted).graph.meta).toEqual({title: 'Windows draft', author: 'A. Writer'})
  })

  test('an LF file stays LF, a CR file CR; the first line decides for a mixed one', () => {
    expect(format('- a\n- b\n')).toBe('- a\n- b\n')
    expect(format('- a\r\n- b\n')).toBe('- a\r\n- b\r\n')
    // A lone CR (CommonMark ends a line there too) is kept, and decides as CRLF does.
    expect(format('# T\r\r* one\r')).toBe('# T\r\r- one\r')
    expect(format('# T\r\r* one\r\n')).toBe('# T\r\r- one\r')
    expect(format('- a\n- b\r\n')).toBe('- a\n- b\n')
  })

  test('`format --check` rejects a file whose line endings are mixed, and accepts it once formatted', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'argmark-crlf-'))
    const document = read('14-crlf-front-matter-format.md')
    writeFileSync(path.join(folder, 'mixed.md'), document.replace('The claim holds.\r\n', 'The claim holds.\n'))
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: folder, encoding: 'utf8'})
    // Line 9 is `The claim holds.` (16 characters): its LF, at column 17, is where a CRLF is expected; `:::` closes the file.
    expect(run('format', '--check', 'mixed.md')).toMatchObject({
      status: 1,
      stderr: 'mixed.md\n9:17 error Unexpected `\\n:::\\r\\n`, expected `\\r\\n:::\\r\\n` not-formatted argmark\n\n✖ 1 error\n'
    })
    expect(run('format', '--write', 'mixed.md').status).toBe(0)
    expect(run('format', '--check', 'mixed.md').status).toBe(0)
    expect(readFileSync(path.join(folder, 'mixed.md'), 'utf8')).not.toMatch(/[^\r]\n/)
  })
})

describe('format: escapes that keep meaning', () => {
  test('`\\<^@a>` keeps its escape: its in-text citation survives (escaped-angle-before-citation)', () => {
    const document = read('escaped-angle-before-citation.md')
    expect(parse(document).graph.citations.map((citation) => citation.items[0]?.key)).toEqual(['a'])
    expect(format(document)).toBe(document)
    expect(meaning(format(document))).toEqual(meaning(document))
  })

  test('any `<` that would start an e-mail autolink stays escaped, and only those', () => {
    const document = 'a \\<1@a.b>, \\<x.y@z> and \\<^k@k> but 2 < 3 and a <https://x.org> link\n'
    const formatted = format(document)
    expect(formatted).toBe(document)
    expect(meaning(formatted)).toEqual(meaning(document))
  })

  test('a bare URL whose next text is written with an escape or a reference is written `<…>`, so the URL does not take them in', () => {
    // GFM's literal autolink runs to a space and leaves trailing punctuation out: `_`, `*`, `~~`
    // and an entity-like `&amp;` after the URL are text, which the writer escapes (`\\_`, `\\*`)
    // or writes as `&`; after a bare URL the URL would take those in (`https://a.org/x\\`).
    const links = (document: string) =>
      parse(document).tree.children.flatMap((block) => (block.type === 'paragraph' ? block.children : [])).map((node) => (node.type === 'link' ? node.url : node.type === 'text' ? node.value : node.type))
    const cases: [string, string][] = [
      ['see https://a.org/x_ and\n', 'see <https://a.org/x>\\_ and\n'],
      ['see https://a.org/x!* and\n', 'see <https://a.org/x>!\\* and\n'],
      ['see https://a.org/x~~ and\n', 'see <https://a.org/x>\\~\\~ and\n'],
      ['see https://a.org/x&amp; and\n', 'see <https://a.org/x>& and\n'],
      ['see www.a.org/x_ and\n', 'see [www.a.org/x](http://www.a.org/x)\\_ and\n']
    ]
    expectFormatted(cases, links)
    // A bare URL inside a superscript stays bare: `<…>` would end the superscript's content.
    expect(format('^https://a.org/x^[\n')).toBe('^https://a.org/x^\\[\n')
    expect(parse(format('^https://a.org/x^[\n')).tree.children[0]).toMatchObject({children: [{type: 'superscript'}, {type: 'text', value: '['}]})
    // Text after a bare URL that needs no escape leaves it bare.
    expect(format('see https://a.org/x. And https://b.org/y, and https://c.org/z\n')).toBe('see https://a.org/x. And https://b.org/y, and https://c.org/z\n')
  })

  test('a document that opens on a thematic break is written `***`, not `---`, which with another `---` line later reads as front matter (a counterexample of the wide search)', () => {
    const document = '- ---\n---\n'
    expect(parse(document).tree.children.map((node) => node.type)).toEqual(['thematicBreak', 'thematicBreak'])
    expect(format(document)).toBe('***\n\n---\n')
    expect(parse(format(document)).tree.children.map((node) => node.type)).toEqual(['thematicBreak', 'thematicBreak'])
    expect(format(format(document))).toBe(format(document))
    expect(format('Text.\n\n---\n\nMore.\n')).toBe('Text.\n\n---\n\nMore.\n')
  })

  test('a typed escape of one of `:@$^~` keeps that character escaped and leaves the others as typed, so format writes a document the same twice (a counterexample of the wide search)', () => {
    // `^[10:30\\:` reads as text whose `:30` micromark first takes for a directive; written
    // `\\^\\[10:30:` it read back as text with typed escapes of `^` and `[`, and every colon
    // of it was escaped on the second writing (`10\\:30`), though none starts a directive there.
    // What a reader sees: the paragraphs' text (a restored directive is a text node of its own).
    const texts = (document: string) =>
      parse(document).tree.children.map((block) => (block.type === 'paragraph' ? block.children.map((node) => (node.type === 'text' ? node.value : '<' + node.type + '>')).join('') : block.type))
    expectFormatted(
      [
        ['^[10:30\\:\n', '\\^\\[10:30:\n'],
        ['\\^\\[10:30:\n', '\\^\\[10:30:\n'],
        ['See \\@b at 10:30, not @c\n', 'See \\@b at 10:30, not @c\n'],
        ['Meet at 10:30 for \\$5 at 9:15\n', 'Meet at 10:30 for \\$5 at 9:15\n'],
        ['At 10&#58;30 and 11:00\n', 'At 10\\:30 and 11\\:00\n']
      ],
      texts
    )
  })

  test('prose given back after a colon at the start of a line keeps the two colons apart, so they open no directive (counterexamples of the wide search)', () => {
    // `\\::objection` is a colon and the prose `:objection` (a text directive with no label
    // or attributes, given back as written); written `::objection` it read as a leaf directive.
    const graph = (document: string) => parse(document).graph
    for (const [document, written] of [
      ['\\::objection\n', ':\\:objection\n'],
      ['Note\n\\::claim\n', 'Note\n:\\:claim\n'],
      ['> \\::claim\n', '> :\\:claim\n'],
      // Inside a line `::` opens nothing, and the escape is not needed.
      ['claim\\::b\n', 'claim::b\n']
    ] as const) {
      expect(format(document)).toBe(written)
      expect(graph(written)).toEqual(graph(document))
      expect(format(written)).toBe(written)
    }
    expect(graph('\\::objection\n').nodes).toEqual([])
  })
})
