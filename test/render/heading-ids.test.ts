import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {render} from '../../src/index.js'
import {identifier} from '../../src/render/heading-ids.js'

// Headings' identifiers against pandoc 2.17's HTML for the same draft
// (test/fixtures/render/headings.md, recorded in test/fixtures/pandoc/headings.html
// by scripts/pandoc-fixtures.js; `npm run test:pandoc` compares it live).
const draft = readFileSync(new URL('../fixtures/render/headings.md', import.meta.url), 'utf8')
const recorded = readFileSync(new URL('../fixtures/pandoc/headings.html', import.meta.url), 'utf8')

/** Each heading's id and classes, in order. */
function headings(html: string): string[] {
  return [...html.matchAll(/<h[1-6]( [^>]*)?>/g)]
    .map((match) => match[1] ?? '')
    .filter((attributes) => !attributes.includes('footnote-label'))
    .map((attributes) => {
      const id = /id="([^"]*)"/.exec(attributes)?.[1] ?? ''
      const classes = /class="([^"]*)"/.exec(attributes)?.[1] ?? ''
      return classes ? id + ' .' + classes : id
    })
}

describe('heading identifiers (pandoc\'s auto_identifiers)', () => {
  test('every heading of the draft gets pandoc\'s identifier and keeps its classes', () => {
    const ours = headings(render(draft, {to: 'html', rules: {'unused-source': 'off'}}))
    expect(ours).toEqual(headings(recorded))
    expect(ours).toHaveLength(22)
  })

  test('links in the draft reach the headings', () => {
    const html = render(draft, {to: 'html'})
    expect(html).toContain('<a href="#custom">the idea</a>')
    expect(html).toContain('id="custom"')
  })

  test.each([
    ['The Big Idea', 'the-big-idea'],
    ['A - B', 'a---b'],
    ['  spaced   out  ', 'spaced-out'],
    ['2019: a year', 'a-year'],
    ['1.2 Über café', 'über-café'],
    ['***', 'section'],
    ['C++ & C#', 'c-c'],
    ['e.g. this_one', 'e.g.-this_one']
  ])('%j → %j', (text, id) => {
    expect(identifier(text)).toBe(id)
  })

  test('a standalone title block\'s heading has no identifier and takes none (pandoc: `<h1 class="title">`)', () => {
    const html = render('---\ntitle: Intro\n---\n\n# Intro\n', {to: 'html', standalone: true})
    expect(html).toContain('<h1 class="title">Intro</h1>\n<h1 id="intro">Intro</h1>')
  })

  test('the Markdown and text outputs are unchanged by identifiers', () => {
    expect(render('# The Big Idea\n\nText.\n')).toBe('# The Big Idea\n\nText.\n')
    expect(render('# The Big Idea\n\nText.\n', {to: 'text'})).not.toContain('the-big-idea')
  })
})

test('repeats keep counting past an own identifier (as pandoc: intro, intro-2, intro-1, intro-3), the last of 2,000 made is intro-2000', () => {
  const html = render('# Intro\n\n# Intro {#intro-2}\n\n' + '# Intro\n\n'.repeat(1999), {to: 'html'})
  const ids = [...html.matchAll(/<h1 id="([^"]*)"/g)].map((match) => match[1])
  expect(ids.slice(0, 4)).toEqual(['intro', 'intro-2', 'intro-1', 'intro-3'])
  expect(ids.at(-1)).toBe('intro-2000')
  expect(new Set(ids).size).toBe(ids.length)
})
