import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parse, render} from '../../src/index.js'
import {abstractBlocks} from '../../src/extract/abstract-blocks.js'
import {renderDocument, renderTree} from '../../src/render/render.js'
import {sources} from './helpers.js'

const frenchLocale = readFileSync(new URL('../fixtures/render/locales-fr-FR.xml', import.meta.url), 'utf8')

describe('smart punctuation, as pandoc’s smart extension', () => {
  test('in the prose, the author’s notes, prefixes, suffixes and locators', () => {
    const markdown = render(
      "The states' \"dialogue\" -- so far --- failed... [see 'also' @doe99, pp. 62--64, \"quoted\"] Then.[^a]\n\n[^a]: It's done.\n",
      {sources}
    )
    expect(markdown).toBe(
      'The states’ “dialogue” – so far — failed…[^1] Then.[^2]\n\n' +
        '[^1]: See ‘also’ John Doe, *The Book of Things: A Study* (New York: Acme Press, 1999), 62–64, “quoted.”\n\n' +
        '[^2]: It’s done.\n'
    )
  })

  test('`smart: false` (option or front matter) keeps straight quotes, dashes and dots', () => {
    const draft = "It's -- \"x\" [@doe99, pp. 1--2]...\n"
    const expected = 'It\'s -- "x..."[^1]\n\n[^1]: John Doe, *The Book of Things: A Study* (New York: Acme Press, 1999), 1--2.\n'
    expect(render(draft, {sources, smart: false})).toBe(expected)
    expect(render('---\nsmart: false\n---\n\n' + draft, {sources})).toBe(expected)
  })

  test('each quote is decided within its block, as pandoc does (`pandoc -f markdown -t gfm`)', () => {
    // The block before ends without a full stop: read with the whole document's text at once,
    // the apostrophe took that block's last word as its context and opened a quote.
    expect(render("# A title\n\n's a test\n")).toBe('# A title\n\n’s a test\n')
    expect(render("A line\n\n's a test\n")).toBe('A line\n\n’s a test\n')
    expect(render("Done.\n\n's a test\n")).toBe('Done.\n\n’s a test\n')
  })

  test('code is left alone', () => {
    expect(render("Use `it's -- \"x\"` and it's.\n")).toBe("Use `it's -- \"x\"` and it’s.\n")
  })
})

describe('clean output', () => {
  test('a quotation inside an annotation takes the period inside its closing quote, as plain prose does', () => {
    const draft = ':evidence["quoted"]{#q type=quotation} [@doe99, p. 2].\n\nPlain "quoted" [@doe99, p. 3].\n'
    expect(render(draft, {sources}).split('\n\n').slice(0, 2)).toEqual(['“quoted.”[^1]', 'Plain “quoted.”[^2]'])
  })

  test('control comments go, and an empty annotation leaves one space', () => {
    expect(render('A claim :factor[]{#f explains=c} and :claim[c]{#c} end.\n\n<!-- argmark-disable -->\n\nNext.\n')).toBe(
      'A claim and c end.\n\nNext.\n'
    )
  })

  test('the bibliography has a heading only when `reference-section-title` asks for one, as pandoc', () => {
    const draft = 'A [@doe99].\n'
    const plain = render(draft, {sources, bibliography: true})
    expect(plain).not.toContain('#')
    expect(plain).toContain('A.[^1]\n\nDoe, John. *The Book of Things: A Study*. New York: Acme Press, 1999.\n')
    expect(render('---\nreference-section-title: Works cited\n---\n\n' + draft, {sources, bibliography: true})).toContain('\n# Works cited\n\nDoe, John.')
    expect(render(draft, {sources, bibliography: true, referenceSectionTitle: 'Sources'})).toContain('\n# Sources\n')
  })

  test('`lang` picks the CSL locale from `locales`, as pandoc picks its own', () => {
    const draft = '---\nlang: fr-FR\n---\n\nA [@doe99, p. 3]. B [@doe99, p. 4].\n'
    const markdown = render(draft, {sources, locales: {'fr-FR': frenchLocale}, bibliography: true})
    // French titles are not title-cased.
    expect(markdown).toContain('[^1]: John Doe, *The book of things: A study*')
    expect(markdown).toContain('[^2]: Ibid., 4.')
    expect(render(draft, {sources, bibliography: true})).toContain('[^1]: John Doe, *The Book of Things: A Study*')
  })
})

