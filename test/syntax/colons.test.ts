import {describe, expect, test} from 'vitest'
import {parse, render} from '../../src/index.js'
import {textColons} from '../../src/syntax/colons.js'
import {guardNesting} from '../../src/syntax/nesting.js'

describe('textColons', () => {
  test('finds a colon between two digits, in runs without `@`, `[`, `]` or `<`', () => {
    const text = 'At 10:30 and 3:1, see 3:16; a:b, note: x, 1: 2, :claim[x] @doe:12 <urn:1:2> [1:2] 10:30]'
    const found = textColons(text).map((offset) => text.slice(offset - 2, offset + 3))
    expect(found).toEqual(['10:30', ' 3:1,', ' 3:16'])
  })

  test('every colon of a long run, and none where a marker sits after it in the run', () => {
    expect(textColons('1:2:3:4')).toEqual([1, 3, 5])
    expect(textColons('1:2:3@x')).toEqual([])
    expect(textColons('')).toEqual([])
  })

  test('the guard masks them quietly: no problem, not in `masked`, positions kept', () => {
    const guarded = guardNesting('At 10:30.')
    expect(guarded.value).not.toContain(':')
    expect(guarded.value).toHaveLength('At 10:30.'.length)
    expect(guarded.problems).toEqual([])
    expect(guarded.masked).toEqual([])
  })

  test('the placeholder is a C1 control the document lacks (one byte a character in V8), then a private-use one', () => {
    // A C1 control keeps a Latin-1 document's masked copy, and every string sliced from it, in one byte a character.
    expect([...guardNesting('At 10:30.').placeholders.keys()]).toEqual(['\u0080'])
    expect([...guardNesting('At \u0080 10:30.').placeholders.keys()]).toEqual(['\u0081'])
    let allC1 = ''
    for (let code = 0x80; code <= 0x9f; code++) allC1 += String.fromCharCode(code)
    expect([...guardNesting(allC1 + ' 10:30.').placeholders.keys()]).toEqual(['\uE000'])
  })

  test('a document holding C1 controls keeps them, and its clock times, in the tree', () => {
    const document = 'At \u0080 10:30 \u0081 and 3:1.\n'
    const {tree} = parse(document)
    const paragraph = tree.children[0] as {children: Array<{value?: string}>}
    expect(paragraph.children.map((child) => child.value).join('')).toBe('At \u0080 10:30 \u0081 and 3:1.')
  })
})

describe('clock times in documents', () => {
  test('are given back in the tree, outputs and attributes; citation keys and definitions still read', () => {
    const document = 'At 10:30 :claim[met at 9:15]{#m time=11:45} [@doe:12, p. 3] see [1:2].\n\n[1:2]: /url\n'
    const {tree, graph} = parse(document)
    expect(JSON.stringify(tree)).not.toMatch(/[\u0080-\u009F\uE000-\uF8FF]/)
    expect(graph.nodes.map((node) => [node.id, node.text])).toEqual([['m', 'met at 9:15']])
    // The attribute value as written (an attribute the kit does not know, reported, but kept in the tree).
    expect(JSON.stringify(tree)).toContain('"time":"11:45"')
    expect(graph.citations.flatMap((citation) => citation.items.map((item) => item.key))).toEqual(['doe:12'])
    const text = render(document, {to: 'text'})
    expect(text).toContain('At 10:30')
    expect(text).toContain('met at 9:15')
    const html = render(document, {to: 'html'})
    expect(html).toContain('<a href="/url">1:2</a>')
  })
})
