import {describe, expect, test} from 'vitest'
import {parse} from '../../src/index.js'
import {groupFencedDivs, isClosingFence, readDivAttributes, readOpeningFence} from '../../src/syntax/fenced-divs.js'

describe('fenced div fences', () => {
  test('attributes: id, classes and key-values, quoted values with spaces', () => {
    expect(readDivAttributes('.note #n1 lang=fr title="two words" .wide')).toEqual({
      id: 'n1',
      classes: ['note', 'wide'],
      attributes: [['lang', 'fr'], ['title', 'two words']]
    })
    expect(readDivAttributes(" k='a b'")).toEqual({id: undefined, classes: [], attributes: [['k', 'a b']]})
  })

  test('braces holding anything else are no attributes', () => {
    expect(readDivAttributes('not an attribute')).toBeUndefined()
    expect(readDivAttributes('title="unclosed')).toBeUndefined()
    expect(readDivAttributes('=x')).toBeUndefined()
  })

  test('an opening fence has three colons or more, then braces or a word set off by a space', () => {
    expect(readOpeningFence('::: {.a}')?.classes).toEqual(['a'])
    expect(readOpeningFence(':::: {#b} ::::')?.id).toBe('b')
    expect(readOpeningFence('::: warning')?.classes).toEqual(['warning'])
    expect(readOpeningFence('::: warning :::')?.classes).toEqual(['warning'])
    // A name right after the colons is argmark's directive, not a div.
    expect(readOpeningFence(':::warning')).toBeUndefined()
    expect(readOpeningFence(':::claim{#c}')).toBeUndefined()
    expect(readOpeningFence(':: {.a}')).toBeUndefined()
    expect(readOpeningFence('::: {.a} text')).toBeUndefined()
    expect(readOpeningFence('::: two words')).toBeUndefined()
  })

  test('a closing fence is three colons or more and nothing else', () => {
    expect(isClosingFence(':::')).toBe(true)
    expect(isClosingFence('::::::  ')).toBe(true)
    expect(isClosingFence('::')).toBe(false)
    expect(isClosingFence('::: x')).toBe(false)
  })
})

describe('groupFencedDivs', () => {
  function grouped(markdown: string) {
    const {tree} = parse(markdown)
    groupFencedDivs(tree)
    return tree
  }

  test('blocks between fences become a fencedDiv, nested by fence pairs', () => {
    const tree = grouped(':::: {.outer}\nOne.\n\n::: {#in}\nTwo.\n:::\n\nThree.\n::::\n\nAfter.\n')
    expect(tree.children.map((child) => child.type)).toEqual(['fencedDiv', 'paragraph'])
    const outer = tree.children[0]!
    if (outer.type !== 'fencedDiv') throw new Error('no div')
    expect(outer.attributes.classes).toEqual(['outer'])
    expect(outer.children.map((child) => child.type)).toEqual(['paragraph', 'fencedDiv', 'paragraph'])
    const inner = outer.children[1]!
    expect(inner.type === 'fencedDiv' && inner.attributes.id).toBe('in')
  })

  test('fences inside one paragraph are cut out of it, positions kept', () => {
    const tree = grouped('::: {.a}\nText here.\n:::\n')
    const div = tree.children[0]!
    if (div.type !== 'fencedDiv') throw new Error('no div')
    const paragraph = div.children[0]!
    expect(paragraph.type === 'paragraph' && paragraph.children[0]).toMatchObject({type: 'text', value: 'Text here.', position: {start: {line: 2, column: 1, offset: 9}}})
    expect(div.position?.start.line).toBe(1)
    expect(div.position?.end.line).toBe(3)
  })

  test('a closing fence right after a list closes the div around the list', () => {
    const tree = grouped('::: {.a}\n- one\n- two\n:::\n')
    const div = tree.children[0]!
    if (div.type !== 'fencedDiv') throw new Error('no div')
    expect(div.children.map((child) => child.type)).toEqual(['list'])
    expect(JSON.stringify(div.children[0])).not.toContain(':::')
  })

  test('an unclosed fence and a lone closing fence stay text', () => {
    const tree = grouped('::: {.a}\nno close\n\nMore.\n')
    expect(tree.children.map((child) => child.type)).toEqual(['paragraph', 'paragraph'])
    expect(JSON.stringify(tree)).toContain('::: {.a}\\nno close')
    const lone = grouped('Text.\n\n:::\n')
    expect(lone.children.map((child) => child.type)).toEqual(['paragraph', 'paragraph'])
    expect(JSON.stringify(lone)).toContain('":::"')
  })

  test('argmark\'s container directives stay directives, inside a div too', () => {
    const tree = grouped('::: {.note}\n:::claim{#c1}\nA claim.\n:::\n:::\n')
    const div = tree.children[0]!
    if (div.type !== 'fencedDiv') throw new Error('no div')
    expect(div.children.map((child) => child.type)).toEqual(['containerDirective'])
    expect(parse('::: {.note}\n:::claim{#c1}\nA claim.\n:::\n:::\n').graph.nodes.map((node) => node.id)).toEqual(['c1'])
  })
})
