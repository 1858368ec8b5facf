import {parse as parseHtml} from 'parse5'
import {describe, expect, test} from 'vitest'
import {exportGraph, parse, render} from '../../src/index.js'

// What a browser would run: script-like elements, event handlers, and
// javascript:/vbscript:/data: URLs, found by parsing the output with parse5
// (the HTML parser browsers' spec describes).
interface HtmlNode {
  tagName?: string
  attrs?: Array<{name: string; value: string}>
  childNodes?: HtmlNode[]
  content?: HtmlNode
}

function executable(html: string): string[] {
  const found: string[] = []
  const stack: HtmlNode[] = [parseHtml(html) as unknown as HtmlNode]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.tagName && /^(script|iframe|object|embed|foreignobject|base|link|form)$/i.test(node.tagName)) found.push('<' + node.tagName + '>')
    for (const attribute of node.attrs ?? []) {
      const name = attribute.name.toLowerCase()
      const value = attribute.value.replace(/[\s\u0000-\u001F]/g, '').toLowerCase()
      if (name.startsWith('on') || name === 'srcdoc' || name === 'formaction' || name === 'http-equiv') found.push(name)
      if (/^(?:javascript|vbscript|data):/.test(value) && /(?:^|:)(?:href|src|action|poster|background)$/.test(name)) found.push(name + '=' + value)
    }
    stack.push(...(node.childNodes ?? []))
    if (node.content) stack.push(node.content)
  }
  return found
}

// OWASP filter-evasion style vectors (written for this test).
const vectors = [
  '<script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<img src="jav&#x09;ascript:alert(1)">',
  '<body onload=alert(1)>',
  '<math><mtext><script>alert(1)</script></mtext></math>'
]

describe('HTML output runs nothing', () => {
  test.each(vectors)('%s in prose, a node, an attribute, a link, a citation affix and a bibliography entry', (vector) => {
    const quoted = vector.replaceAll('"', '&quot;')
    const url = encodeURI(vector.replace(/^.*?(javascript|data)/i, '$1'))
    const document =
      '---\ntitle: ' + JSON.stringify(vector) + '\nreferences:\n  - id: doe\n    type: book\n    title: ' + JSON.stringify(vector) +
      '\n    URL: ' + JSON.stringify('javascript:alert(1)') + '\n    author: [{family: ' + JSON.stringify(vector) + '}]\n---\n\n' +
      'Prose ' + vector + ' and :claim[claim ' + vector + ']{#a title="' + quoted + '"} [' + vector + ' see @doe, p. 4 ' + vector + '].\n\n' +
      '[link](' + url + ') ![image](' + url + ') <javascript:alert(1)>\n\n' + vector + '\n'
    for (const options of [{}, {standalone: true}, {bibliography: true}, {dataAttributes: true}]) {
      const html = render(document, {to: 'html', ...options})
      expect(html.length).toBeGreaterThan(0)
      expect(executable(html)).toEqual([])
    }
  })

  test.each(vectors)('%s in a fenced div\'s attributes and content', (vector) => {
    const single = vector.replaceAll("'", '"')
    const document =
      '::: {.x onclick="alert(1)" onmouseover=alert(1) style="x" title=\'' + single + '\' data-x="' + vector.replaceAll('"', "'") + '"}\n' + vector + '\n:::\n\n' +
      '::: {#a"><script>alert(1)</script>}\nx\n:::\n'
    for (const options of [{}, {dataAttributes: true}]) {
      const html = render(document, {to: 'html', ...options})
      expect(html.length).toBeGreaterThan(0)
      expect(executable(html)).toEqual([])
    }
  })

  test('a fenced div is read, its handler dropped and its quote encoded (a `<` inside a quoted value is inert)', () => {
    expect(render('::: {.x onclick="alert(1)" title=\'"><b\'}\nx\n:::\n', {to: 'html'})).toBe('<div class="x" title="&#x22;><b"><p>x</p></div>\n')
  })

  test('the checker finds what it looks for', () => {
    expect(executable('<p><a href=" javascript:x">a</a><img src=x onerror=y><script></script></p>')).toEqual([
      '<script>',
      'onerror',
      'href=javascript:x'
    ])
  })

  test.each(vectors)('%s in node text and ids reaches SVG, Mermaid and DOT only as text', async (vector) => {
    const {graph} = parse(':claim[' + vector.replaceAll(']', '\\]') + ']{#a}\n\n:evidence[' + vector.replaceAll(']', '\\]') + ']{#b supports=a}\n')
    expect(graph.nodes).toHaveLength(2)
    const svg = await exportGraph(graph, 'svg')
    expect(executable(svg)).toEqual([])
    // Mermaid labels (HTML when Mermaid renders them) carry no raw markup.
    expect(exportGraph(graph, 'mermaid')).not.toMatch(/<script|<svg|<img|<iframe|<a |<body|<math/i)
    // DOT labels are quoted strings, which Graphviz writes as text, never HTML-like `label=<…>`.
    const dot = exportGraph(graph, 'dot')
    expect(dot).not.toMatch(/label=</)
    expect(dot).toMatch(/label="/)
  })
})
