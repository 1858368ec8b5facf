/**
 * pandoc Markdown as argmark reads and renders it, against pandoc 2.17's output
 * for the same draft (`pandoc --citeproc --csl <style> -t plain --wrap=none`,
 * recorded in test/fixtures/pandoc/markdown/ by scripts/pandoc-fixtures.js, so
 * no pandoc is needed here). Each draft in test/fixtures/render/pandoc-markdown/
 * carries its own references; it is rendered with its bibliography, as pandoc
 * renders it.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {toString} from 'mdast-util-to-string'
import {format, parse, render} from '../../src/index.js'
import {decode, htmlMeaning} from './html-meaning.js'

const folder = new URL('../fixtures/render/pandoc-markdown/', import.meta.url)
const recorded = new URL('../fixtures/pandoc/markdown/', import.meta.url)
const styles = new URL('../fixtures/styles/', import.meta.url)

const drafts: Array<[name: string, style: string]> = [
  // Names and prose written with combining marks (`n` + U+0303) keep them, as typed.
  ['combining-marks', 'apa'],
  // Backslash escapes of `...`, quotes and `--` keep them from smart punctuation, in the prose and
  // in a citation's prefix, while unescaped ones beside them are made smart.
  ['escapes', 'chicago-fullnote-bibliography'],
  // Citations inside notes of a note style: one a note starts with is the note's text (no
  // parentheses, as typed); one later in a note is in parentheses; `^[…]` is a note even
  // when it holds prose around an in-text citation.
  ['note-citations', 'chicago-fullnote-bibliography'],
  // Fenced divs (`::: {#id .class key=value}`, a longer fence around a nested div, a list that
  // ends a div, a note and citations inside): the content read as Markdown; plain text has just it.
  ['fenced-divs', 'apa'],
  // Pipe tables in plain text as pandoc's simple tables: columns aligned as the delimiter row
  // says (centred, right, left), a citation in a cell, empty cells, no space after a row's text.
  ['tables', 'apa'],
  // An inline note `^[…]` right after a backslash escape (`C:\\^[…]`, `word\*^[…]`, `\.^[…]`) or a
  // character reference (`&amp;^[…]`) is a note; an escaped `^` or `[`, or `&#94;[`, opens none;
  // an escaped bracket inside a note does not close it; several notes in one text.
  ['inline-note-escapes', 'chicago-fullnote-bibliography'],
  // Superscript and subscript (`^…^`, `~…~`) as Unicode digits or `^(…)`/`_(…)`, in prose and in a citation's prefix;
  // a space, an escape, an empty pair or a bracket before the caret leaves text; only `~~…~~` strikes out.
  ['scripts', 'apa']
]

function draft(name: string): string {
  return readFileSync(new URL(name + '.md', folder), 'utf8')
}

function renderDraft(name: string, style: string, to: 'text' | 'markdown' | 'html'): string {
  return render(draft(name), {to, style: readFileSync(new URL(style + '.csl', styles), 'utf8'), bibliography: true})
}

describe('pandoc Markdown, rendered as pandoc renders it', () => {
  test.each(drafts)('%s (%s) in plain text is pandoc\'s', (name, style) => {
    expect(renderDraft(name, style, 'text')).toBe(readFileSync(new URL(name + '.txt', recorded), 'utf8'))
  })

  test('an escaped ellipsis, quote or dash stays as typed in every output', () => {
    const input = '\\... it said \\"so\\" -- or \\-\\- not... quite.\n'
    expect(render(input, {to: 'text'})).toBe('... it said "so" – or -- not… quite.\n')
    expect(render(input, {to: 'markdown'})).toBe('... it said "so" – or -- not… quite.\n')
    expect(render(input, {to: 'html'})).toBe('<p>... it said "so" – or -- not… quite.</p>\n')
    // Without smart punctuation, the escapes read as the characters they escape.
    expect(render(input, {to: 'text', smart: false})).toBe('... it said "so" -- or -- not... quite.\n')
  })

  // Expected notes as pandoc 2.17 wrote them for these drafts (chicago-fullnote-bibliography).
  test('a citation a note starts with is the note, one later in it is parenthesised', () => {
    const style = readFileSync(new URL('chicago-fullnote-bibliography.csl', styles), 'utf8')
    const references = '---\nreferences:\n- id: lee\n  type: book\n  author: [{family: Lee, given: Min}]\n  title: Salt roads\n  issued: 2001\n---\n\n'
    const notes = (body: string): string => render(references + body, {to: 'text', style}).split('\n\n').filter((part) => part.startsWith('[')).join('\n').trim()
    expect(notes('A.[^1] B.[^2]\n\n[^1]: [see @lee, 4].\n\n[^2]: Also [@lee, 5].\n')).toBe('[1] see Min Lee, Salt Roads, 2001, 4.\n[2] Also (Lee, 5).')
    // An in-text citation opening a note is written out whole, without its own final period.
    expect(notes('A.^[@lee says so.]\n')).toBe('[1] Min Lee, Salt Roads, 2001 says so.')
    // `^[…]` with a citation inside is a note, not a citation after a `^`.
    expect(notes('A.^[As @lee [p. 3] says.]\n')).toBe('[1] As Min Lee, Salt Roads, 2001, 3 says.')
  })

  test('fenced divs are written in GFM as pandoc writes them: the same div tags, in the same places', () => {
    // The bibliography's own divs (`#refs`, `csl-entry`) are pandoc's HTML for its entries, which argmark writes as paragraphs.
    const divLines = (markdown: string): string[] =>
      markdown.split('# References')[0]!.split('\n').filter((line) => line.startsWith('<div') || line === '</div>')
    const ours = renderDraft('fenced-divs', 'apa', 'markdown')
    const pandocs = readFileSync(new URL('fenced-divs.gfm', recorded), 'utf8')
    expect(divLines(ours)).toEqual(divLines(pandocs))
    expect(divLines(ours)).toHaveLength(8)
    // Each tag stands alone between blank lines, so the Markdown inside stays Markdown.
    expect(ours).toContain('<div id="frost" class="caution" data-level="high">\n\nA late frost can halve a harvest (Tanaka, 2020, p. 14).')
    expect(ours).toContain('- Light smudge pots.\n\n</div>')
  })

  test('combining marks are kept as written, not composed, in every output', () => {
    for (const to of ['text', 'markdown', 'html'] as const) {
      const output = renderDraft('combining-marks', 'apa', to)
      expect(output).toContain('Nun\u0303ez')
      expect(output).toContain('Mu\u0308ller')
      expect(output).toContain('Cafe\u0301')
      expect(output).not.toContain('\u00f1')
      expect(output).not.toContain('\u00fc')
      expect(output).not.toContain('\u00e9')
    }
  })

  // pandoc's superscript and subscript (test/fixtures/render/pandoc-markdown/scripts.md), against pandoc's
  // HTML and Markdown, recorded.
  describe('superscript and subscript', () => {
    /** The `<sup>` and `<sub>` elements of HTML or GFM, in order, as `[tag, text]`, without note calls (marked differently by the two). */
    const scriptsOf = (html: string): string[][] =>
      [...html.replace(/<a [^>]*(?:footnote-ref|data-footnote-ref)[^>]*>[\s\S]*?<\/a>/g, '').matchAll(/<(sup|sub)>([\s\S]*?)<\/\1>/g)]
        .map((match) => [match[1]!, decode(match[2]!.replace(/<[^>]*>/g, ''))])
        .filter(([, text]) => text !== '')
    /** The superscript and subscript nodes of Markdown as argmark reads it, as `[type, text]`. */
    const nodesOf = (markdown: string): string[][] => {
      const found: string[][] = []
      const visit = (node: {type: string; children?: unknown[]}): void => {
        if (node.type === 'superscript' || node.type === 'subscript') found.push([node.type, toString(node as never)])
        for (const child of node.children ?? []) visit(child as {type: string; children?: unknown[]})
      }
      visit(parse(markdown).tree)
      return found
    }

    test('HTML holds pandoc\'s superscripts and subscripts, and pandoc\'s text', () => {
      const ours = renderDraft('scripts', 'apa', 'html')
      const theirs = readFileSync(new URL('scripts.html', recorded), 'utf8')
      expect(scriptsOf(ours)).toEqual(scriptsOf(theirs))
      expect(scriptsOf(ours)).toHaveLength(14)
      expect(htmlMeaning(ours, {notes: true}).text).toBe(htmlMeaning(theirs, {notes: true}).text)
      expect(ours).toContain('<del>gone</del>')
    })

    test('GFM writes them as pandoc\'s gfm writer does (`<sup>`, `<sub>`); format writes them as typed, and both read back to pandoc\'s', () => {
      const gfm = renderDraft('scripts', 'apa', 'markdown')
      expect(scriptsOf(gfm)).toEqual(scriptsOf(readFileSync(new URL('scripts.html', recorded), 'utf8')))
      const formatted = format(draft('scripts'))
      expect(formatted).toContain('H~2~O, glucose C~6~H~12~O~6~')
      expect(nodesOf(formatted)).toEqual(nodesOf(readFileSync(new URL('scripts.markdown', recorded), 'utf8')))
      // The two in the citation's prefix are read with the citation (its affixes), not as nodes of the prose.
      expect(nodesOf(formatted)).toHaveLength(12)
      // An escaped space is written back as typed; pandoc's writer gives the non-breaking space itself, read the same.
      expect(formatted).toContain('Dr.\\ Smith walked 5\\ km, and H~a\\ b~ holds one, while a\\\\ b keeps')
      const paragraphText = (markdown: string): string =>
        parse(markdown).tree.children.map((node) => toString(node as never)).find((text) => text.startsWith('An escaped space')) ?? ''
      expect(paragraphText(formatted)).toBe(paragraphText(readFileSync(new URL('scripts.markdown', recorded), 'utf8')))
    })
  })

  // pandoc's `$…$` math (test/fixtures/render/pandoc-markdown/math.md), against pandoc's
  // Markdown, its HTML for MathJax (`--mathjax`) and its plain text, recorded.
  describe('math', () => {
    const mathOf = (markdown: string): unknown[] =>
      parse(markdown).tree.children.flatMap((block) =>
        block.type === 'paragraph' ? block.children.filter((node) => node.type === 'inlineMath').map((node) => [node.data?.display === true, node.value]) : []
      )

    test('HTML is pandoc\'s with --mathjax: the TeX as typed in math spans, escaped', () => {
      const ours = renderDraft('math', 'apa', 'html')
      expect(decode(ours)).toBe(decode(readFileSync(new URL('math.html', recorded), 'utf8')))
      expect(ours).toContain('<span class="math inline">\\(a&#x3C;b\\)</span>')
      expect(ours).toContain('<span class="math display">\\[\n\\sum_i x_i\n\\]</span>')
    })

    test('Markdown keeps each piece of math as typed, and reads back to the same math as pandoc\'s Markdown', () => {
      const ours = renderDraft('math', 'apa', 'markdown')
      const pandocs = readFileSync(new URL('math.markdown', recorded), 'utf8')
      expect(mathOf(ours)).toEqual(mathOf(pandocs))
      expect(mathOf(ours)).toHaveLength(8)
      // Prose dollars that could open math are escaped, as pandoc escapes them.
      expect(ours.split('\n')[0]).toBe(pandocs.split('\n')[0])
      expect(ours).toContain('$a*b*c$')
      expect(ours).toContain('$x "quoted" -- y$')
    })

    test('math in a citation\'s prefix or suffix is math, as pandoc reads it: HTML is pandoc\'s with --mathjax, Markdown keeps the dollars', () => {
      const ours = renderDraft('math-affixes', 'apa', 'html')
      const theirs = readFileSync(new URL('math-affixes.html', recorded), 'utf8')
      expect(htmlMeaning(ours)).toEqual(htmlMeaning(theirs))
      expect(ours).toContain('(see <span class="math inline">\\(n^2\\)</span> Harrow, 2009)')
      expect(ours).toContain('eq. <span class="math inline">\\(a&#x3C;b\\)</span> and')
      const markdown = renderDraft('math-affixes', 'apa', 'markdown')
      expect(markdown).toContain('(see $n^2$ Harrow, 2009)')
      expect(markdown).toContain('Harrow (2009, $k = 3$ cases) says so')
      expect(markdown).not.toContain('\\$n')
      // The escaped dollar is text: no math opens there.
      expect(markdown).toContain('p. \\$5 and $x_1$')
    })

    test('plain text keeps the TeX with its dollars, as pandoc does for TeX it cannot convert; the prose around is pandoc\'s', () => {
      const ours = renderDraft('math', 'apa', 'text').split('\n\n')
      const pandocs = readFileSync(new URL('math.txt', recorded), 'utf8').split('\n\n')
      expect(ours).toHaveLength(pandocs.length)
      // No math, or TeX pandoc cannot convert either: the same text.
      for (const index of [0, 5]) expect(ours[index]).toBe(pandocs[index])
      // pandoc converts the TeX it can (`E = mc²`); argmark does not typeset.
      expect(ours[2]).toBe('The energy is $E = mc^2$, “$x$” stands in quotes, and $a*b*c$ keeps its stars.')
      expect(pandocs[2]).toContain('mc²')
      expect(pandocs[2]).not.toContain('$')
    })
  })
})