describe('standalone documents', () => {
  const draft = '---\ntitle: "The \\"third\\" force"\nauthor: [Ann Doe, {name: Bo Roe}]\ndate: 2003-09-15\nlang: en-GB\n---\n\nText.\n'

  test('Markdown and text start with the title block', () => {
    expect(render(draft, {standalone: true})).toBe('# The “third” force\n\nAnn Doe, Bo Roe\\\n2003-09-15\n\nText.\n')
    expect(render(draft, {standalone: true, to: 'text'})).toBe('The “third” force\n\nAnn Doe, Bo Roe\n2003-09-15\n\nText.\n')
  })

  test('HTML is a full page with `<title>` and `lang`', () => {
    const html = render(draft, {standalone: true, to: 'html'})
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">')).toBe(true)
    expect(html).toContain('<title>The “third” force</title>')
    expect(html).toContain('<meta name="author" content="Ann Doe">\n<meta name="author" content="Bo Roe">')
    expect(html).toContain('<body>\n<h1 class="title">The “third” force</h1>')
    expect(html.endsWith('</body>\n</html>\n')).toBe(true)
  })

  test('the title, authors and date are inline Markdown, as pandoc reads metadata', () => {
    const marked = '---\ntitle: The *mill* & the "sea" [^x]\nauthor: [Ann *Doe*, Bo `Roe`]\ndate: 15 *September* 2003\n---\n\nText.\n'
    const html = render(marked, {standalone: true, to: 'html'})
    expect(html).toContain('<title>The mill &#38; the “sea” [^x]</title>')
    expect(html).toContain('<meta name="author" content="Ann Doe">\n<meta name="author" content="Bo Roe">')
    expect(html).toContain('<meta name="dcterms.date" content="15 September 2003">')
    expect(html).toContain('<h1 class="title">The <em>mill</em> &#x26; the “sea” [^x]</h1>')
    expect(html).toContain('<p>Ann <em>Doe</em>, Bo <code>Roe</code><br>\n15 <em>September</em> 2003</p>')
    expect(render(marked, {standalone: true})).toBe('# The *mill* & the “sea” \\[^x]\n\nAnn *Doe*, Bo `Roe`\\\n15 *September* 2003\n\nText.\n')
    expect(render(marked, {standalone: true, to: 'text'})).toBe('The mill & the “sea” [^x]\n\nAnn Doe, Bo Roe\n15 September 2003\n\nText.\n')
    // Each render reads the title anew: the smart quotes of one do not reach the next.
    expect(render(marked, {standalone: true, smart: false}).split('\n')[0]).toBe('# The *mill* & the "sea" \\[^x]')
  })

  test('without `standalone`, no title block', () => {
    expect(render(draft)).toBe('Text.\n')
  })
})

describe("a standalone page's abstract", () => {
  // As pandoc 2.17's standalone HTML writes it: in the header after the byline, a `div.abstract` with its title.
  const draft = '---\ntitle: Mills\nauthor: Ann Doe\nabstract: |\n  Output fell by *a fifth*.\n\n  Then it "rose".\n---\n\nText.\n'

  test('HTML writes it after the title block, read as Markdown', () => {
    const html = render(draft, {to: 'html', standalone: true})
    expect(html).toContain(
      '<p>Ann Doe</p>\n<div class="abstract">\n<div class="abstract-title">Abstract</div>\n<p>Output fell by <em>a fifth</em>.</p>\n<p>Then it “rose”.</p>\n</div>\n<p>Text.</p>'
    )
  })

  test('its title in the language of the document, or as `abstract-title` gives it', () => {
    const title = (front: string) => /<div class="abstract-title">([^<]*)<\/div>/.exec(render(draft.replace('title: Mills', front), {to: 'html', standalone: true}))?.[1]
    expect(title('lang: de-AT')).toBe('Zusammenfassung')
    expect(title('lang: fr')).toBe('Résumé')
    expect(title('lang: en-GB')).toBe('Abstract')
    // pandoc has no translation for Japanese: an empty title.
    expect(title('lang: ja')).toBe('')
    expect(title('lang: fr\nabstract-title: Summary')).toBe('Summary')
    expect(render(draft.replace('title: Mills', 'abstract-title: "*Sum*"'), {to: 'html', standalone: true})).toContain('<div class="abstract-title"><em>Sum</em></div>')
  })

  test('Markdown, text and HTML that is not standalone do not write it, as pandoc', () => {
    expect(render(draft, {standalone: true})).not.toContain('fifth')
    expect(render(draft, {standalone: true, to: 'text'})).not.toContain('fifth')
    expect(render(draft, {to: 'html'})).not.toContain('fifth')
  })

  test("its citations' notes come first, as in pandoc's page", () => {
    const cited = draft.replace('*a fifth*.', '*a fifth* [@doe].').replace('Text.', 'Text [@doe, p. 4].') + '\n'
    const sources = [{id: 'doe', type: 'book' as const, title: 'Mills'}]
    const html = render(cited, {to: 'html', standalone: true, sources})
    expect(html.indexOf('fnref-1')).toBeLessThan(html.indexOf('<p>Text'))
    expect(html).toMatch(/<p>Text\.?<sup><a href="#user-content-fn-2"/)
  })

  test("a note or link reference in it names the body's definition, as pandoc reads metadata", () => {
    const noted = draft.replace('*a fifth*.', '*a fifth*[^1], says [the report][r].') + '\n[^1]: Doe, p. 4.\n\n[r]: https://example.org\n'
    const html = render(noted, {to: 'html', standalone: true})
    expect(html).toContain('<p>Output fell by <em>a fifth</em><sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>, says <a href="https://example.org">the report</a>.</p>')
    // pandoc writes a no-break space after `p.` (smart typography).
    expect(html).toContain('<li id="user-content-fn-1">\n<p>Doe, p.\u00a04. ')
  })

  test("`renderTree` holds it for the HTML writer only, as a blockquote remark-rehype writes as the div", () => {
    const kinds = (format?: 'html' | 'markdown') => renderTree(parse(draft), {standalone: true}, format).children.map((node) => node.type + (node.data && 'hName' in node.data ? ':' + String(node.data.hName) : ''))
    expect(kinds('html')).toEqual(['heading', 'paragraph', 'blockquote:div', 'paragraph'])
    expect(kinds()).toEqual(['heading', 'paragraph', 'paragraph'])
  })

  test('a render leaves the abstract the lint rules read as it was', () => {
    const parsed = parse(draft)
    expect(renderDocument(parsed, 'html', {standalone: true})).toContain('<p>Then it “rose”.</p>')
    // The tree read once at parse time, which the prose rules read, keeps its straight quotes.
    expect(abstractBlocks(parsed.file).map((block) => block.text)).toEqual(['Output fell by a fifth.', 'Then it "rose".'])
  })
})
