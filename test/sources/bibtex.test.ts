import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {parseBibtex} from '../../src/sources/index.js'
import type {CslItem} from '../../src/index.js'
import {seen} from '../helpers.js'

const read = (name: string): string => readFileSync(new URL('../fixtures/sources/' + name, import.meta.url), 'utf8')
const refs = parseBibtex(read('refs.bib'), new VFile({path: 'refs.bib'}))
const byId = (id: string): CslItem => {
  const item = refs.items.find((candidate) => candidate.id === id)
  if (!item) throw new Error('no item ' + id)
  return item
}

describe('parseBibtex', () => {
  test('converts the fixture without a diagnostic', () => {
    expect(refs.messages).toEqual([])
    expect(refs.items.map((item) => item.id)).toEqual([
      'risse2000',
      'florini2000',
      'castles2004',
      'gonzalez1999',
      'worldbank2002',
      'unhcr2003web',
      'ghosh2003'
    ])
  })

  test('a chapter in an edited book', () => {
    expect(byId('risse2000')).toEqual({
      id: 'risse2000',
      type: 'chapter',
      author: [{family: 'Risse', given: 'Thomas'}],
      editor: [{family: 'Florini', given: 'Ann M.'}],
      title: 'The power of norms versus the norms of power: Transnational civil society and human rights',
      'title-short': 'The power of norms versus the norms of power',
      'container-title': 'The third force: The rise of transnational civil society',
      issued: {'date-parts': [[2000]]},
      page: '177-209',
      publisher: 'Japan Center for International Exchange; Carnegie Endowment for International Peace',
      'publisher-place': 'Tokyo; Washington, DC'
    })
  })

  test('an edited book: editors, and BibLaTeX lists split at `and`, joined with `; ` as pandoc joins them', () => {
    const book = byId('florini2000')
    expect(book.type).toBe('book')
    expect(book.author).toBeUndefined()
    expect(book.editor).toEqual([{family: 'Florini', given: 'Ann M.'}])
    expect(book['publisher-place']).toBe('Tokyo; Washington, DC')
  })

  test('a journal article with volume, issue, pages and month', () => {
    expect(byId('castles2004')).toMatchObject({
      type: 'article-journal',
      'container-title': 'Ethnic and Racial Studies',
      volume: '27',
      issue: '2',
      page: '205-227',
      issued: {'date-parts': [[2004, 3]]}
    })
    expect(byId('castles2004')['collection-number']).toBeUndefined()
  })

  test('LaTeX accents, `{\\&}` and braces-protected case', () => {
    const item = byId('gonzalez1999')
    expect(item.author).toEqual([
      {family: 'González', given: 'José'},
      {family: 'Müller', given: 'Jürgen'},
      {family: 'Çelik', given: 'Ayşe'}
    ])
    expect(item.title).toBe(
      'Réfugiés and <span class="nocase">NATO</span>: <span class="nocase">Policy</span> & practice in the <span class="nocase">European Union</span>'
    )
    expect(item['container-title']).toBe('Revue européenne des migrations internationales')
  })

  test('a report by a corporate author', () => {
    expect(byId('worldbank2002')).toMatchObject({
      type: 'report',
      author: [{literal: 'World Bank'}],
      genre: 'Policy Research Report',
      number: '23591',
      publisher: 'World Bank; Oxford University Press',
      'publisher-place': 'Washington, DC'
    })
  })

  test('a web page with URL and access date', () => {
    expect(byId('unhcr2003web')).toMatchObject({
      type: 'webpage',
      author: [{literal: 'Office of the United Nations High Commissioner for Refugees'}],
      URL: 'https://www.unhcr.org/convention-plus.html',
      accessed: {'date-parts': [[2003, 9, 15]]},
      issued: {'date-parts': [[2003]]}
    })
  })

  test('a misc with a note', () => {
    expect(byId('ghosh2003')).toMatchObject({
      type: 'document',
      note: 'Interview, Geneva',
      issued: {'date-parts': [[2003, 7]]}
    })
  })

  test('TeX dashes, quotes and ties become characters, except in URLs', () => {
    const {items, messages} = parseBibtex(
      "@misc{a, title = {One -- Two---Three `x' ``y''}, note = {pp.~4--5, it's}, url = {https://example.org/a--b}}"
    )
    expect(messages).toEqual([])
    expect(items[0]).toMatchObject({
      title: 'One – two—three ‘x’ “y”',
      note: 'pp.\u00a04–5, it’s',
      URL: 'https://example.org/a--b'
    })
  })

  test('`@string` macros and `#` concatenation', () => {
    const {items} = parseBibtex('@string{pub = {Press}}\n@book{a, title = "Q" # " R", publisher = pub, year = 2000}')
    expect(items).toEqual([{id: 'a', type: 'book', title: 'Q R', publisher: 'Press', issued: {'date-parts': [[2000]]}}])
  })

  test('a malformed entry: a diagnostic at its line and column in the .bib, no other entry lost', () => {
    const file = new VFile({path: 'malformed.bib'})
    const {items, messages} = parseBibtex(read('malformed.bib'), file)
    expect(items.map((item) => item.id)).toEqual(['first', 'broken', 'second', 'third'])
    expect(items.find((item) => item.id === 'third')?.note).toBe('Kept')
    expect(messages.map(seen)).toEqual([
      {
        ruleId: 'invalid-bibliography',
        line: 13,
        column: 1,
        reason: 'Unexpected `@` in entry `broken`, expected `}` (is a brace or comma missing?)'
      },
      {
        ruleId: 'invalid-bibliography',
        line: 13,
        column: 32,
        reason: 'Unexpected `y` in entry `second`, expected `}` (is a brace or comma missing?)'
      }
    ])
    expect(file.messages).toEqual(messages)
    expect(messages.every((message) => message.file === 'malformed.bib' && message.fatal === true)).toBe(true)
  })

  test('a problem inside a field points at its entry', () => {
    const {items, messages} = parseBibtex('@book{a, title={A}}\n\n  @book{b, title={T}, date={2003-13-45}}')
    expect(items.map((item) => item.id)).toEqual(['a', 'b'])
    expect(messages.map(seen)).toEqual([
      {
        ruleId: 'invalid-bibliography',
        line: 3,
        column: 3,
        reason: 'Unexpected date `2003-13-45` in field `date` in entry `b`, expected a date such as `2003-09-15`'
      }
    ])
  })

  test('an unknown entry type is a warning and reads as misc', () => {
    const {items, messages} = parseBibtex('@weird{a, title={T}}')
    expect(items).toEqual([{id: 'a', type: 'document', title: 'T'}])
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([['invalid-bibliography', false]])
  })

  test('never throws', () => {
    for (const text of ['', '@', '@book{', '@book{a,', '@book{a, title = {x', 'garbage', '}}}{{{', '@book{a, crossref={zz}}']) {
      expect(() => parseBibtex(text)).not.toThrow()
    }
    expect(parseBibtex('@book{a, title = {x').items.map((item) => item.id)).toEqual(['a'])
  })

  test('the seed paper’s bibliography: all 54 entries, not one diagnostic', () => {
    const text = readFileSync(new URL('../../seeds/sources.bib', import.meta.url), 'utf8')
    const file = new VFile({path: 'seeds/sources.bib', value: text})
    const {items, messages} = parseBibtex(text, file)
    expect(messages).toEqual([])
    expect(file.messages).toEqual([])
    const keys = [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1])
    expect(keys).toHaveLength(54)
    expect(items.map((item) => item.id)).toEqual(keys)
    expect(new Set(keys).size).toBe(54)
  })
})
