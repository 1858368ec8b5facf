import {describe, expect, test} from 'vitest'
import {format, parse, render} from '../../src/index.js'

describe('front matter closed by `...`, as pandoc reads it', () => {
  const closedByDots = '---\ntitle: Rents\nreferences:\n- id: doe99\n  type: book\n  title: The book\n...\n\nCities grew [@doe99].\n'

  test('is read as the front matter: its fields and references, no prose', () => {
    const {graph, file} = parse(closedByDots)
    expect(graph.meta.title).toBe('Rents')
    expect(graph.sources.map((source) => source.id)).toEqual(['doe99'])
    expect(file.messages).toEqual([])
    const rendered = render(closedByDots, {to: 'text'})
    expect(rendered).not.toContain('title')
    expect(rendered).toMatch(/^Cities grew\.\[1\]\n/)
  })

  test('a thematic break after front matter closed by `---` stays a break', () => {
    const document = '---\ntitle: Rents\n---\n\nOne.\n\n---\n\nTwo...\n\n...\n'
    expect(parse(document).graph.meta.title).toBe('Rents')
    expect(render(document, {to: 'text', smart: false})).toBe('One.\n\n------------------------------------------------------------------------\n\nTwo...\n\n...\n')
  })

  test('a `---` break inside the text does not end front matter that `...` closes', () => {
    const document = '---\ntitle: Rents\n...\n\nOne.\n\n---\n\nTwo.\n'
    expect(parse(document).graph.meta.title).toBe('Rents')
    expect(render(document, {to: 'text'})).toBe('One.\n\n------------------------------------------------------------------------\n\nTwo.\n')
  })

  test('`format` writes it back closed by `---`', () => {
    expect(format('---\ntitle: Rents\n...\n\nOne.\n')).toBe('---\ntitle: Rents\n---\n\nOne.\n')
  })

  test('a `...` closing the document (no line ending) closes it; not on the first line, it is no front matter', () => {
    expect(parse('---\ntitle: Rents\n...').graph.meta.title).toBe('Rents')
    expect(parse('Text.\n\n---\ntitle: Rents\n...\n').graph.meta.title).toBeUndefined()
  })

  test('a block that never closes is no front matter', () => {
    expect(parse('---\ntitle: Rents\n\nText.\n').graph.meta.title).toBeUndefined()
  })
})
