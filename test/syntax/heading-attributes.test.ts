import {describe, expect, test} from 'vitest'
import {format, parse, render} from '../../src/index.js'
import {readAttributes} from '../../src/syntax/heading-attributes.js'

describe('pandoc heading attributes', () => {
  test('`{-}` and `{#id .unnumbered}` leave the heading text, which renders without them', () => {
    const document = '# Method {#method .unnumbered}\n\nText.\n\n## References {-}\n'
    expect(render(document, {to: 'text'})).toBe('Method\n\nText.\n\nReferences\n')
    expect(render(document)).toBe('# Method\n\nText.\n\n## References\n')
  })

  test('HTML keeps the id and the classes, `-` as `unnumbered`', () => {
    const html = render('# Method {#method .unnumbered key=value}\n\n## References {-}\n', {to: 'html'})
    expect(html).toContain('<h1 id="method" class="unnumbered">Method</h1>')
    // pandoc gives the heading without an identifier of its own one from its text.
    expect(html).toContain('<h2 class="unnumbered" id="references">References</h2>')
  })

  test('`format` writes them back after the text, for ATX and setext headings', () => {
    expect(format('# Method {#method .unnumbered}\n\nText.\n')).toBe('# Method {#method .unnumbered}\n\nText.\n')
    expect(format('Results {-}\n=======\n')).toBe('# Results {-}\n')
  })

  test('braces that are not attributes stay text', () => {
    expect(render('# Sets {a, b}\n', {to: 'text'})).toBe('Sets {a, b}\n')
    expect(render('# Glued{-}\n', {to: 'text'})).toBe('Glued{-}\n')
    expect(render('# {-}\n', {to: 'text'})).toBe('{-}\n')
    expect(readAttributes('#id .a -')).toEqual({id: 'id', classes: ['a', 'unnumbered']})
    expect(readAttributes('')).toBeUndefined()
  })

  test('a heading with attributes after an annotation keeps the annotation', () => {
    const {graph} = parse('# :claim[Rents fell]{#c} {-}\n')
    expect(graph.nodes.map((node) => node.id)).toEqual(['c'])
  })
})
