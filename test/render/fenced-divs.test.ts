import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {format, parse, render} from '../../src/index.js'

// Expected outputs checked against pandoc 2.17 (`pandoc -f markdown -t gfm`, `-t html`, `-t plain`)
// for the same input; argmark's HTML is sanitized and not wrapped, as elsewhere.
const apa = readFileSync(new URL('../fixtures/styles/apa.csl', import.meta.url), 'utf8')
const references = '---\nreferences:\n- id: lee\n  type: book\n  author: [{family: Lee, given: Min}]\n  title: Salt roads\n  issued: 2001\n---\n\n'

describe('fenced divs in every output', () => {
  test('Markdown: pandoc\'s GFM div tags around the content; HTML: a div; text: the content', () => {
    const input = '::: {.note #n1 lang=fr}\nText.\n:::\n'
    expect(render(input, {to: 'markdown'})).toBe('<div id="n1" class="note" lang="fr">\n\nText.\n\n</div>\n')
    expect(render(input, {to: 'html'})).toBe('<div id="n1" class="note" lang="fr"><p>Text.</p></div>\n')
    expect(render(input, {to: 'text'})).toBe('Text.\n')
  })

  test('a bare word after a space is a class, as pandoc reads it; a name right after the colons is a directive', () => {
    expect(render('::: warning\nBe careful.\n:::\n', {to: 'markdown'})).toBe('<div class="warning">\n\nBe careful.\n\n</div>\n')
    const directive = parse(':::warning\nBe careful.\n:::\n').tree.children[0]
    expect(directive).toMatchObject({type: 'containerDirective', name: 'warning'})
  })

  test('citations, notes and claims inside a div are rendered, not lost', () => {
    const input = references + '::: {.aside}\nAs shown [@lee, 4].[^n]\n\n:::claim{#c1}\nSalt moved inland.\n:::\n:::\n\n[^n]: A note.\n'
    const text = render(input, {to: 'text', style: apa})
    expect(parse(input).graph.nodes.map((node) => node.id)).toEqual(['c1'])
    expect(text).toContain('As shown (Lee, 2001, p. 4).[1]')
    expect(text).toContain('Salt moved inland.')
    expect(text).toContain('[1] A note.')
    expect(text).not.toContain(':::')
    const markdown = render(input, {to: 'markdown', style: apa})
    expect(markdown).toContain('<div class="aside">\n\nAs shown (Lee, 2001, p. 4).[^1]\n\nSalt moved inland.\n\n</div>')
  })

  test('the bibliography still goes into an empty `#refs` div, also after other divs', () => {
    const input = references + '::: {.a}\nSee [@lee].\n:::\n\n::: {#refs}\n:::\n\nAfter.\n'
    expect(render(input, {to: 'text', style: apa})).toBe('See (Lee, 2001).\n\nLee, M. (2001). Salt roads.\n\nAfter.\n')
  })

  test('a `#refs` div that holds a heading gets the entries after it, as pandoc places them', () => {
    // pandoc -t plain --citeproc --csl apa.csl on the same input: "See (Lee, 2001).\n\nWorks\n\nLee, M. (2001). Salt roads.\n"
    const input = references + 'See [@lee].\n\n::: {#refs}\n## Works\n:::\n'
    expect(render(input, {to: 'text', style: apa})).toBe('See (Lee, 2001).\n\nWorks\n\nLee, M. (2001). Salt roads.\n')
  })

  test('attribute values are escaped in Markdown, and HTML keeps no handler', () => {
    const input = '::: {.x onclick="alert(1)" title=\'a"b < c & d>\'}\nx\n:::\n'
    expect(render(input, {to: 'markdown'})).toBe('<div class="x" onclick="alert(1)" title="a&quot;b &lt; c &amp; d&gt;">\n\nx\n\n</div>\n')
    const html = render(input, {to: 'html'})
    expect(html).not.toContain('onclick')
    expect(html).toBe('<div class="x" title="a&#x22;b < c &#x26; d>"><p>x</p></div>\n')
  })

  test('format keeps a div\'s fences as written (no escaped colon), so the div stays a div', () => {
    // With an escape in the paragraph, which format writes itself rather than keeping the source.
    for (const input of ['::: {.note}\nText.\n:::\n', '::: {.note}\nWait \\... and see.\n:::\n', '::: note\nWait \\... and see.\n:::\n', ':::: {#outer}\n::: {.inner}\nWait \\...\n:::\n::::\n']) {
      expect(format(input)).toBe(input)
    }
    // A colon that would open a directive keeps its escape.
    expect(format('A\n\\:::claim x\n')).toBe('A\n\\:::claim x\n')
  })

  test('an escaped `\\...` inside a div stays three periods, as outside one', () => {
    expect(render('::: {.note}\nWait \\... and see.\n:::\n', {to: 'text'})).toBe('Wait ... and see.\n')
  })
})
