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
    expect(messages[0]?.reason).toMatch(/^Unexpected YAML: .*abstract.*, expected valid YAML; the field is left out$/)
  })

  test('an alias to a missing anchor is placed on the alias, and only its field is left out', () => {
    const alone = messagesFor('invalid-front-matter', '---\ntitle: *nope\n---\n\nText.')
    expect(alone.map((message) => [message.line, message.column, message.place && 'end' in message.place ? message.place.end.column : undefined])).toEqual([[2, 8, 13]])
    expect(alone[0]?.reason).toBe('Unexpected YAML: unresolved alias `*nope` (no anchor `&nope` is set before it), expected valid YAML; the field is left out')
    const document = '---\ntitle: T\nbibliography: [a.bib, *later]\nauthor: &who A\neditor: *who\nlater: &later b.bib\n---\n\nText.'
    expect(messagesFor('invalid-front-matter', document).map((message) => [message.line, message.column])).toEqual([[3, 23]])
    expect(parse(document).graph.meta).toEqual({title: 'T', author: 'A', editor: 'A', later: 'b.bib'})
  })
})

describe('a YAML metadata block later in the document', () => {
  test('with a YAML syntax error: each error is reported at its line and column, and the lines stay Markdown', () => {
    const document = 'Para.\n\n---\ntitle: [Civil society\n---\n\nText.'
    const messages = messagesFor('invalid-front-matter', document)
    expect(messages.map((message) => [message.line, message.column])).toEqual([[4, 22]])
    expect(messages[0]?.reason).toMatch(/^Unexpected YAML: .+, expected valid YAML in the metadata block opened at 3:1 \(pandoc stops at it; argmark reads its lines as Markdown, not as metadata\)$/)
    const {graph, tree} = parse(document)
    expect(graph.meta).toEqual({})
    expect(tree.children.map((child) => child.type)).toEqual(['paragraph', 'thematicBreak', 'heading', 'paragraph'])
  })

  test('one opened after prose and closed much later by a thematic break is reported where its YAML breaks', () => {
    const document = 'Para.\n\n---\nNote: the figures are estimates.\n\nMore prose.\n\n---\n\nEnd.'
    expect(messagesFor('invalid-front-matter', document).map((message) => message.line)).toEqual([6])
  })

  test('guard: a thematic break before prose that is no key, or before a blank line, and a block that parses, are not reported', () => {
    expect(messagesFor('invalid-front-matter', 'Para.\n\n---\nJust prose here.\n\nMore: prose: here.\n\n---\n\nEnd.')).toEqual([])
    expect(messagesFor('invalid-front-matter', 'Para.\n\n---\n\ntitle: [a\n\n---\n')).toEqual([])
    expect(messagesFor('invalid-front-matter', 'Para.\n---\ntitle: [a\n---\n')).toEqual([])
    const read = 'Para.\n\n---\ntitle: Later\n...\n\nText.'
    expect(messagesFor('invalid-front-matter', read)).toEqual([])
    expect(parse(read).graph.meta).toEqual({title: 'Later'})
  })
})

