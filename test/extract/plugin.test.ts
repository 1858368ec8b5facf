import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {defaultKit, remarkArgmark, remarkArgmarkSyntax} from '../../src/index.js'
import {argmarkLint} from '../../src/lint/index.js'
import {argmarkSources} from '../../src/sources/index.js'

describe('unified plugins', () => {
  test('remarkArgmark + argmarkLint (the core preset is check) in a pipeline of the user’s own', async () => {
    const file = new VFile({path: 'draft.md', value: ':claim[A]{#a supports=b}\n\nAt 10:30.\n'})
    const processor = unified()
      .use(remarkParse)
      .use(remarkArgmark, {kit: defaultKit})
      .use(argmarkLint, {preset: 'core'})
      .use(remarkStringify)
    const result = await processor.process(file)
    expect(file.data.argmarkGraph?.nodes.map((node) => node.id)).toEqual(['a'])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unknown-reference'])
    expect(String(result)).toBe(':claim[A]{#a supports=b}\n\nAt 10:30.\n')
  })

  test('argmarkLint without remarkArgmark has no graph to check', async () => {
    const file = new VFile(':claim[A]{#a supports=b}')
    await unified().use(remarkParse).use(argmarkLint, {preset: 'core'}).use(remarkStringify).process(file)
    expect(file.messages).toEqual([])
  })

  test('argmarkSources attaches a bibliography between remarkArgmark and argmarkLint', async () => {
    const draft = '---\nbibliography: refs.bib\nreferences:\n- id: a\n  type: book\n---\n\n[@a] [@b] [@c]\n'
    const run = async (sources?: Array<{id: string; type: string}>) => {
      const file = new VFile(draft)
      const processor = unified().use(remarkParse).use(remarkArgmark)
      if (sources) processor.use(argmarkSources, {sources})
      await processor.use(argmarkLint, {preset: 'core'}).use(remarkStringify).process(file)
      return {ids: file.data.argmarkGraph?.sources.map((source) => source.id), rules: file.messages.map((message) => message.ruleId)}
    }
    expect(await run([{id: 'b', type: 'book'}])).toEqual({ids: ['a', 'b'], rules: ['unknown-citation-key']})
    expect(await run()).toEqual({ids: ['a'], rules: ['missing-bibliography']})
  })

  test('remarkArgmarkSyntax adds directives, GFM and front matter with attribute positions', () => {
    const tree = unified().use(remarkParse).use(remarkArgmarkSyntax).parse('---\na: 1\n---\n\n:claim[x]{#a} ~~gone~~[^1]\n\n[^1]: Note.')
    expect(tree.children.map((child) => child.type)).toEqual(['yaml', 'paragraph', 'footnoteDefinition'])
    const paragraph = tree.children[1]
    if (paragraph?.type !== 'paragraph') throw new Error('expected a paragraph')
    const directive = paragraph.children[0]
    if (directive?.type !== 'textDirective') throw new Error('expected a text directive')
    expect(directive.data?.position?.attributes?.['id']).toMatchObject({start: {line: 5, column: 11}})
    expect(paragraph.children.map((child) => child.type)).toEqual(['textDirective', 'text', 'delete', 'footnoteReference'])
  })
})
