import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {cslItemSchema} from '../../src/sources/index.js'
import {parseCslJson, parseCslYaml} from '../../src/sources/index.js'
import {seen} from '../helpers.js'

const read = (name: string): string => readFileSync(new URL('../fixtures/sources/' + name, import.meta.url), 'utf8')

describe('parseCslJson', () => {
  test('reads an array of items; numbers stay as given, ids become strings', () => {
    const {items, messages} = parseCslJson(read('refs.json'), new VFile({path: 'refs.json'}))
    expect(messages).toEqual([])
    expect(items.map((item) => item.id)).toEqual(['unpd2002', 'castles2004'])
    expect(items[0]?.author).toEqual([{literal: 'United Nations Population Division'}])
    expect(items[1]).toMatchObject({volume: 27, issue: '2', issued: {'date-parts': [[2004, 3]]}})
  })

  test('reads one item, and a numeric id as a string', () => {
    expect(parseCslJson('{"id": 7, "type": "book"}').items).toEqual([{id: '7', type: 'book'}])
  })

  test('keeps CSL variables it does not type', () => {
    const {items} = parseCslJson('[{"id": "a", "type": "book", "ISBN": "123", "custom": {"x": 1}}]')
    expect(items[0]).toEqual({id: 'a', type: 'book', ISBN: '123', custom: {x: 1}})
  })

  test('malformed JSON: a diagnostic at its line and column', () => {
    const file = new VFile({path: 'bad.json'})
    const {items, messages} = parseCslJson('[\n  {"id": "a", "type": "book"},\n]\n', file)
    expect(items).toEqual([])
    expect(messages.map(seen)).toEqual([
      {
        ruleId: 'invalid-bibliography',
        line: 3,
        column: 1,
        reason: expect.stringMatching(/^Unexpected JSON: .*, expected a CSL-JSON array of items$/) as unknown as string
      }
    ])
    expect(messages[0]?.file).toBe('bad.json')
  })

  test('truncated JSON: at its end', () => {
    const {messages} = parseCslJson('[\n  {"id": "a"')
    expect(messages.map((message) => [message.line, message.column])).toEqual([[2, 13]])
  })

  test('an item without an id is reported at its place and left out; the others are kept, as pandoc reads them', () => {
    const text = '[\n  {"id": "a", "type": "book"},\n  {"title": "No id", "author": [{"family": 3}]},\n  {"id": "c"}\n]'
    const {items, messages} = parseCslJson(text)
    // No `type` is pandoc's default, `''`.
    expect(items).toEqual([{id: 'a', type: 'book'}, {id: 'c', type: ''}])
    expect(messages.map(seen)).toEqual([
      {
        ruleId: 'invalid-bibliography',
        line: 3,
        column: 3,
        reason: 'Unexpected item 2 without an `id`, expected a CSL-JSON item with an `id` (the item is left out)'
      }
    ])
  })

  test('places items right past strings holding brackets, commas and escaped quotes', () => {
    const text = '[{"id": "a", "type": "book", "title": "x ] \\" , { ["},\n   7,\n   {"id": "c", "type": "book"}]'
    const {items, messages} = parseCslJson(text)
    expect(items.map((item) => item.id)).toEqual(['a', 'c'])
    const place = messages[0]?.place
    expect(messages).toHaveLength(1)
    expect(place && 'end' in place ? [place.start.line, place.start.column, place.end.line, place.end.column] : place).toEqual([2, 4, 2, 5])
  })
})

