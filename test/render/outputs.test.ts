import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'
import {parseCslJson} from '../../src/sources/index.js'
import {sources} from './helpers.js'
import {runs} from '../fuzz.js'

const prose = `# A heading

Some *emphasis*, **strong**, \`code\`, a [link](https://example.com "title") and an
autolink <https://example.org>.

> A quotation, with its *own* emphasis.

- one
- two
  - nested

1. first
2. second

| a | b |
| - | - |
| 1 | 2 |

---

A last paragraph with a hard\\
break.
`

describe('prose survives', () => {
  test('Markdown without annotations renders unchanged', () => {
    expect(render(prose)).toBe(prose)
  })

  test('annotations disappear and leave their prose', () => {
    const annotated = `:::claim{#c thesis}
The claim, with :evidence[a statistic]{#e type=statistic supports=c}.
:::

::recommendation[Do this]{#r}

Text with :objection[an objection]{#o attacks=c} in it.
`
    expect(render(annotated)).toBe('The claim, with a statistic.\n\nDo this\n\nText with an objection in it.\n')
  })

  test('HTML keeps headings, lists, tables, quotations, emphasis and links', () => {
    const html = render(prose, {to: 'html'})
    for (const fragment of [
      '<h1 id="a-heading">A heading</h1>',
      '<em>emphasis</em>',
      '<strong>strong</strong>',
      '<a href="https://example.com" title="title">link</a>',
      '<blockquote>',
      '<li>one</li>',
      '<table>',
      '<hr>'
    ]) {
      expect(html).toContain(fragment)
    }
  })

  test('text output has the shape of `pandoc -t plain --wrap=preserve`', () => {
    const draft = '# A heading\n\n## Sub heading\n\nSome *emphasis*, a [link](https://example.com) and `code`.\n\n> A quotation.\n> Second line.\n\n- one\n- two\n  - nested\n\n1. first\n2. second\n\n---\n\n    code block\n'
    // What pandoc 2.17 writes for the same draft.
    expect(render(draft, {to: 'text'})).toBe(
      'A heading\n\nSub heading\n\nSome emphasis, a link and code.\n\n  A quotation.\n  Second line.\n\n-   one\n-   two\n    -   nested\n\n1.  first\n2.  second\n\n' +
        '-'.repeat(72) + '\n\n    code block\n'
    )
  })

  test('a draft saved with `\\r\\n` (or `\\r`) renders as the same draft with `\\n`, in every format', () => {
    const draft = '# Title\n\nOne line\nand the next, with a note.[^1] As [see\n@doe99, p.\n4] shows.\n\n> A quotation\n> over two lines.\n\nA hard\\\nbreak.\n\n```\ncode\nblock\n```\n\n[^1]: A note\n    over two lines.\n'
    for (const to of ['markdown', 'html', 'text'] as const) {
      const unix = render(draft, {to, sources})
      expect(unix).toContain('One line\nand the next')
      expect(unix).toContain('Doe')
      expect(render(draft.replaceAll('\n', '\r\n'), {to, sources})).toBe(unix)
      expect(render(draft.replaceAll('\n', '\r'), {to, sources})).toBe(unix)
    }
  })

  test('a table row in text output has the head\'s cells: those beyond go, as in HTML (GFM drops them)', () => {
    // pandoc 2.17 (`-f gfm -t plain`) writes the same.
    expect(render('| a | b |\n|---|---|\n| 1 | 2 | 3 | 4 |\n| 5 |\n', {to: 'text'})).toBe('  a   b\n  --- ---\n  1   2\n  5   \n')
  })

  test('text output keeps the words', () => {
    expect(render(prose, {to: 'text'})).toContain('Some emphasis, strong, code, a link and an\nautolink https://example.org.')
  })
})

describe('HTML is safe', () => {
  const hostile = `<script>alert(1)</script>

<img src=x onerror="alert(1)">

A [link](javascript:alert(1)) and <a href="javascript:alert(2)" onclick="alert(3)">raw</a>.

:claim[text]{#a onclick="alert(4)" style="background:url(javascript:alert(5))"}

:::evidence{#b onmouseover="alert(6)" type=quotation}
Inside <iframe src="javascript:alert(7)"></iframe>.
:::

:claim[x]{id="q&quot; onload=&quot;alert(8)"} [@evil].
`
  const evil = parseCslJson(
    JSON.stringify([
      {
        id: 'evil',
        type: 'webpage',
        title: '<script>alert(9)</script><img src=x onerror=alert(10)>',
        author: [{literal: '<b onclick="alert(11)">Org</b>'}],
        URL: 'javascript:alert(12)'
      }
    ])
  ).items

  for (const dataAttributes of [false, true]) {
    test('no executable content' + (dataAttributes ? ' (with data attributes)' : ''), () => {
      const html = render(hostile, {to: 'html', sources: evil, dataAttributes})
      // Text is escaped (`&#x3C;script>`): only real tags start with `<` and a letter.
      const tags = [...html.matchAll(/<([a-z][\w-]*)([^>]*)>/gi)]
      expect(tags.length).toBeGreaterThan(0)
      for (const [tag, name, attributes] of tags) {
        expect(name?.toLowerCase(), tag).not.toMatch(/^(script|iframe|img|object|embed|style|link|meta|form|svg|math)$/)
        // Attribute names, with quoted values emptied (escaped quotes cannot end them).
        expect(attributes?.replace(/"[^"]*"/g, '""'), tag).not.toMatch(/\son\w+\s*=|\sstyle\s*=|\ssrc\s*=/i)
        expect(attributes, tag).not.toMatch(/href\s*=\s*"?\s*javascript:/i)
      }
      // The hostile attribute value stayed a value.
      expect(html).not.toMatch(/"\s*onload=/)
    })
  }

  test('data attributes stay on annotated text, as data', () => {
    const html = render(':claim[a "claim"]{#c} and\n\n:::evidence{#e type=statistic supports=c}\nA block.\n:::\n', {
      to: 'html',
      dataAttributes: true
    })
    expect(html).toBe(
      '<p><span data-argmark-kind="claim" data-argmark-id="c">a “claim”</span> and</p>\n' +
        '<div data-argmark-kind="evidence" data-argmark-id="e"><p>A block.</p></div>\n'
    )
  })

  test('footnote links point at their notes', () => {
    const html = render('A [@doe99].\n', {to: 'html', sources})
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"')
    expect(html).toContain('<li id="user-content-fn-1">')
  })
})

describe('robustness', () => {
  test('any input renders to every format with no internal error', () => {
    const pieces = ['[@doe99', '@smith04 [p. 3]', '[^1]', '[^1]: note [@web]\n', ':claim[x]{#a}', ':::claim\n', '\n\n', '*', '“', 'text ', '[-@doe99, p. 4]', '@']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}), fc.constantFrom('markdown', 'html', 'text'), (parts, to) => {
        const file = new VFile({value: parts.join('')})
        render(file, {to: to as 'markdown', sources})
        expect(file.messages.filter((message) => message.ruleId === 'internal-error').map(String)).toEqual([])
      }),
      runs(200)
    )
  })
})
