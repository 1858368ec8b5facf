import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {describe, expect, expectTypeOf, test} from 'vitest'
import {parse} from '../../src/index.js'
import {
  citationFromMarkdown,
  citationSyntax,
  citationToMarkdown,
  labelForTerm,
  locatorTerms,
  parseLocator,
  remarkCitation,
  termForLabel
} from '../../src/syntax/citation/index.js'
import type {Citation, CitationData} from '../../src/syntax/citation/index.js'

describe('citations from the public entry', () => {
  test('a citation node carries `CitationData` as its `data`', () => {
    expectTypeOf<NonNullable<Citation['data']>>().toEqualTypeOf<CitationData>()
  })

  test('remarkCitation parses and writes a citation back unescaped', async () => {
    const file = await unified().use(remarkParse).use(remarkCitation).use(remarkStringify).process('As argued [see @doe99, p. 33].')
    expect(String(file)).toBe('As argued [see @doe99, p. 33].\n')
  })

  test('the three extensions work one by one', () => {
    const processor = unified().use(remarkParse).use(remarkStringify)
    processor.data('micromarkExtensions', [citationSyntax()])
    processor.data('fromMarkdownExtensions', [citationFromMarkdown()])
    processor.data('toMarkdownExtensions', [citationToMarkdown()])
    const tree = processor.parse('@doe99 [p. 4] says so.')
    const paragraph = tree.children[0]
    if (paragraph?.type !== 'paragraph') throw new Error('expected a paragraph')
    expect(paragraph.children[0]).toMatchObject({
      type: 'citation',
      mode: 'in-text',
      items: [{key: 'doe99', locator: '4', label: 'page', suffix: ''}]
    })
  })

  test('locator helpers', () => {
    expect(parseLocator(', chap. 2, and elsewhere')).toMatchObject({label: 'chapter', locator: '2'})
    expect(labelForTerm('pp.')).toBe('page')
    expect(termForLabel('page', '33-35')).toBe('pp.')
    expect(locatorTerms.length).toBeGreaterThan(10)
  })

  test('argmark documents parse citations', () => {
    const {tree} = parse(':claim[x]{#a} [@b, p. 3]')
    expect(JSON.stringify(tree)).toContain('"type":"citation"')
  })
})
