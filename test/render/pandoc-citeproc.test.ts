/**
 * More of pandoc's citeproc behaviours, as argmark renders them, against
 * pandoc 2.17's output for the same draft (test/fixtures/render/citeproc/,
 * recorded in test/fixtures/pandoc/citeproc/ by scripts/pandoc-fixtures.js),
 * in a style of test/fixtures/styles/ or argmark's own (`argmark-notes`).
 * Plain text must be equal; for HTML, which argmark writes without pandoc's
 * divs, spans and classes, the links (target and text) and the text must be.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'
import {sources} from './helpers.js'
import {htmlMeaning} from './html-meaning.js'

const folder = new URL('../fixtures/render/citeproc/', import.meta.url)
const recorded = new URL('../fixtures/pandoc/citeproc/', import.meta.url)
const styles = new URL('../fixtures/styles/', import.meta.url)
// OSCOLA's default locale, as pandoc has it built in.
const locales = {'en-GB': readFileSync(new URL('../fixtures/render/locales-en-GB.xml', import.meta.url), 'utf8')}

const drafts: Array<[name: string, style: string, to: 'text' | 'html' | 'markdown']> = [
  // link-citations: a cite's prefix and suffix stay outside its link.
  ['cite-affixes', 'chicago-author-date', 'html'],
  // … also in a numeric style, where a cite is a lone number (`[1]`): linked, brackets and all.
  ['cite-affixes', 'ieee', 'html'],
  // An author-suppressed cite that prints nothing in an author's note leaves `()`.
  ['empty-note-cite', 'chicago-fullnote-bibliography', 'text'],
  // link-bibliography: a DOI or PMID the style leaves out links the entry's title.
  ['title-links', 'oscola', 'html'],
  // A title standing in for a missing author keeps its italics (or quotes) in the text.
  ['title-as-author', 'chicago-author-date', 'markdown'],
  // Locator terms from the style's locale (`s`, `ss`, `para`); ranges of bracketed or lettered ends get an en dash.
  ['legal-locators', 'argmark-test-legal-locators', 'text'],
  // A range of numbers typed with `-`, `--` or `–` is shortened by the style's page-range-format
  // (chicago, expanded, minimal-two); a suffix written after a space keeps it, also one that is a dash.
  ['locator-dashes', 'chicago-author-date', 'text'],
  ['locator-dashes', 'apa', 'text'],
  ['locator-dashes', 'modern-language-association', 'text'],
  // The note of an in-text cite follows the author's name, before the punctuation after it
  // (also inside quotes); only a bracketed cite's note moves after the punctuation.
  ['in-text-notes', 'chicago-fullnote-bibliography', 'text'],
  // `&`, `<` and `>` in a prefix or suffix are text (an entity or a tag there too), in notes and in the text.
  ['markup-affixes', 'chicago-fullnote-bibliography', 'text'],
  ['markup-affixes', 'chicago-author-date', 'html'],
  // A note's first letter is capitalised also inside a link or emphasis its prefix starts with.
  ['note-capitals', 'chicago-fullnote-bibliography', 'markdown'],
  // A reference link in a prefix or suffix (`[see [the roll][roll] in @doe]`, `[@doe, 12, with [Notes]]`) is a link to
  // the document's definition; a label nothing defines stays text.
  ['reference-affixes', 'chicago-fullnote-bibliography', 'html'],
  // pandoc's smart extension: a non-breaking space after an abbreviation (`Mr.`, `cf.`, `pp.`) before text,
  // in the prose, a note and a quotation; not before a note, a citation or the end, nor after `x.Mr.` or `Mr\.`.
  ['abbreviations', 'chicago-fullnote-bibliography', 'text'],
  // A prefix's space before the cite after `/`, `§` or CJK; a space before `;` in an affix stays a
  // space (citeproc-js makes it narrow); quotes and brackets around an in-text cite; a tab after `Mr.`.
  ['affix-spacing', 'chicago-fullnote-bibliography', 'text'],
  ['affix-spacing', 'apa', 'text'],
  // A citation in the front matter's abstract is cited first (numbered [1] in a numeric style) and its source is in
  // the bibliography, though plain text, as pandoc's, does not write the abstract.
  ['abstract-citations', 'ieee', 'text'],
  // An in-text cite in an author's footnote of a note style names its author (in the form of a later note, never Ibid.),
  // then, after a comma, the rest in its own position: `So Tregear and Nance, ibid says`; a term that starts a cite
  // there is not capitalised (`ibid.`) unless the style says so (argmark's notes style: `Ibid.`).
  ['in-text-footnotes', 'chicago-fullnote-bibliography-with-ibid', 'text'],
  ['in-text-footnotes', 'argmark-notes', 'text'],
  // A range of years is `1906–1908` in every date of the style, never in the affixes or formatting of another date
  // (argmark's notes style once wrote `Truro: Harbour Press, 1906–(1908)`, the brackets of its journal year).
  ['date-ranges', 'argmark-notes', 'text'],
  ['date-ranges', 'argmark-test-date-ranges', 'markdown'],
  // A suffix written a space after the key (or after empty braces `{}`, pandoc's "no locator")
  // keeps that space whatever it starts with (a digit, a quote, a dash), as pandoc's citeproc
  // keeps it: `[@doe99{} 99 years later]` is `(Doe 1999 99 years later)`; an in-text cite's
  // `[{} …]` takes no comma.
  ['suffix-after-key', 'chicago-author-date', 'text'],
  // Ibid. after a note that cites one source twice (`[@a, p. 3] and @a [p. 4]`, `[@a] and then [@a]`), not after a
  // note that cites two sources, a note that cites nothing, or a cluster of two cites.
  ['ibid-chains', 'chicago-fullnote-bibliography-with-ibid', 'text'],
  // A suffix written right after the key (`[@doe99: the preface]`, `[@smith04!]`) keeps no space before it, one
  // written after a space keeps one (`[@doe99 : the preface]`), with or without a locator, in brackets or the text.
  ['suffix-right-after-key', 'chicago-author-date', 'text'],
  // A cluster's cites grouped by author as pandoc's citeproc groups them where the style collapses by year: a cite with a
  // suffix stands alone (`(Doe 1999; Doe 1999 x)`), one with a prefix starts a group, a later cite of an author is
  // brought forward past others without affixes (`(Smith and Roe 2004, 2004; Doe 1999)`), and a group collapses before
  // a prefix (`(Doe 1999, 1999; cf. Smith and Roe 2004)`); styles that collapse numbers, and note styles, as they were.
  ['cluster-collapse', 'apa', 'text'],
  ['cluster-collapse', 'chicago-author-date', 'text'],
  ['cluster-collapse', 'ieee', 'text'],
  ['cluster-collapse', 'american-medical-association', 'text'],
  ['cluster-collapse', 'chicago-fullnote-bibliography', 'text'],
  // With `notes-after-punctuation: true` a superscript citation (AMA) moves after the punctuation as a note's marker
  // does: inside a closing quote for `.` and `,` (`"full of boats" [@doe99].` → `“full of boats.”¹`), not when the
  // citation follows a word or quote with no space (`*low*[@doe99].` → `low¹.`), nor a space after another one (`¹ ².`).
  ['superscript-punctuation', 'american-medical-association', 'text'],
  // A `’` that closes no quotation is an apostrophe: the punctuation after the citation stays outside it
  // (`the states' [@a].` → `the states’.`), and one that closes a `‘` takes it inside (`‘the states.’`), as pandoc reads them.
  ['apostrophes', 'chicago-fullnote-bibliography', 'text']
]

/** `argmark-notes`: argmark's default style (no `style` given), as scripts/pandoc-fixtures.js gives it to pandoc. */
function renderDraft(name: string, style: string, to: 'text' | 'html' | 'markdown'): string {
  return render(readFileSync(new URL(name + '.md', folder), 'utf8'), {
    to,
    sources,
    ...(style === 'argmark-notes' ? {} : {style: readFileSync(new URL(style + '.csl', styles), 'utf8')}),
    ...(style === 'oscola' ? {locales} : {}),
    bibliography: true,
    rules: {'unused-source': 'off'}
  })
}


