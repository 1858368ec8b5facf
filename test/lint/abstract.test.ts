import {describe, expect, test} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {createSession, lint, parse} from '../../src/index.js'

// A front matter `abstract` is prose pandoc writes before the body: the prose
// rules read it as Markdown and report where its words are written. The
// oracle for each case is the same prose linted as the body: the same rules
// and words, found at the abstract's own lines.

const proseRules = new Set(['uncited-statistic', 'unattributed-quotation', 'quotation-without-citation', 'vague-attribution', 'unsupported-superlative'])

type Place = {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}

/**
 * Each placed message of a prose rule as `line rule words`: the words sliced from `text` at
 * the message's offsets, after checking that its lines and columns name the
 * same characters as its offsets.
 */
function seen(text: string, messages: readonly VFileMessage[]): string[] {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1)
  return messages
    .filter((message) => proseRules.has(message.ruleId ?? '') && message.place && 'start' in message.place)
    .map((message) => {
      const place = message.place as Place
      for (const point of [place.start, place.end]) expect(lineStarts[point.line - 1]! + point.column - 1).toBe(point.offset)
      return place.start.line + ' ' + message.ruleId + ' ' + text.slice(place.start.offset, place.end.offset)
    })
}

/** What the prose rules find in `prose` written as the body, as `rule words`. */
function inBody(prose: string): string[] {
  return seen(prose, lint(prose, {preset: 'strict'})).map((entry) => entry.slice(entry.indexOf(' ') + 1))
}

const body = '\nThe mill closed in 1921.\n'
const fell = 'Output fell by 40% in ten years.'
const agree = 'Experts agree that output fell.'

