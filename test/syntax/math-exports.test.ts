/**
 * `argmark/math`: pandoc's TeX math for a remark pipeline of one's own, and
 * the `inlineMath` node type for tools that walk argmark's tree.
 */
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, expectTypeOf, test} from 'vitest'
import {parse} from '../../src/index.js'
import {mathFromMarkdown, mathSource, mathSyntax, mathToMarkdown, remarkTexMath} from '../../src/syntax/math/index.js'
import type {InlineMath, InlineMathData} from '../../src/syntax/math/index.js'

describe('math from the public entry', () => {
  test('an `inlineMath` node carries `InlineMathData` as its `data`', () => {
    expectTypeOf<NonNullable<InlineMath['data']>>().toEqualTypeOf<InlineMathData>()
  })

  test('remarkTexMath reads math that plain remark reads as Markdown, and writes it back as typed', async () => {
    const input = 'Let $a *b* c$ and $a\\$b$ hold.'
    const bare = unified().use(remarkParse).use(remarkStringify)
    expect(JSON.stringify(bare.parse(input))).toContain('"type":"emphasis"')
    expect(String(await bare.process(input))).toBe('Let $a *b* c$ and $a$b$ hold.\n')
    const file = await unified().use(remarkParse).use(remarkTexMath).use(remarkStringify).process(input)
    expect(String(file)).toBe(input + '\n')
  })

  test('the tree holds `inlineMath` nodes with the TeX as typed, display math marked', () => {
    const tree = unified().use(remarkParse).use(remarkTexMath).parse('Let $a*b*c$ hold, and $$x_1$$ too.') as Root
    const found: Array<[string, boolean]> = []
    visit(tree, 'inlineMath', (node: InlineMath) => {
      found.push([node.value, node.data?.display === true])
    })
    expect(found).toEqual([
      ['a*b*c', false],
      ['x_1', true]
    ])
  })

  test('the three extensions work one by one, and text dollars are escaped on the way out', () => {
    const processor = unified().use(remarkParse).use(remarkStringify)
    processor.data('micromarkExtensions', [mathSyntax()])
    processor.data('fromMarkdownExtensions', [mathFromMarkdown()])
    processor.data('toMarkdownExtensions', [mathToMarkdown()])
    const tree = processor.parse('It cost $5 and $10, or $p$.')
    const paragraph = tree.children[0]
    if (paragraph?.type !== 'paragraph') throw new Error('expected a paragraph')
    expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'inlineMath', 'text'])
    expect(processor.stringify(tree)).toBe('It cost \\$5 and \\$10, or $p$.\n')
  })

  test('mathSource gives the math as typed, dollars included', () => {
    expect(mathSource({type: 'inlineMath', value: 'x^2'})).toBe('$x^2$')
    expect(mathSource({type: 'inlineMath', value: 'x^2', data: {display: true}})).toBe('$$x^2$$')
  })

  test('argmark documents hold the same nodes', () => {
    const {tree} = parse('Growth was $g = 2$ a year.\n')
    const kinds: string[] = []
    visit(tree, 'inlineMath', (node: InlineMath) => {
      kinds.push(mathSource(node))
    })
    expect(kinds).toEqual(['$g = 2$'])
  })
})
