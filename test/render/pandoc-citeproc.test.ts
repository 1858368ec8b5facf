/**
 * More of pandoc's citeproc behaviours, as argmark renders them, against
 * pandoc 2.17's output for the same draft (test/fixtures/render/citeproc/,
 * recorded in test/fixtures/pandoc/citeproc/ by scripts/pandoc-fixtures.js).
 * Plain text must be equal; for HTML, which argmark writes without pandoc's
 * divs, spans and classes, the links (target and text) and the text must be.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'
import {sources} from './helpers.js'

const folder = new URL('../fixtures/render/citeproc/', import.meta.url)
const recorded = new URL('../fixtures/pandoc/citeproc/', import.meta.url)
const styles = new URL('../fixtures/styles/', import.meta.url)

const drafts: Array<[name: string, style: string, to: 'text' | 'html']> = [
  // link-citations: a cite's prefix and suffix stay outside its link.
  ['cite-affixes', 'chicago-author-date', 'html'],
  // … also in a numeric style, where a cite is a lone number (`[1]`): linked, brackets and all.
  ['cite-affixes', 'ieee', 'html'],
  // An author-suppressed cite that prints nothing in an author's note leaves `()`.
  ['empty-note-cite', 'chicago-fullnote-bibliography', 'text']
]

function renderDraft(name: string, style: string, to: 'text' | 'html' | 'markdown'): string {
  return render(readFileSync(new URL(name + '.md', folder), 'utf8'), {
    to,
    sources,
    style: readFileSync(new URL(style + '.csl', styles), 'utf8'),
    bibliography: true,
    rules: {'unused-source': 'off'}
  })
}

function decode(text: string): string {
  return text
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"')
}

/** The links of an HTML text, as `[target, text]`, and its text. */
function htmlMeaning(html: string): {links: string[][]; text: string} {
  const links = [...html.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((match) => [decode(match[1]!), decode(match[2]!.replace(/<[^>]*>/g, ''))])
  const text = decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').replace(/ ([.,;)])/g, '$1').replace(/\( /g, '(').trim()
  return {links, text}
}

describe('pandoc\'s citeproc behaviours', () => {
  test.each(drafts)('%s (%s, %s) renders as pandoc renders it', (name, style, to) => {
    const theirs = readFileSync(new URL(name + '.' + style + (to === 'html' ? '.html' : '.txt'), recorded), 'utf8')
    const ours = renderDraft(name, style, to)
    if (to === 'text') expect(ours).toBe(theirs)
    else expect(htmlMeaning(ours)).toEqual(htmlMeaning(theirs))
  })

  test('link-citations: prefixes and suffixes outside the link, in every output', () => {
    const markdown = renderDraft('cite-affixes', 'chicago-author-date', 'markdown')
    expect(markdown).toContain('(see [Doe 1999, 12](#ref-doe99), among other places)')
    expect(markdown).toContain('(*e.g.* [Doe 1999, chap. 2](#ref-doe99); [Smith and Roe 2004](#ref-smith04))')
    expect(markdown).toContain('([Example Org n.d.](#ref-web), with a map)')
  })

  test('link-citations: a numeric cite without a locator is linked, its brackets inside the link', () => {
    const markdown = renderDraft('cite-affixes', 'ieee', 'markdown')
    expect(markdown).toContain('The later survey [\\[2\\]](#ref-smith04) finds')
    expect(markdown).toContain('see [\\[1, p. 12\\]](#ref-doe99), among other places')
    // A collapsed range links each end.
    const range = render('---\nlink-citations: true\n---\n\nAll three [@doe99; @smith04; @web].\n', {
      sources,
      style: readFileSync(new URL('ieee.csl', styles), 'utf8')
    })
    expect(range).toContain('[\\[1\\]](#ref-doe99)–[\\[3\\]](#ref-web)')
  })

  test('a prefix ending in punctuation still capitalises the term after it (as without links), outside the link', () => {
    const plain = render('Text [@doe99]. More [see, e.g., @doe99].\n', {sources})
    expect(plain).toContain('[^2]: See, e.g., Ibid.')
    const notes = render('---\nlink-citations: true\n---\n\nText [@doe99]. More [see, e.g., @doe99].\n', {sources})
    expect(notes).toContain('[^2]: See, e.g., [Ibid.](#ref-doe99)')
  })
})
