import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {parse} from '../../src/index.js'

describe('parse', () => {
  test('returns graph, tree and file; a VFile keeps its path', () => {
    const file = new VFile({path: 'draft.md', value: ':claim[x]{#x}'})
    const result = parse(file)
    expect(result.file).toBe(file)
    expect(result.tree.type).toBe('root')
    expect(result.graph.nodes).toHaveLength(1)
  })

  test('text, leaf and container directives become nodes with positions', () => {
    const document = [
      'In 2002 :evidence[about 175 million people]{#stock type=statistic supports=impact} lived abroad.',
      '',
      '::claim[A leaf claim]{#leaf}',
      '',
      ':::claim{#impact}',
      'Migration *matters*',
      'to states.',
      '',
      'A second paragraph.',
      ':::'
    ].join('\n')
    const {graph, file} = parse(document)
    expect(file.messages).toEqual([])
    expect(graph.nodes).toEqual([
      {
        id: 'stock',
        kind: 'evidence',
        text: 'about 175 million people',
        position: {start: {line: 1, column: 9, offset: 8}, end: {line: 1, column: 83, offset: 82}},
        type: 'statistic',
        supports: ['impact']
      },
      {
        id: 'leaf',
        kind: 'claim',
        text: 'A leaf claim',
        position: {start: {line: 3, column: 1, offset: 98}, end: {line: 3, column: 29, offset: 126}}
      },
      {
        id: 'impact',
        kind: 'claim',
        text: 'Migration matters to states.\n\nA second paragraph.',
        position: {start: {line: 5, column: 1, offset: 128}, end: {line: 10, column: 4, offset: 201}}
      }
    ])
    expect(graph.relations).toEqual([
      {
        from: 'stock',
        to: 'impact',
        type: 'supports',
        position: {start: {line: 1, column: 76, offset: 75}, end: {line: 1, column: 82, offset: 81}}
      }
    ])
  })

  test('relation lists may be space- or comma-separated', () => {
    const document = ':claim[a]{#a}\n\n:claim[b]{#b}\n\n:claim[c]{#c}\n\n:claim[d]{#d supports="a b" qualifies=b,c attacks="a, c"}'
    const {graph} = parse(document)
    expect(graph.relations.map(({from, to, type}) => [from, type, to])).toEqual([
      ['d', 'supports', 'a'],
      ['d', 'supports', 'b'],
      ['d', 'attacks', 'a'],
      ['d', 'attacks', 'c'],
      ['d', 'qualifies', 'b'],
      ['d', 'qualifies', 'c']
    ])
  })

  test('a container label is kept apart from the text', () => {
    const {graph} = parse(':::claim[Funding]{#f}\nDonors fund *service*, not advocacy.[^1]\n:::\n\n[^1]: A note.')
    expect(graph.nodes[0]).toMatchObject({label: 'Funding', text: 'Donors fund service, not advocacy.'})
  })

  test('a bracketed citation is left out of the text with the space before it; an in-text one is its key', () => {
    const {graph} = parse(':::claim{#c}\nThe claim [@doe, p. 4] holds [see @roe]. As @roe [p. 3] says, it is [@doe]so [@a; @b], and more [@doe]: see.\n:::')
    expect(graph.nodes[0]!.text).toBe('The claim holds. As @roe says, it is so, and more: see.')
    expect(parse(':claim[Prices rose [@doe]]{#p}.').graph.nodes[0]!.text).toBe('Prices rose')
  })

  test('parentheses a citation leaves empty go with it; any character of the text stays', () => {
    expect(parse(':claim[Prices rose ([@doe]), then fell]{#p}.').graph.nodes[0]!.text).toBe('Prices rose, then fell')
    expect(parse(':claim[Prices rose (see [@doe])]{#p}.').graph.nodes[0]!.text).toBe('Prices rose (see)')
    expect(parse(':claim[a\u0001b \u0001 [@doe] c]{#p}.').graph.nodes[0]!.text).toBe('a\u0001b \u0001 c')
  })

  // pandoc's `\ ` is a non-breaking space (U+00A0), typed or escaped; HTML's white space
  // (spaces, tabs, line endings) is what collapses, so the non-breaking one survives beside it.
  test('white space collapses as HTML collapses it: a non-breaking space is kept', () => {
    expect(parse(':::claim{#c}\nDr.\\ Smith saw  it \\ \n\tat 5\u00a0km.\n:::').graph.nodes[0]!.text).toBe('Dr.\u00a0Smith saw it \u00a0 at 5\u00a0km.')
  })

  test('nested containers are nodes of their own and not part of the outer text', () => {
    const document = [
      '::::claim{#outer}',
      'Outer words.',
      '',
      ':::evidence{#inner type=example supports=outer}',
      'Inner words, with :claim[an inline claim]{#inline}.',
      ':::',
      '',
      'More outer words.',
      '::::'
    ].join('\n')
    const {graph, file} = parse(document)
    expect(file.messages).toEqual([])
    expect(graph.nodes.map((node) => [node.id, node.text])).toEqual([
      ['outer', 'Outer words.\n\nMore outer words.'],
      ['inner', 'Inner words, with an inline claim.'],
      ['inline', 'an inline claim']
    ])
  })

  test('nodes without an id get <kind>-<n>', () => {
    const {graph} = parse(':claim[a]\n\n:evidence[e]{type=example supports=claim-2}\n\n:claim[b]{#claim-1}\n\n:claim[c]')
    expect(graph.nodes.map((node) => node.id)).toEqual(['claim-2', 'evidence-1', 'claim-1', 'claim-3'])
    expect(graph.relations).toMatchObject([{from: 'evidence-1', to: 'claim-2', type: 'supports'}])
  })

  test('directives in headings, lists, tables, blockquotes and footnotes are read', () => {
    const document = [
      '# :claim[Heading claim]{#h}',
      '',
      '- :claim[List claim]{#l}',
      '',
      '| a |',
      '| - |',
      '| :claim[Cell claim]{#t} |',
      '',
      '> :claim[Quoted claim]{#q}',
      '',
      'Text.[^n]',
      '',
      '[^n]: :claim[Note claim]{#n}'
    ].join('\n')
    expect(parse(document).graph.nodes.map((node) => node.id)).toEqual(['h', 'l', 't', 'q', 'n'])
  })

  test('directives in code are not read', () => {
    expect(parse('`:claim[x]{#a}`\n\n```\n:::claim{#b}\n```').graph.nodes).toEqual([])
  })

  test('front matter is kept as meta', () => {
    const {graph} = parse('---\ntitle: Draft\nauthor: [A, B]\nbibliography: refs.bib\n---\n\nText.')
    expect(graph.meta).toEqual({title: 'Draft', author: ['A', 'B'], bibliography: 'refs.bib'})
  })

  test('the graph serializes to the documented JSON shape', () => {
    const json = JSON.parse(JSON.stringify(parse(':claim[x]{#x}').graph)) as Record<string, unknown>
    expect(Object.keys(json)).toEqual(['nodes', 'relations', 'citations', 'sources', 'meta'])
    expect(Object.keys((json['nodes'] as object[])[0]!)).toEqual(['id', 'kind', 'text', 'position'])
  })
})