describe('places', () => {
  // Every point a message gives names its offset too (0-based, in the text after a byte order
  // mark, as the tree's points do), and the offset is where its line and column say.
  const offsetOf = (text: string, point: {line: number; column: number}) => {
    const lines = text.replace(/^\uFEFF/, '').split(/(?<=\r\n|\r(?!\n)|\n)/)
    return lines.slice(0, point.line - 1).join('').length + point.column - 1
  }

  test.each([
    ['a syntax error', '---\ntitle: T\nauthor: [unclosed\n---\n\nText.\n'],
    ['an error where the block ends', '---\ntitle: [a\n---\n'],
    ['a duplicate key', '---\ntitle: a\ntitle: b\n---\n'],
    ['an unclosed quote', '---\ntitle: "Harbour dues\nauthor: R. Ames\n---\n'],
    ['a value of the wrong type', '---\ntitle: T\nbibliography: 42\n---\n'],
    ['a key that is a list', '---\n[a, b]: x\n---\n'],
    ['an alias to a missing anchor', '---\ntitle: T\nauthor: *nope\n---\n'],
    ['a metadata block further down that does not parse', '\uFEFFPara.\r\n\r\n---\r\ntitle: [a\r\nauthor: "b\r\n...\r\n'],
    ['a byte order mark', '\uFEFF---\ntitle: T\nbibliography: 42\nauthor: [x\n---\n'],
    ['CRLF line endings', '---\r\ntitle: T\r\nbibliography: 42\r\nauthor: [x\r\n---\r\n'],
    ['lone CR line endings', '---\rtitle: T\rbibliography: 42\rauthor: [x\r---\r']
  ])('%s is placed with offsets that agree with its lines and columns', (_, document) => {
    const messages = messagesFor('invalid-front-matter', document)
    expect(messages.length).toBeGreaterThan(0)
    for (const message of messages) {
      const place = message.place!
      const points = 'start' in place ? [place.start, place.end] : [place]
      for (const point of points) {
        expect(point.offset, message.reason).toBeTypeOf('number')
        expect(point.offset).toBe(offsetOf(document, point))
      }
    }
  })

  test('a value of the wrong type is placed over the whole value', () => {
    const [message] = messagesFor('invalid-front-matter', '---\ntitle: [Civil society, migration]\n---\n')
    expect(message?.place).toEqual({start: {line: 2, column: 8, offset: 11}, end: {line: 2, column: 34, offset: 37}})
  })

  test('a value the YAML parser read only in part is reported once, by its syntax error', () => {
    const messages = messagesFor('invalid-front-matter', '---\ntitle: [Civil society\nauthor: A\n---\n\nText.\n')
    expect(messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Unexpected YAML: .*end with a \], expected valid YAML$/)])
    expect(parse('---\ntitle: [Civil society\n---\n').graph.meta.title).toBeUndefined()
    // guard: a well-formed value of the wrong type beside an error elsewhere is still reported for its type
    const both = messagesFor('invalid-front-matter', '---\ntitle: [Civil society]\nauthor: A\nx: [y\n---\n')
    expect(both.map((message) => message.reason.slice(0, 26))).toEqual(['Unexpected value for `titl', 'Unexpected YAML: flow sequ'])
  })
})

describe('after a hostile trial', () => {
  const places = (document: string) =>
    messagesFor('invalid-front-matter', document).map((message) => {
      const place = message.place!
      return 'start' in place ? [place.start.offset, place.end.offset] : [place.offset]
    })

  test('a value the parser read only in part is left out, not kept cut short, and reported once', () => {
    expect(parse('---\ntitle: "abc\n---\n').graph.meta).toEqual({})
    expect(parse('---\nauthor: {a: b\n---\n').graph.meta).toEqual({})
    // not a second message for a path cut short (`a.jso`)
    for (const document of ['---\nbibliography: "a.json\n---\n\nText.\n', '---\nbibliography: [a.json\n---\n\nText.\n']) {
      expect(check(document).map((message) => message.ruleId)).toEqual(['invalid-front-matter'])
    }
    // guard: the fields around it are kept
    expect(parse('---\na: 1\nb: [c\nd: 2\n---\n').graph.meta).toEqual({a: 1, d: 2})
  })

  test('brackets left open inside each other are one message, and a nested key is shown as written, bounded', () => {
    expect(messagesFor('invalid-front-matter', '---\ntitle: [[[\n---\n')).toHaveLength(1)
    const [key] = messagesFor('invalid-front-matter', '---\n{{{a: 1}: 2}: 3}: x\n---\n')
    expect(key?.reason).toBe('Unexpected key `{{{a: 1}: 2}: 3}` that is a list or a mapping, expected a plain key such as `title`; the field is left out')
    const deep = messagesFor('invalid-front-matter', '---\n' + '{'.repeat(60) + 'a: 1' + '}: 2'.repeat(60) + ': x\n---\n')
    expect(deep.every((message) => message.reason.length < 300)).toBe(true)
  })

  test('a place ends after a whole astral character, and a block value ends on its own last line', () => {
    expect(places('---\n😀: a\n😀: b\n---\n')).toEqual([[10, 12]])
    expect(places('---\ntitle:\n  - a\n  - b\ndate: x\n---\n')).toEqual([[13, 22]])
  })
})

describe('a key that is a list or a mapping', () => {
  test('is reported at the key and left out, with no warning of the YAML parser on the process', () => {
    const warn = vi.spyOn(process, 'emitWarning')
    try {
      const {graph, file} = parse('---\ntitle: T\n[a, b]: x\nnested:\n  {c: d}: e\n  f: g\n---\n\nText.\n')
      expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toEqual([
        ['invalid-front-matter', 3, 1, 'Unexpected key `[a, b]` that is a list or a mapping, expected a plain key such as `title`; the field is left out'],
        ['invalid-front-matter', 5, 3, 'Unexpected key `{c: d}` that is a list or a mapping, expected a plain key such as `title`; the field is left out']
      ])
      expect(graph.meta).toEqual({title: 'T', nested: {f: 'g'}})
      expect(warn).not.toHaveBeenCalled()
    } finally {
      warn.mockRestore()
    }
  })
})
