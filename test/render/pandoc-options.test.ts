/**
 * pandoc's bibliography and citeproc options, as argmark renders them, against
 * pandoc 2.17's output for the same draft (`pandoc --citeproc --csl <style>
 * --bibliography sources.json -t plain|html`, recorded in
 * test/fixtures/pandoc/options/ by scripts/pandoc-fixtures.js, so no pandoc is
 * needed here). Each draft in test/fixtures/render/options/ carries the front
 * matter it is about. `argmark render --append-bibliography` is what pandoc
 * does by default, so every draft is rendered with `bibliography: true`.
 *
 * Plain text must be equal. For HTML, which argmark writes without pandoc's
 * divs, spans and classes, the links (target and text) and the text must be.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'
import type {LocaleSource} from '../../src/render/index.js'
import {sources} from './helpers.js'
import {htmlMeaning} from './html-meaning.js'

const folder = new URL('../fixtures/render/options/', import.meta.url)
const recorded = new URL('../fixtures/pandoc/options/', import.meta.url)
const styles = new URL('../fixtures/styles/', import.meta.url)
const frenchLocale = readFileSync(new URL('../fixtures/render/locales-fr-FR.xml', import.meta.url), 'utf8')

const drafts: Array<[name: string, style: string, to: 'text' | 'html']> = [
  ['no-heading', 'apa', 'text'],
  ['section-title', 'apa', 'text'],
  ['refs-div', 'apa', 'text'],
  ['suppress', 'apa', 'text'],
  ['nocite', 'apa', 'text'],
  ['nocite-all', 'apa', 'text'],
  ['link-citations', 'apa', 'html'],
  ['link-bibliography', 'apa', 'html'],
  ['notes-after-punctuation', 'chicago-fullnote-bibliography', 'text'],
  ['lang', 'chicago-fullnote-bibliography', 'text'],
  ['superscript', 'american-medical-association', 'text'],
  ['superscript-after-punctuation', 'american-medical-association', 'text'],
  // A style whose `default-locale` is fr-FR, the document without `lang`.
  ['style-locale', 'argmark-test-french-default', 'text'],
  // YAML metadata blocks after the front matter: merged, a later field winning.
  ['metadata-blocks', 'apa', 'text'],
  // An affix's space before an empty group and a comma or period: the space goes.
  ['affix-space', 'argmark-test-affix-space', 'text'],
  // A later cite with a prefix: runs of plain cites sorted, cites with affixes kept in place.
  ['cluster-order', 'apa', 'text'],
  // One author's cites grouped by a style whose after-collapse-delimiter is its layout's.
  ['same-author', 'chicago-author-date', 'text'],
  // Keys the sources lack: `**key?**` in the layout's affixes, in a note of its own in a note style.
  ['missing-keys', 'chicago-author-date', 'text'],
  ['missing-keys-note', 'chicago-fullnote-bibliography', 'text'],
  // Known and missing keys in one citation: the missing ones inside its layout, after the known ones
  // where the style sorts cites (APA), in their written place where it does not; in a note, no
  // period after a missing cite that ends it (`ghost99?`).
  ['mixed-keys', 'apa', 'text'],
  ['mixed-keys-unsorted', 'chicago-author-date', 'text'],
  ['mixed-keys-note', 'chicago-fullnote-bibliography', 'text'],
  // In a superscript style (AMA) the missing cites stand inside the superscript: `^(1,ghost99?)`.
  ['mixed-keys-superscript', 'american-medical-association', 'text'],
  // A cite whose author is suppressed and that prints nothing else (MLA without a locator) is left
  // out of its citation, which keeps its parentheses: `[@doe99; -@smith04]` → `(Doe)`, `[-@doe99; @ghost99]` → `(ghost99?)`.
  ['suppressed-empty', 'modern-language-association', 'text'],
  // With link-citations too: a cite that prints nothing leaves no empty parentheses (`Alone [-@doe99] it`).
  ['suppressed-empty-links', 'modern-language-association', 'html'],
  // Sort keys collated with punctuation counted (`O’Brien` before `Öberg`), accents and case ignored.
  ['collation', 'apa', 'text'],
  // An in-text citation's suffix written after a space gets no comma.
  ['suffix-space', 'chicago-author-date', 'text'],
  // Title case leaves the name particles de, van and von lowercase, as pandoc.
  ['title-particles', 'chicago-fullnote-bibliography', 'text'],
  // A period after nested quotes at the end of a bibliography entry's title: inside the outer one only.
  ['nested-quotes', 'chicago-fullnote-bibliography', 'text'],
  // A suffix that opens with a quote a space after the locator keeps the space.
  ['suffix-quote', 'chicago-author-date', 'text'],
  // A note marker moves after every punctuation character that follows its citation (`(see [@a]).` →
  // `(see).[1]`), not after a quotation mark, and not past a space.
  ['notes-punctuation', 'chicago-fullnote-bibliography', 'text'],
  // Cites in groups sorted alone, as pandoc 2.17's citeproc groups them: a suffix on a group's first cite
  // or a prefix on the next ends it (`[@smith04 x; @doe99 y]` keeps its order; `[see @smith04; also @web;
  // @doe99]` → `see Smith; Doe; also Web`); a locator is no suffix. By author and by number.
  ['cite-order-affixes', 'apa', 'text'],
  ['cite-order-affixes-numeric', 'ieee', 'text'],
  // A citation a space after one whose note took its space's place keeps its space and moves no
  // punctuation (`[@doe99] [@smith04].` → `[1] [2].`); after an own note or words it does. Notes and superscripts.
  ['notes-adjacent', 'chicago-fullnote-bibliography', 'text'],
  ['notes-adjacent-superscript', 'american-medical-association', 'text']
]

function renderDraft(name: string, style: string, to: 'text' | 'html'): string {
  return render(readFileSync(new URL(name + '.md', folder), 'utf8'), {
    to,
    sources,
    style: readFileSync(new URL(style + '.csl', styles), 'utf8'),
    locales: {'fr-FR': frenchLocale},
    bibliography: true,
    rules: {'unused-source': 'off'}
  })
}


describe('pandoc\'s bibliography and citeproc options', () => {
  test.each(drafts)('%s (%s, %s) renders as pandoc renders it', (name, style, to) => {
    const theirs = readFileSync(new URL(name + (to === 'html' ? '.html' : '.txt'), recorded), 'utf8')
    const ours = renderDraft(name, style, to)
    if (to === 'text') expect(ours).toBe(theirs)
    else expect(htmlMeaning(ours)).toEqual(htmlMeaning(theirs))
  })

  test('link-citations links each cite to its entry, whose id is `ref-<key>`', () => {
    const html = renderDraft('link-citations', 'apa', 'html')
    expect(html).toContain('(<a href="#ref-doe99">Doe, 1999, p. 12</a>)')
    expect(html).toContain('<p id="ref-doe99">')
    expect(renderDraft('no-heading', 'apa', 'html')).not.toContain('href="#ref-')
  })

  test('`locales` may be a function of the language citeproc-js asks for', () => {
    const asked: string[] = []
    const french: LocaleSource = (lang) => {
      asked.push(lang)
      return lang === 'fr-FR' ? frenchLocale : undefined
    }
    const text = render(readFileSync(new URL('style-locale.md', folder), 'utf8'), {
      to: 'text',
      sources,
      style: readFileSync(new URL('argmark-test-french-default.csl', styles), 'utf8'),
      locales: french,
      rules: {'unused-source': 'off'}
    })
    expect(asked).toContain('fr-FR')
    expect(text).toContain('(Example Org, s.\u00a0d.)')
    // `lang` wins over the style's default-locale; without its locale, en-US serves.
    const english = render('---\nlang: en-US\n---\n\nA page [@web].\n', {
      to: 'text',
      sources,
      style: readFileSync(new URL('argmark-test-french-default.csl', styles), 'utf8'),
      locales: () => undefined,
      rules: {'unused-source': 'off'}
    })
    expect(english).toContain('(Example Org, n.d.)')
  })

  test('link-bibliography: false leaves URLs in entries as text', () => {
    expect(renderDraft('link-bibliography', 'apa', 'html')).not.toContain('<a ')
    expect(render('---\nnocite: "@web"\n---\n\nA [@doe99].\n', {to: 'html', sources, bibliography: true, rules: {'unused-source': 'off'}})).toContain('<a href="https://example.org/page">')
  })
})