/** GFM as text: pandoc's bibliography divs dropped, lines joined (the two wrap differently). */
function markdownMeaning(markdown: string): string {
  return markdown.replace(/^<\/?div[^>]*>$/gm, '').replace(/\s+/g, ' ').trim()
}

describe('pandoc\'s citeproc behaviours', () => {
  test.each(drafts)('%s (%s, %s) renders as pandoc renders it', (name, style, to) => {
    const theirs = readFileSync(new URL(name + '.' + style + {text: '.txt', html: '.html', markdown: '.gfm'}[to], recorded), 'utf8')
    const ours = renderDraft(name, style, to)
    if (to === 'text') expect(ours).toBe(theirs)
    else if (to === 'markdown') expect(markdownMeaning(ours)).toBe(markdownMeaning(theirs))
    else expect(htmlMeaning(ours, {notes: true})).toEqual(htmlMeaning(theirs, {notes: true}))
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

  test('link-bibliography: the title links to the DOI the style leaves out, inside its quotes; not when the style prints an identifier', () => {
    const markdown = renderDraft('title-links', 'oscola', 'markdown')
    expect(markdown).toContain('Quayle M, ‘[Tides and Trade: The Small Harbours of the North Coast](https://doi.org/10.5555/chr.2011.12)’ (2011)')
    expect(markdown).toContain('‘[Net Making in Winter](https://www.ncbi.nlm.nih.gov/pubmed/4455)’')
    expect(markdown).toContain('Penhale O, *The Harbour-Master’s Ledger* (Tidewater Press 1998)')
    expect(markdown).toContain('——, *Gulls over the Quay* (Tidewater Press 2014)')
    // Only in the bibliography: the notes keep the title as text.
    expect(markdown).toContain('[^1]: Mara Quayle, ‘Tides and Trade')
    const off = render(readFileSync(new URL('title-links.md', folder), 'utf8').replace('---\nreferences', '---\nlink-bibliography: false\nreferences'), {
      sources,
      style: readFileSync(new URL('oscola.csl', styles), 'utf8'),
      locales,
      bibliography: true
    })
    expect(off).not.toContain('](https://doi.org/')
    expect(off).toContain('Quayle M, ‘Tides and Trade: The Small Harbours of the North Coast’ (2011)')
  })

  test('link-bibliography: an entry without a printed title links whole, italics inside the link', () => {
    const markdown = render('---\nreferences:\n- id: anon\n  type: book\n  author: [{family: Vosper, given: Ann}]\n  DOI: 10.5555/anon\n---\n\nA book [@anon].\n', {
      style: readFileSync(new URL('oscola.csl', styles), 'utf8'),
      bibliography: true
    })
    expect(markdown).toContain('\n\n[Vosper A](https://doi.org/10.5555/anon)\n')
  })

  test('a title in place of the author keeps its formatting in the text; a named author is unchanged', () => {
    const markdown = renderDraft('title-as-author', 'chicago-author-date', 'markdown')
    expect(markdown).toContain('*Ballads of the Herring Fleet* (1871) collects the songs; *The Cornish Almanack* (1872, 3)')
    const quoted = render('---\nreferences:\n- id: essay\n  type: article-journal\n  title: An essay on nets\n  issued: 1900\n---\n\n@essay says so.\n', {
      style: readFileSync(new URL('chicago-author-date.csl', styles), 'utf8')
    })
    expect(quoted).toContain('“An Essay on Nets” (1900) says so.')
    expect(render('@doe99 says so.\n', {sources, style: readFileSync(new URL('chicago-author-date.csl', styles), 'utf8')})).toContain('Doe (1999) says so.')
  })

  test('a locator term from the style\'s locale is read as a locator; a range of non-numbers gets an en dash', () => {
    const style = readFileSync(new URL('argmark-test-legal-locators.csl', styles), 'utf8')
    const text = (markdown: string) => render(markdown, {to: 'text', sources, style})
    expect(text('A [@doe99, s 4(2), as amended].\n')).toContain('(The book of things: A study s 4(2), as amended)')
    expect(text('A [@doe99, ss 4(1)-(3)].\n')).toContain('ss 4(1)–(3))')
    // Without the style's terms, `s` is no term: all of it is suffix.
    expect(render('A [@doe99, s 4(2)].\n', {to: 'text', sources, style: readFileSync(new URL('chicago-author-date.csl', styles), 'utf8')})).toContain('s 4(2)')
    expect(text('A [@doe99, [39]-[52]] and [@doe99, 3-4-5] and [@doe99, {foo-bar}].\n')).toContain('pp. [39]–[52]) and')
    expect(text('A [@doe99, {foo-bar-baz}].\n')).toContain('foo-bar-baz)')
  })
})