describe('the abstract is linted where it is written', () => {
  test('the oracle: the body finds one statistic and one vague attribution', () => {
    expect(inBody(fell)).toHaveLength(1)
    expect(inBody(agree)).toHaveLength(1)
  })

  test.each([
    ['a literal block', '---\ntitle: Mills\nabstract: |\n  Mills closed.\n  ' + fell + '\n---\n', fell, 5],
    ['a folded block with a header comment', '---\nabstract: >- # summary\n    ' + fell + '\n---\n', fell, 3],
    ['a block with an indentation indicator, its first line indented more', '---\nabstract: |2\n    Mills closed.\n  ' + agree + '\n---\n', agree, 4],
    ['a plain scalar', '---\nabstract: ' + fell + '\n---\n', fell, 2],
    ['a plain scalar over two lines', '---\nabstract: Mills closed.\n   ' + fell + '\n---\n', fell, 3],
    ['a double-quoted scalar', '---\nabstract: "' + agree + '"\n---\n', agree, 2],
    ['an alias, where its anchor is written', '---\nsummary: &s ' + fell + '\nabstract: *s\n---\n', fell, 2],
    ['a single-quoted scalar', "---\nabstract: '" + agree + "'\n---\n", agree, 2]
  ])('%s', (_, front, prose, line) => {
    const text = front + body
    expect(seen(text, lint(text, {preset: 'strict'}))).toEqual(inBody(prose).map((found) => line + ' ' + found))
  })

  test('a quoted string with escapes is read as its value, placed at its opening quote', () => {
    for (const front of ['---\nabstract: "Mills closed.\\n' + agree + '"\n---\n', "---\nabstract: 'It''s closed. " + agree + "'\n---\n"]) {
      const text = front + body
      const messages = lint(text, {preset: 'strict'}).filter((message) => proseRules.has(message.ruleId ?? ''))
      // The words are the value's (`Experts agree`, not `nExperts agree`); the place is the opening quote.
      expect(messages.map((message) => message.ruleId + ' ' + /`([^`]*)`/.exec(message.reason)![1])).toEqual(inBody(agree))
      expect(messages.map((message) => [(message.place as Place).start.line, (message.place as Place).start.column])).toEqual([[2, 11]])
    }
  })

  test('folded lines read as YAML folds them: a blank line is a line break, not a new paragraph', () => {
    const references = 'references:\n- id: doe\n  type: book\n  title: Mills\n'
    for (const front of ['---\nabstract: >\n  Experts agree that output fell\n\n  by a fifth [@doe].\n' + references + '---\n', '---\nabstract: Experts agree that output fell\n\n  by a fifth [@doe].\n' + references + '---\n']) {
      const text = front + body
      expect(seen(text, lint(text, {preset: 'strict'}))).toEqual([])
    }
    // A literal block keeps its lines: the blank line parts two paragraphs, the first uncited.
    const literal = '---\nabstract: |\n  ' + agree + '\n\n  It fell by a fifth [@doe].\n' + references + '---\n' + body
    expect(seen(literal, lint(literal, {preset: 'strict'}))).toEqual(inBody(agree).map((found) => '3 ' + found))
  })

  test('a citation in the abstract covers its sentence, as in the body', () => {
    const prose = 'Output fell by 40% [@doe, p. 3]. It fell by a fifth again.'
    const text = '---\nabstract: |\n  ' + prose + '\n---\n' + body
    const found = inBody(prose)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('a fifth')
    expect(seen(text, lint(text, {preset: 'strict'}))).toEqual(['3 ' + found[0]])
  })

  test('a document saved with CRLF line endings', () => {
    const text = ('---\nabstract: |\n  Mills closed.\n  ' + fell + '\n---\n' + body).replaceAll('\n', '\r\n')
    const found = inBody(fell)
    // Lines are counted at `\n`: the `\r` ends the line before it.
    const messages = lint(text, {preset: 'strict'}).filter((message) => proseRules.has(message.ruleId ?? ''))
    expect(messages.map((message) => (message.place as Place).start.line + ' ' + message.ruleId + ' ' + text.slice((message.place as Place).start.offset, (message.place as Place).end.offset))).toEqual(found.map((entry) => '4 ' + entry))
  })

  test('a document saved with lone CR line endings: lines and columns name what offsets do, in lint and in a session', async () => {
    // CommonMark ends a line at a lone `\r` (YAML does not: the front matter is read with it as `\n`).
    const text = ('---\nabstract: |\n  Mills closed.\n  ' + fell + '\n---\n' + body + '\n' + agree + '\n').replaceAll('\n', '\r')
    const lineStarts = [0]
    for (let index = 0; index < text.length; index++) if (text[index] === '\r') lineStarts.push(index + 1)
    const placed = (messages: readonly VFileMessage[]) =>
      messages
        .filter((message) => proseRules.has(message.ruleId ?? ''))
        .map((message) => {
          const place = message.place as Place
          for (const point of [place.start, place.end]) {
            expect(lineStarts[point.line - 1]! + point.column - 1).toBe(point.offset)
            expect(point.offset).toBeLessThanOrEqual(lineStarts[point.line] ?? Number.POSITIVE_INFINITY)
          }
          return place.start.line + ' ' + message.ruleId + ' ' + text.slice(place.start.offset, place.end.offset)
        })
    const expected = [...inBody(fell).map((entry) => '4 ' + entry), ...inBody(agree).map((entry) => '9 ' + entry)]
    expect(placed(lint(text, {preset: 'strict'}))).toEqual(expected)
    expect(placed(await createSession({preset: 'strict'}).update(text))).toEqual(expected)
  })

  test('the abstract of each metadata block, the later one too', () => {
    const text = '---\nabstract: ' + fell + '\n---\n\nThe mill closed.\n\n---\nabstract: ' + agree + '\n---\n'
    expect(seen(text, lint(text, {preset: 'strict'}))).toEqual([...inBody(fell).map((found) => '2 ' + found), ...inBody(agree).map((found) => '8 ' + found)])
  })

  test('an abstract that is not a string, an empty one, or none adds nothing', () => {
    for (const front of ['---\nabstract: [' + fell + ']\n---\n', '---\nabstract: 42\n---\n', '---\ntitle: ' + fell + '\n---\n', '---\nabstract: |\n\n---\n']) {
      const text = front + body
      expect(seen(text, lint(text, {preset: 'strict'}))).toEqual([])
    }
  })

  test('an editor session reports the abstract as lint does, after an edit inside it', async () => {
    const text = '---\nabstract: |\n  Mills closed.\n  ' + fell + '\n---\n\n' + agree + '\n'
    const session = createSession({preset: 'strict'})
    const first = seen(text, await session.update(text))
    expect(first).toEqual(seen(text, lint(text, {preset: 'strict'})))
    expect(first).toEqual([...inBody(fell).map((found) => '4 ' + found), ...inBody(agree).map((found) => '7 ' + found)])
    const at = text.indexOf('Mills closed.')
    const edited = text.slice(0, at) + 'Mills closed, by a fifth.' + text.slice(at + 13)
    const second = seen(edited, await session.update([{start: at, end: at + 13, text: 'Mills closed, by a fifth.'}]))
    expect(second).toEqual(seen(edited, lint(edited, {preset: 'strict'})))
    expect(second).toContain('3 ' + inBody('Mills closed, by a fifth.')[0])
  })
})

describe("the abstract's citations are the document's", () => {
  const references = 'references:\n- id: doe\n  type: book\n  title: Mills\n  author: [{family: Doe, given: Jo}]\n  issued: {date-parts: [[2001]]}\n- id: roe\n  type: book\n  title: Weirs\n  author: [{family: Roe, given: Al}]\n  issued: {date-parts: [[1999]]}\n'
  const text = '---\ntitle: Mills\nabstract: |\n  Output fell [@doe, p. 3] and [@nokey].\n' + references + '---\n\nThe mill closed [@roe].\n'

  test('in the graph first, backing no node, at their place in the front matter', () => {
    const {graph} = parse(text)
    expect(graph.citations.map((citation) => [citation.items.map((item) => item.key).join(','), citation.node, citation.position.start.line, citation.position.start.column])).toEqual([
      ['doe', null, 4, 15],
      ['nokey', null, 4, 32],
      ['roe', null, 18, 17]
    ])
    const [first] = graph.citations
    expect(text.slice(first!.position.start.offset, first!.position.end.offset)).toBe('[@doe, p. 3]')
    expect(text.slice(first!.sentence.start.offset, first!.sentence.end.offset)).toBe('Output fell [@doe, p. 3] and [@nokey].')
  })

  test("a later metadata block's abstract cites where the block is, in lint and in an editor session", async () => {
    const later = 'Body [@doe].\n\n---\nabstract: A [@roe].\n' + references + '---\n\nC [@nokey].\n'
    expect(parse(later).graph.citations.map((citation) => citation.items[0]!.key)).toEqual(['doe', 'roe', 'nokey'])
    const session = createSession({preset: 'strict'})
    await session.update(later)
    const edited = await session.update([{start: 4, end: 4, text: ' more'}])
    const text = later.slice(0, 4) + ' more' + later.slice(4)
    const places = (messages: readonly VFileMessage[]) => messages.map((message) => message.ruleId + ' ' + JSON.stringify(message.place))
    expect(places(edited)).toEqual(places(lint(text, {preset: 'strict'})))
    // Without sources, `missing-bibliography` goes to the first citation in document order, in both.
    const bare = 'Body.\n\n---\nabstract: A [@x].\n---\n\nC.\n'
    const other = createSession({preset: 'strict'})
    await other.update(bare)
    const cited = bare.slice(0, 1) + ' [@y]' + bare.slice(1)
    expect(places(await other.update([{start: 1, end: 1, text: ' [@y]'}]))).toEqual(places(lint(cited, {preset: 'strict'})))
  })

  test('a key no source has is reported there; a source the abstract alone cites is used', () => {
    const messages = lint(text, {preset: 'strict'})
    const unknown = messages.filter((message) => message.ruleId === 'unknown-citation-key')
    // The oracle: the same line as the body, where the abstract's two spaces of indentation are not.
    const inBodyPlace = lint('---\n' + references + '---\n\nOutput fell [@doe, p. 3] and [@nokey].\n').filter((message) => message.ruleId === 'unknown-citation-key')
    expect(inBodyPlace).toHaveLength(1)
    expect(unknown.map((message) => (message.place as Place).start.line + ':' + (message.place as Place).start.column)).toEqual(['4:' + ((inBodyPlace[0]!.place as Place).start.column + 2)])
    expect(unknown[0]!.reason).toBe(inBodyPlace[0]!.reason)
    const onlyAbstract = text.replace('The mill closed [@roe].', 'The mill closed.').replace('[@doe, p. 3]', '[@roe, p. 3]')
    expect(lint(onlyAbstract, {preset: 'strict'}).filter((message) => message.ruleId === 'unused-source').map((message) => message.reason)).toHaveLength(1)
    expect(lint(onlyAbstract, {preset: 'strict'}).filter((message) => message.ruleId === 'unused-source')[0]!.reason).toContain('doe')
  })
})

describe("the abstract's notes and links are the body's", () => {
  // pandoc reads metadata with the document's definitions: `[^1]` in the abstract calls the body's
  // note `[^1]` and `[text][label]` links to the body's `[label]: url`.
  const text = '---\ntitle: Mills\nabstract: |\n  Experts agree that output fell[^1], as [the report][r] says.\n---\n\nThe mill closed.\n\n[^1]: Doe, *Mills* (2001), p. 4.\n\n[r]: https://example.org/report\n'
  const rules = (messages: readonly VFileMessage[]) => messages.map((message) => message.ruleId + ' ' + (message.place as Place | undefined)?.start.line)

  test('a note the abstract calls is used, and covers the abstract\'s sentence as it would the body\'s', () => {
    const messages = lint(text, {preset: 'strict'})
    expect(rules(messages)).toEqual([])
    // The oracle: without the call, the note is unused and the sentence has no source.
    const uncalled = text.replace('fell[^1]', 'fell')
    expect(rules(lint(uncalled, {preset: 'strict'}))).toEqual(['vague-attribution 4', 'unused-footnote 9'])
  })

  test('a call to a note nothing defines is reported in the abstract, at its place', () => {
    const undefinedCall = text.replace('fell[^1]', 'fell[^2]').replace('[^1]: ', 'Also[^1].\n\n[^1]: ')
    const [message] = lint(undefinedCall).filter((entry) => entry.ruleId === 'undefined-footnote')
    const place = message!.place as Place
    expect([place.start.line, place.start.column]).toEqual([4, 33])
    expect(undefinedCall.slice(place.start.offset, place.end.offset)).toBe('[^2]')
  })

  test('a call on a later line of a text node is placed at its own line, whatever the line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      for (const draft of ['---\ntitle: T\nabstract: |\n  First line.\n  See[^9].\n---\n\nBody.\n', 'Body line one\nsee[^9] and[^8].\n']) {
        const text = draft.replaceAll('\n', eol)
        const places = lint(text)
          .filter((message) => message.ruleId === 'undefined-footnote')
          .map((message) => (message.place as Place).start)
        const lineStarts = [0]
        for (const match of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(match.index + match[0].length)
        expect(places.length).toBeGreaterThan(0)
        for (const point of places) {
          expect(text.slice(point.offset, point.offset! + 3)).toMatch(/^\[\^\d/)
          expect(lineStarts[point.line - 1]! + point.column - 1).toBe(point.offset)
          // …and on that line: a column past its end would name the same offset from a line before.
          expect(point.offset).toBeLessThan(lineStarts[point.line] ?? Number.POSITIVE_INFINITY)
        }
      }
    }
  })

  test('an editor session reads the abstract again when a definition its escaped label names comes or goes', async () => {
    // `"See[^\x31]."` is `See[^1].` once YAML reads the escape: the call names the note `[^1]`.
    const without = '---\nabstract: "See[^\\x31]."\n---\n\nBody.\n'
    const withNote = without + '\n[^1]: Note.\n'
    const places = (messages: readonly VFileMessage[]) => messages.map((message) => message.ruleId + ' ' + JSON.stringify(message.place))
    expect(places(lint(withNote))).toEqual([])
    const session = createSession()
    await session.update(without)
    expect(places(await session.update([{start: without.length, end: without.length, text: '\n[^1]: Note.\n'}]))).toEqual([])
    expect(places(await session.update([{start: without.length, end: withNote.length, text: ''}]))).toEqual(places(lint(without)))
  })

  test('an editor session agrees with lint, also after the note is removed and written again', async () => {
    const session = createSession({preset: 'strict'})
    const places = (messages: readonly VFileMessage[]) => messages.map((message) => message.ruleId + ' ' + JSON.stringify(message.place))
    expect(places(await session.update(text))).toEqual(places(lint(text, {preset: 'strict'})))
    const at = text.indexOf('[^1]: ')
    const note = '[^1]: Doe, *Mills* (2001), p. 4.\n\n'
    const without = text.slice(0, at) + text.slice(at + note.length)
    const removed = await session.update([{start: at, end: at + note.length, text: ''}])
    expect(places(removed)).toEqual(places(lint(without, {preset: 'strict'})))
    expect(rules(removed)).toContain('undefined-footnote 4')
    expect(places(await session.update([{start: at, end: at, text: note}]))).toEqual(places(lint(text, {preset: 'strict'})))
  })
})