describe('parseCslYaml', () => {
  test('reads a `references:` list (pandoc’s CSL-YAML)', () => {
    const {items, messages} = parseCslYaml(read('refs.yaml'), new VFile({path: 'refs.yaml'}))
    expect(messages).toEqual([])
    expect(items).toEqual([
      {
        id: 'risse2000',
        type: 'chapter',
        author: [{family: 'Risse', given: 'Thomas'}],
        editor: [{family: 'Florini', given: 'Ann M.'}],
        title: 'The power of norms versus the norms of power: Transnational civil society and human rights',
        'container-title': 'The third force: The rise of transnational civil society',
        publisher: 'Japan Center for International Exchange',
        'publisher-place': 'Tokyo',
        issued: {'date-parts': [[2000]]}
      },
      {
        id: 'unhcrweb',
        type: 'webpage',
        author: [{literal: 'UNHCR'}],
        title: 'Refugees',
        URL: 'https://www.unhcr.org',
        accessed: {'date-parts': [[2003, 9, 15]]}
      }
    ])
  })

  test('reads a bare list', () => {
    expect(parseCslYaml('- id: a\n  type: book\n').items).toEqual([{id: 'a', type: 'book'}])
  })

  test('an empty file has no items and no diagnostic', () => {
    expect(parseCslYaml('')).toEqual({items: [], messages: [], positions: []})
  })

  test('malformed YAML: a diagnostic at its line and column', () => {
    const {items, messages} = parseCslYaml('references:\n- id: a\n  type: [book\n')
    expect(items).toEqual([])
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['invalid-bibliography', 4, 1]])
  })

  test('a mapping without `references` and a non-list', () => {
    expect(parseCslYaml('title: x\n').messages.map(seen)).toEqual([
      {
        ruleId: 'invalid-bibliography',
        line: 1,
        column: 1,
        reason: 'Unexpected mapping without `references`, expected a `references:` list of CSL items'
      }
    ])
    expect(parseCslYaml('references: 3\n').messages.map((message) => [message.line, message.column])).toEqual([[1, 13]])
  })

  test('a field that cannot be read is left out, with a warning at its own line and column; the item is kept', () => {
    const text =
      'references:\n- id: a\n  type: book\n- id: b\n  type: book\n  title: Kept\n  issued:\n    date-parts: [[2000, x]]\n' +
      '- id: c\n  type: [book]\n'
    const {items, messages} = parseCslYaml(text)
    expect(items).toEqual([{id: 'a', type: 'book'}, {id: 'b', type: 'book', title: 'Kept'}, {id: 'c', type: ''}])
    expect(messages.map((message) => [message.line, message.column, message.fatal, message.reason])).toEqual([
      [8, 25, false, 'Unexpected text `x` in date-parts in item `b`, expected a number'],
      [10, 9, false, 'Unexpected list as `type` in item `c`, expected text (the field is left out)']
    ])
  })

  test('scalar dates are EDTF dates, as pandoc reads them: a year, a full date, a range; other text is a literal date, with a warning', () => {
    const text = 'references:\n- {id: a, type: book, issued: 2006}\n- {id: b, type: book, issued: 2020-03-22}\n' +
      '- {id: c, type: book, issued: 2001/2003}\n- {id: d, type: book, issued: spring 1999}\n'
    const {items, messages} = parseCslYaml(text)
    expect(items.map((item) => item.issued)).toEqual([
      {'date-parts': [[2006]]},
      {'date-parts': [[2020, 3, 22]]},
      {'date-parts': [[2001], [2003]]},
      {literal: 'spring 1999'}
    ])
    expect(messages.map((message) => [message.line, message.column, message.fatal, message.reason])).toEqual([
      [5, 31, false, 'Unexpected date `spring 1999` in item `d`, expected an EDTF date (`2019`, `2019-03-22`, `2001/2003`) or date-parts (kept as a literal date)']
    ])
  })
})

describe('cslItemSchema', () => {
  test('names: a person or a literal', () => {
    expect(cslItemSchema.safeParse({id: 'a', type: 'book', author: [{family: 'Risse', given: 'Thomas'}, {literal: 'World Bank'}]}).success).toBe(true)
    expect(cslItemSchema.safeParse({id: 'a', type: 'book', author: [{x: 1}]}).success).toBe(false)
  })

  test('dates: date-parts with one to three parts, or a range', () => {
    expect(cslItemSchema.safeParse({id: 'a', type: 'book', issued: {'date-parts': [[2000, 1], [2001]]}}).success).toBe(true)
    expect(cslItemSchema.safeParse({id: 'a', type: 'book', issued: {'date-parts': [[]]}}).success).toBe(false)
  })
})
