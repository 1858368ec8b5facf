import {describe, expect, expectTypeOf, test} from 'vitest'
import type {GraphCitation, GraphCitationItem} from '../../src/index.js'
import {parse} from '../../src/index.js'
import {resolveSources} from '../../src/sources/index.js'

const backs = (document: string) => parse(document).graph.citations.map((citation) => [citation.items.map((item) => item.key).join('+'), citation.node])

/** The source text of a position. */
const slice = (document: string, position: {start: {offset?: number}; end: {offset?: number}}) =>
  document.slice(position.start.offset, position.end.offset)

describe('citations in the graph', () => {
  test('a citation right after a text directive, in the same sentence, backs that node', () => {
    expect(backs(':claim[c]{#c}\n\nIn 2002 :evidence[175 million]{#stock type=statistic supports=c} [@unpd2002, p. 1].')).toEqual([
      ['unpd2002', 'stock']
    ])
  })

  test('several citations, commas, closing quotes and brackets may come between', () => {
    const document = 'As :evidence["quoted"]{#q type=quotation}, [@a, p. 1] [@b, p. 2] said (:claim[x]{#x}) [@c].'
    expect(backs(document)).toEqual([
      ['a', 'q'],
      ['b', 'q'],
      ['c', 'x']
    ])
  })

  test('words or a sentence end between them cut the link: the citation backs its sentence', () => {
    expect(backs(':claim[x]{#x} and more [@a]. :claim[y]{#y}. [@b]')).toEqual([
      ['a', null],
      ['b', null]
    ])
  })

  test('a citation inside a node backs the innermost node', () => {
    const document = [
      ':::claim{#outer}',
      'The outer claim [@a], with :evidence[an inner figure [@b]]{#inner type=statistic supports=outer}.',
      ':::'
    ].join('\n')
    expect(backs(document)).toEqual([
      ['a', 'outer'],
      ['b', 'inner']
    ])
  })

  test('right after a nested text directive beats the container it is in', () => {
    const document = ':::claim{#outer}\nSee :evidence[figure]{#inner type=statistic supports=outer} [@a, p. 2].\n:::'
    expect(backs(document)).toEqual([['a', 'inner']])
  })

  test('generated ids are used for nodes without one', () => {
    expect(backs(':claim[first] [@a]')).toEqual([['a', 'claim-1']])
  })

  test('citations in a footnote stay in the footnote', () => {
    const document = ':claim[x]{#x}[^1] and more.\n\n[^1]: As argued before [@doe99, p. 3].\n'
    const [citation] = parse(document).graph.citations
    expect(citation).toMatchObject({node: null, footnote: '1'})
    expect(slice(document, citation!.sentence)).toBe('As argued before [@doe99, p. 3].')
  })

  test('each citation records its sentence, its items and its position', () => {
    const document = 'Migration grew. In 2002 about 175 million people lived abroad [see @unpd2002, p. 1; -@iom2003]. Few asked.'
    const [citation] = parse(document).graph.citations
    expect(slice(document, citation!.sentence)).toBe('In 2002 about 175 million people lived abroad [see @unpd2002, p. 1; -@iom2003].')
    expect(slice(document, citation!.position)).toBe('[see @unpd2002, p. 1; -@iom2003]')
    expect(citation).toMatchObject({
      node: null,
      mode: 'bracketed',
      items: [
        {key: 'unpd2002', prefix: 'see', locator: '1', label: 'page', suffix: '', suppressAuthor: false},
        {key: 'iom2003', prefix: '', suffix: '', suppressAuthor: true}
      ]
    })
    expect(citation!.items.map((item) => slice(document, item.position))).toEqual(['see @unpd2002, p. 1', '-@iom2003'])
  })

  test('the exported types describe the graph', () => {
    const {graph} = parse('Text [@a].')
    expectTypeOf(graph.citations).toEqualTypeOf<GraphCitation[]>()
    expectTypeOf(graph.citations[0]!.items[0]!).toEqualTypeOf<GraphCitationItem>()
    expectTypeOf<GraphCitation['node']>().toEqualTypeOf<string | null>()
  })

  test('in-text citations are listed with their mode', () => {
    const [citation] = parse('As @risse2000 [p. 185] argues, norms matter.').graph.citations
    expect(citation).toMatchObject({mode: 'in-text', items: [{key: 'risse2000', locator: '185', label: 'page'}]})
  })

  test('citations in headings and table cells have the block as their sentence', () => {
    const document = '# Origins [@a]\n\n| source |\n|---|\n| cell [@b] |\n'
    expect(parse(document).graph.citations.map((citation) => slice(document, citation.sentence))).toEqual(['Origins [@a]', 'cell [@b]'])
  })

  test('the graph lists every citation of a long document, in order', () => {
    const document = Array.from({length: 2000}, (_, index) => `Point ${index} [@k${index}, p. ${index + 1}].`).join(' ')
    const citations = parse(document).graph.citations
    expect(citations).toHaveLength(2000)
    expect(citations.map((citation) => citation.items[0]!.key)).toEqual(Array.from({length: 2000}, (_, index) => 'k' + index))
    expect(citations.every((citation, index) => slice(document, citation.sentence) === `Point ${index} [@k${index}, p. ${index + 1}].`)).toBe(true)
  })
})

describe('sources in the graph', () => {
  test('inline references are the sources when none are given', () => {
    const document = '---\nreferences:\n- id: doe99\n  type: book\n  title: A book\n- id: 7\n  type: report\n---\n\nText [@doe99].'
    expect(parse(document).graph.sources).toEqual([
      {id: 'doe99', type: 'book', title: 'A book'},
      {id: '7', type: 'report'}
    ])
  })

  test('an invalid inline reference is reported at its place and left out', () => {
    const document = '---\nreferences:\n- id: doe99\n  type: book\n- title: no id\n---\n'
    const {graph, file} = parse(document)
    expect(graph.sources.map((source) => source.id)).toEqual(['doe99'])
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['invalid-bibliography', 5, 3]])
  })

  test('sources given to resolveSources come after the inline references', () => {
    const document = '---\nreferences:\n- id: inline\n  type: book\n---\n'
    const parsed = parse(document)
    resolveSources(parsed, [{id: 'given', type: 'book'}])
    expect(parsed.graph.sources).toEqual([{id: 'inline', type: 'book'}, {id: 'given', type: 'book'}])
  })

  test('references that are not a list are reported', () => {
    const {graph, file} = parse('---\nreferences: none\n---\n')
    expect(graph.sources).toEqual([])
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['invalid-front-matter', 2]])
  })
})
