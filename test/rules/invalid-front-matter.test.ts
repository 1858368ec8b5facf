import {describe, expect, test, vi} from 'vitest'
import {check, parse} from '../../src/index.js'
import {allMessages, messagesFor, seen} from '../helpers.js'

describe('invalid-front-matter', () => {
  test('valid front matter is kept on the graph', () => {
    const document = '---\ntitle: T\nbibliography: [a.bib, b.json]\nargmark:\n  strict: true\nextra: 1\n---\n\n:claim[x]{#x}'
    expect(allMessages(document, {sources: []})).toEqual([])
    expect(parse(document).graph.meta).toEqual({
      title: 'T',
      bibliography: ['a.bib', 'b.json'],
      argmark: {strict: true},
      extra: 1
    })
  })

  test('front matter whose lines end in `\\r` or `\\r\\n` reads as with `\\n`, and its errors keep their lines', () => {
    const document = '---\ntitle: T\nauthor: A\nlang: fr-FR\n---\n\nBody.\n'
    for (const ending of ['\r', '\r\n']) {
      const saved = document.replaceAll('\n', ending)
      expect(allMessages(saved, {sources: []})).toEqual([])
      expect(parse(saved).graph.meta).toEqual({title: 'T', author: 'A', lang: 'fr-FR'})
      const broken = messagesFor('invalid-front-matter', '---\ntitle: T\nauthor: [unclosed\n---\n\nText.'.replaceAll('\n', ending))
      expect(broken[0]?.line).toBe(3)
    }
  })

  test('a YAML syntax error is reported at its line in the document', () => {
    const document = '---\ntitle: T\nauthor: [unclosed\n---\n\nText.'
    const messages = messagesFor('invalid-front-matter', document)
    expect(messages.length).toBeGreaterThan(0)
    expect(messages[0]?.line).toBeGreaterThanOrEqual(3)
    expect(messages[0]?.reason).toMatch(/^Unexpected YAML: .+, expected valid YAML$/)
    expect(messages[0]?.fatal).toBe(true)
  })

  test('an unclosed quote is reported where it opens, once, with where the parser gave up', () => {
    const document = '---\ntitle: "Harbour dues\nauthor: R. Ames\nbibliography: refs.bib\n---\n\nText.'
    const messages = messagesFor('invalid-front-matter', document)
    expect(messages.map((message) => [message.line, message.column, message.place && 'end' in message.place ? message.place.end.column : undefined])).toEqual([[2, 8, 9]])
    expect(messages[0]?.reason).toBe('Unexpected YAML: missing closing "quote for the quote opened here (still open at 4:23), expected valid YAML')
    const single = messagesFor('invalid-front-matter', "---\ntitle: T\nauthor: 'R. Ames\n---\n")
    expect(single.map((message) => [message.line, message.column])).toEqual([[3, 9]])
  })

  test('guard: a quote that closes, or another YAML error, keeps the parser\'s place', () => {
    expect(messagesFor('invalid-front-matter', '---\ntitle: "Harbour dues"\n---\n')).toEqual([])
    const bracket = messagesFor('invalid-front-matter', '---\ntitle: "T"\nauthor: [unclosed\n---\n\nText.')
    expect(bracket.length).toBeGreaterThan(0)
    for (const message of bracket) expect(message.reason).not.toContain('opened here')
  })

  test('a key of the wrong type is reported at the key and left out of meta', () => {
    const document = '---\ntitle: T\nbibliography: 42\n---\n'
    expect(messagesFor('invalid-front-matter', document).map(seen)).toEqual([
      {
        ruleId: 'invalid-front-matter',
        line: 3,
        column: 15,
        reason:
          'Unexpected value for `bibliography`: invalid input, expected a path or a list of paths'
      }
    ])
    expect(parse(document).graph.meta).toEqual({title: 'T'})
  })

  test('front matter that is not a mapping is reported', () => {
    expect(messagesFor('invalid-front-matter', '---\n- a\n- b\n---\n').map((message) => message.reason)).toEqual([
      'Unexpected front matter that is not a mapping, expected `key: value` lines'
    ])
  })

  test('duplicate keys are reported', () => {
    expect(messagesFor('invalid-front-matter', '---\ntitle: a\ntitle: b\n---\n')).toHaveLength(1)
  })

  test('an alias to a missing anchor is reported, not a failure', () => {
    const messages = check('---\nsummary: *abstract\n---\n\n:claim[x]{#x}')
    expect(messages.map((message) => message.ruleId)).toEqual(['invalid-front-matter'])
    expect(messages[0]?.reason).toMatch(/^Unexpected YAML: .*abstract.*, expected valid YAML$/)
  })
})

describe('a key that is a list or a mapping', () => {
  test('is reported at the key and left out, with no warning of the YAML parser on the process', () => {
    const warn = vi.spyOn(process, 'emitWarning')
    try {
      const {graph, file} = parse('---\ntitle: T\n[a, b]: x\nnested:\n  {c: d}: e\n  f: g\n---\n\nText.\n')
      expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toEqual([
        ['invalid-front-matter', 3, 1, 'Unexpected key `["a","b"]` that is a list or a mapping, expected a plain key such as `title`; the field is left out'],
        ['invalid-front-matter', 5, 3, 'Unexpected key `{"c":"d"}` that is a list or a mapping, expected a plain key such as `title`; the field is left out']
      ])
      expect(graph.meta).toEqual({title: 'T', nested: {f: 'g'}})
      expect(warn).not.toHaveBeenCalled()
    } finally {
      warn.mockRestore()
    }
  })
})
