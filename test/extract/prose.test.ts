import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {proseBlocks} from '../../src/extract/prose.js'
import {parse} from '../../src/index.js'

function blocks(document: string) {
  const file = new VFile({value: document})
  const {tree} = parse(file)
  return {blocks: proseBlocks(tree, file), source: document}
}

/** The source text a range of a block's text points at. */
function sourceOf(source: string, block: ReturnType<typeof blocks>['blocks'][number], start: number, end: number) {
  const position = block.position(start, end)
  return source.slice(position.start.offset, position.end.offset)
}

describe('proseBlocks', () => {
  test('one block per paragraph, heading and table cell, in document order', () => {
    const {blocks: found} = blocks('# Title\n\nA paragraph.\n\n| a | b |\n|---|---|\n| c | d |\n\n> Quoted.\n')
    expect(found.map((block) => [block.node.type, block.text, block.inBlockquote])).toEqual([
      ['heading', 'Title', false],
      ['paragraph', 'A paragraph.', false],
      ['tableCell', 'a', false],
      ['tableCell', 'b', false],
      ['tableCell', 'c', false],
      ['tableCell', 'd', false],
      ['paragraph', 'Quoted.', true]
    ])
  })

  test('citations, footnote references and inline code are atoms; emphasis, links and node labels are text', () => {
    const {blocks: found} = blocks('Some *stress* and [a link](https://x.org) :claim[a claim]{#c} [@doe99, p. 3] `code`.[^1]\n\n[^1]: Note.\n')
    const [paragraph] = found
    expect(paragraph!.text).toBe('Some stress and a link a claim \uFFFC \uFFFC.\uFFFC')
    expect(paragraph!.atoms.map((atom) => atom.node.type)).toEqual(['citation', 'inlineCode', 'footnoteReference'])
  })

  test('blocks inside a footnote know its identifier', () => {
    const {blocks: found} = blocks('Text.[^n]\n\n[^n]: In the note [@doe99].\n')
    expect(found.map((block) => block.footnote)).toEqual([undefined, 'n'])
  })

  test('positions map text back to the source, through escapes, entities and quote markers', () => {
    const source = '> A \\*starred\\* word &amp; more\n> on two lines.\n'
    const {blocks: found} = blocks(source)
    const block = found[0]!
    expect(block.text).toBe('A *starred* word & more\non two lines.')
    const at = (word: string) => sourceOf(source, block, block.text.indexOf(word), block.text.indexOf(word) + word.length)
    expect(at('word')).toBe('word')
    expect(at('two')).toBe('two')
    expect(at('more\non')).toBe('more\n> on')
    expect(block.position(0, block.text.length).start).toMatchObject({line: 1, column: 3})
  })

  test('sentences of a block are split on its text', () => {
    const {blocks: found} = blocks('In 2002 about 175 million people lived abroad [@unpd2002, p. 1]. The U.S. took many. Few asked why.\n')
    const block = found[0]!
    expect(block.sentences.map(({start, end}) => block.text.slice(start, end))).toEqual([
      'In 2002 about 175 million people lived abroad \uFFFC.',
      'The U.S. took many.',
      'Few asked why.'
    ])
  })

  test('is computed once per tree', () => {
    const file = new VFile({value: 'One. Two.'})
    const {tree} = parse(file)
    expect(proseBlocks(tree, file)).toBe(proseBlocks(tree, file))
  })
})
