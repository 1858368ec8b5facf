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

  test('a `...` closing the document (no line ending) closes it; later in the document, after a blank line, it closes a YAML metadata block', () => {
    expect(parse('---\ntitle: Rents\n...').graph.meta.title).toBe('Rents')
    expect(parse('Text.\n\n---\ntitle: Rents\n...\n').graph.meta.title).toBe('Rents')
    // Not after a blank line: a setext heading's underline, then text.
    expect(parse('Text.\n---\ntitle: Rents\n...\n').graph.meta.title).toBeUndefined()
  })

  test('YAML metadata blocks are merged as pandoc merges them: a later field wins', () => {
    const {graph} = parse('---\ntitle: First\nlang: fr-FR\n---\n\nText.\n\n---\ntitle: Second\n...\n\nMore.\n')
    expect(graph.meta.title).toBe('Second')
    expect((graph.meta as Record<string, unknown>).lang).toBe('fr-FR')
  })

  test('a block that never closes is no front matter', () => {
    expect(parse('---\ntitle: Rents\n\nText.\n').graph.meta.title).toBeUndefined()
  })
})
