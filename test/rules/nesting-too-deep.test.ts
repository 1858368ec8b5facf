import {describe, expect, test} from 'vitest'
import {check, lint, parse, render} from '../../src/index.js'
import {guardNesting, nestingLimits} from '../../src/syntax/nesting.js'

function nesting(document: string) {
  return check(document)
    .filter((message) => message.ruleId === 'nesting-too-deep')
    .map((message) => [message.line, message.column, message.fatal, message.reason])
}

describe('nesting-too-deep', () => {
  test('the limits', () => {
    expect(nestingLimits).toEqual({containers: 32, brackets: 32, bracketSpan: 1000, emphasis: 64, lazyLines: 100, tree: 200})
  })

  test('nesting within the limits reads as written, with no message', () => {
    const document = '> '.repeat(32) + 'Deep [[[[@a]]]] *_*_x_*_*.\n' + '- a\n  - b\n    - c\n'
    expect(nesting(document)).toEqual([])
    expect(guardNesting(document).value).toBe(document)
  })

  test('block quotes beyond 32 levels: one warning at the first marker beyond, words kept', () => {
    const document = '> '.repeat(40) + 'Deep reply.\n'
    expect(nesting(document)).toEqual([
      [
        1,
        65,
        false,
        'Unexpected block quotes, list items and directive containers nested 33 deep, expected at most 32 (reading costs depth × lines): 8 markers beyond it read as text, kept in the output'
      ]
    ])
    // The markers beyond the limit are text, given back as they were written.
    expect(render(document, {to: 'text'})).toContain('> > > > > > > > Deep reply.')
  })

  test('lists nested by indentation beyond 32 levels', () => {
    let document = ''
    for (let level = 0; level < 40; level++) document += '  '.repeat(level) + '- item' + String(level) + '\n'
    const messages = nesting(document)
    expect(messages.map(([line, column]) => [line, column])).toEqual([[33, 65]])
    const text = render(document, {to: 'text'})
    for (let level = 0; level < 40; level++) expect(text).toContain('item' + String(level))
  })

  test('unclosed directive containers beyond the limit: the fences are text', () => {
    const document = ':::claim\n'.repeat(40) + 'Core.\n'
    const {graph} = parse(document)
    expect(graph.nodes).toHaveLength(32)
    expect(nesting(document).map(([line, column]) => [line, column])).toEqual([[33, 1]])
  })

  test('directive containers beyond the limit: one problem, one message (no malformed-directive for the fences read as text)', () => {
    for (const document of [':::claim\n'.repeat(40) + 'Core.\n', ':::claim\n'.repeat(40) + 'Core.\n' + ':::\n'.repeat(40)]) {
      const messages = lint(document).filter((message) => message.ruleId !== 'unclosed-container' && message.ruleId !== 'unsupported-claim')
      expect(messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toEqual([
        [
          'nesting-too-deep',
          33,
          1,
          // 8 opening fences beyond the limit, and, when closed, the 8 closing fences that close them: a fence is one marker.
          'Unexpected block quotes, list items and directive containers nested 33 deep, expected at most 32 (reading costs depth × lines): ' +
            (document.endsWith(':::\n') ? '16' : '8') +
            ' markers beyond it read as text, kept in the output'
        ]
      ])
    }
  })

  test('a `:::claim` line that does not parse, next to containers beyond the limit, is still malformed-directive', () => {
    const document = ':::claim\n'.repeat(40) + 'Core.\n' + ':::\n'.repeat(40) + '\n:::claim{#a title="oops}\nText.\n'
    // Line 83: 40 fences, `Core.`, 40 closing fences, a blank line.
    expect(lint(document).filter((message) => message.ruleId === 'malformed-directive').map((message) => [message.line, message.column])).toEqual([[83, 1]])
  })

  test('lazy lines ending in CRLF: each line break is counted once', () => {
    const document = '> Quoted\r\n' + 'lazy words\r\n'.repeat(150)
    expect(nesting(document)).toEqual([
      [
        101,
        11,
        false,
        'Unexpected more than 100 lazy lines in a row in a paragraph of a block quote or list item, expected at most 100 (reading costs lines × lines): the 50 line breaks after them are kept in the text but read as one line'
      ]
    ])
  })

  test('brackets nested beyond 32: the outer ones are text, the citation still reads', () => {
    const document = 'See ' + '['.repeat(1000) + '@doe' + ']'.repeat(1000) + '.\n'
    const {graph, file} = parse(document)
    expect(graph.citations.map((citation) => citation.items.map((item) => item.key))).toEqual([['doe']])
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      // The outermost pair spans more than 1,000 characters: the first marker read as text.
      ['nesting-too-deep', 1, 5]
    ])
    const text = render(document, {to: 'text'})
    expect(text.split('[').length - 1).toBeGreaterThanOrEqual(999)
  })

  test('long runs of alternating emphasis markers', () => {
    const document = '*_'.repeat(100) + 'x' + '_*'.repeat(100) + '\n'
    expect(nesting(document).map(([line, column]) => [line, column])).toEqual([[1, 65]])
    expect(render(document, {to: 'text'})).toContain('x')
  })

  test('more than 100 lazy lines in a block quote: read as one line, positions kept', () => {
    const document = '> Quoted\n' + 'lazy words\n'.repeat(150) + '\nAfter :claim[x]{#after}.\n'
    const {graph, file} = parse(document)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['nesting-too-deep', 101, 11]
    ])
    // Lines and columns are the document's, though line endings were masked.
    expect(graph.nodes[0]?.position.start).toMatchObject({line: 153, column: 7})
    const text = render(document, {to: 'text'})
    expect(text.match(/lazy words/g)).toHaveLength(150)
  })

  test('after lazy lines read as one line, the places kept in directives (attributes, openings) are the document’s', () => {
    const document =
      '> Quoted\n' + 'lazy words\n'.repeat(150) + '\nTwo :factor[Funding]{#f explains=t group=issue} and :factor[x]{explains=t group=net}.\n\n:claim[t]{#t}\n'
    const messages = lint(document).filter((message) => message.ruleId === 'empty-factor-group')
    // Line 153 (line 1, 150 lazy lines, a blank line), at each `group` attribute: not 103, as if the 50 joined line breaks were gone.
    expect(messages.map((message) => [message.line, message.column])).toEqual([
      [153, 36],
      [153, 75]
    ])
  })

  test('elements nested beyond 200 levels: the text inside is kept as plain text, and render keeps every word', () => {
    let open = ''
    let close = ''
    for (let level = 0; level < 300; level++) {
      const marker = level % 2 === 0 ? '*' : '_'
      open += marker + 'w' + String(level) + ' '
      close = ' e' + String(level) + marker + close
    }
    const document = open + 'core' + close + '\n'
    const messages = nesting(document)
    expect(messages.map(([line, , fatal, reason]) => [line, fatal, reason])).toEqual([
      [
        1,
        false,
        'Unexpected elements (emphasis, links, …) nested 201 deep, expected at most 200 (writing costs a stack frame per level): the text inside kept as plain text'
      ]
    ])
    const text = render(document, {to: 'text'})
    for (let level = 0; level < 300; level++) {
      expect(text).toContain('w' + String(level) + ' ')
      expect(text).toContain(' e' + String(level))
    }
  })

  test('an unclosed bracket before a long paragraph is read as the text it is, with no message', () => {
    const document = 'Open [ ' + 'word '.repeat(5000) + 'www.example.org end\n'
    const {tree, file} = parse(document)
    expect(file.messages).toEqual([])
    expect(guardNesting(document).value).not.toBe(document)
    // Every character is given back: the paragraph is the document's text.
    const paragraph = tree.children[0]
    expect(paragraph?.type).toBe('paragraph')
    expect(render(document, {to: 'text'})).toContain('Open [ word word')
  })

  test('brackets holding brackets over more than 1,000 characters: the outer pair is text', () => {
    const document = '![a'.repeat(400) + 'x' + '](y)'.repeat(400) + ' tail\n'
    const ids = nesting(document).map(([line, column, , reason]) => [line, column, String(reason).slice(0, 60)])
    expect(ids).toEqual([[1, 2, 'Unexpected brackets holding brackets nested more than 32 dee']])
    expect(render(document, {to: 'text'})).toContain('tail')
  })
})
