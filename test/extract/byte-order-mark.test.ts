import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {check, createSession, lint, parse} from '../../src/index.js'

// A byte order mark (U+FEFF) that opens a document is not part of it: every
// position counts from the character after it, as micromark and remark do
// (docs/api.md). So a document with the mark gets the same messages, places,
// fixes and graph as the same document without it. Before, relations' places
// (and so their fixes), directive names, nesting guards and the places the
// comment control matched were read from the text with the mark: one
// character off, or lost (a block quote nested too deep went unreported).

const bom = '\uFEFF'
const rulePages = new URL('../../docs/rules/', import.meta.url)
const examples = readdirSync(rulePages)
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) =>
    [...readFileSync(new URL(name, rulePages), 'utf8').matchAll(/```markdown\n([\s\S]*?)```/g)].map((match, index) => [name + ' #' + String(index + 1), match[1]!] as const)
  )

const shape = (message: VFileMessage) =>
  [message.ruleId, message.line, message.column, message.place && 'start' in message.place ? [message.place.start, message.place.end] : message.place, message.expected].map((part) => JSON.stringify(part)).join(' ')

describe('a byte order mark opening the document', () => {
  test('the rule pages give 40+ examples to read', () => {
    expect(examples.length).toBeGreaterThanOrEqual(40)
  })

  test.each(examples)('%s: the same messages, places and fixes with and without the mark', (_name, document) => {
    expect(lint(bom + document, {preset: 'strict'}).map(shape)).toEqual(lint(document, {preset: 'strict'}).map(shape))
    expect(check(bom + document).map(shape)).toEqual(check(document).map(shape))
  })

  test.each(examples)('%s: the same graph, positions included', (_name, document) => {
    expect(parse(bom + document).graph).toEqual(parse(document).graph)
  })

  test('a relation target\'s place slices the target out of the text after the mark, and its fix replaces just it', () => {
    const document = bom + ':claim[a]{#dearth}\n\n:claim[bb]{#b supports=dearht}\n'
    const [message] = check(document).filter((item) => item.ruleId === 'unknown-reference')
    const place = message!.place as {start: {offset: number}; end: {offset: number}}
    const text = document.slice(1)
    expect(text.slice(place.start.offset, place.end.offset)).toBe('dearht')
    expect(message!.expected).toEqual(['dearth'])
    const relation = parse(document).graph.relations[0]!
    expect(text.slice(relation.position!.start.offset, relation.position!.end.offset)).toBe('dearht')
  })

  test('block quotes nested too deep are reported after the mark as without it', () => {
    const document = '> '.repeat(40) + 'deep\n'
    const without = lint(document).filter((message) => message.ruleId === 'nesting-too-deep')
    expect(without).toHaveLength(1)
    expect(lint(bom + document).filter((message) => message.ruleId === 'nesting-too-deep').map(shape)).toEqual(without.map(shape))
  })

  test('an editor session gives what lint gives', async () => {
    const document = bom + ':claim[a]{#dearth}\n\n:claim[bb]{#b supports=dearht}\n\nStudies show that 40% of homes had damp.\n'
    const session = createSession({preset: 'strict'})
    expect((await session.update(document)).map(shape)).toEqual(lint(document, {preset: 'strict'}).map(shape))
    // An edit's offsets index the text with its mark, as `session.text` gives it back.
    const at = document.indexOf('40%')
    const edited = await session.update([{start: at, end: at + 3, text: 'two in five'}])
    expect(session.text).toBe(document.slice(0, at) + 'two in five' + document.slice(at + 3))
    expect(edited.map(shape)).toEqual(lint(session.text, {preset: 'strict'}).map(shape))
    // Dropping the mark moves nothing.
    expect((await session.update([{start: 0, end: 1, text: ''}])).map(shape)).toEqual(edited.map(shape))
  })
})
