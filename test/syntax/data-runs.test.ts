import fc from 'fast-check'
import {parse, postprocess, preprocess} from 'micromark'
import {directive} from 'micromark-extension-directive'
import {gfm} from 'micromark-extension-gfm'
import type {Event, Extension} from 'micromark-util-types'
import {describe, expect, test} from 'vitest'
import {citationSyntax} from '../../src/syntax/citation/syntax.js'
import {scriptsSyntax} from '../../src/syntax/scripts/syntax.js'
import {gfmOptions} from '../../src/syntax/strikethrough-limit.js'
import {mergeDataRuns, mergeDataRunsIn, mergeDataRunsInCore} from '../../src/syntax/data-runs.js'

// Text constructs that join data runs as they match (src/syntax/data-runs.ts)
// must leave micromark's events exactly as they were: same tokens, same
// places, same order.

const wideSearch = process.env['ARGMARK_WIDE_SEARCH'] === '1'

function events(document: string, extensions: Extension[]): string[] {
  const list: Event[] = postprocess(parse({extensions}).document().write(preprocess()(document, undefined, true)))
  return list.map(([kind, token]) => kind + ' ' + token.type + ' ' + String(token.start.offset) + '-' + String(token.end.offset))
}

const plain = (): Extension[] => [gfm(gfmOptions), directive(), citationSyntax(), scriptsSyntax()]
const joining = (): Extension[] => [mergeDataRunsIn(gfm(gfmOptions)), mergeDataRunsIn(directive()), mergeDataRunsIn(citationSyntax()), mergeDataRunsIn(scriptsSyntax())]
// And micromark's own text constructs (links, label starts, escapes, code, references, autolinks, HTML, line endings).
const joiningAll = (): Extension[] => [mergeDataRunsInCore(), ...joining()]

const piece = fc.constantFrom(
  'a', 'word', ' ', ' ', '\n', '\n\n', ':', ':b', ':claim[x]', '{#a}', '[', ']', '(u)', '@k', '[@k, p. 3]', '*', '_', '**', '~~', '`',
  '<', '>', 'www.x.org', 'http://a.b', 'me@x.org', '[^1]', '\\', '&amp;', '!', '10:30', '> ', '- ', '# ', '|', '---',
  '[b](u)', '![i](u)', '[b][]', '[b]', '`c`', '\\*', '\\\n', '&#35;', '&x', '<http://a.b>', '<i>', '](u)', '  \n', '[b]: /u\n', '[^1]: n\n',
  '^', '~', '^2^', 'H~2~O', '\\^', '~a\\ b~'
)
const document = fc.array(piece, {maxLength: 60}).map((pieces) => pieces.join(''))

describe('mergeDataRunsIn', () => {
  test.each([
    'At a:b c:d e:f end.',
    'Cites [@a] and [@b; @c] and @d said, *emph* ~~del~~ www.x.org `code` [^1] x.\n\n[^1]: Note.',
    'Lines a:b one\nand two :c[label]{#x} three\nfour',
    '[link *a:b*](u) ![img :c](v) and [unclosed a:b',
    'Wow! See [x](u), `c`] and &amp;] \\*] <i>] <http://a.b>]\\\nnext [^1] ![^1] ![i][] [b]\n\n[b]: /u\n[^1]: Note.',
    'In `a \\` b` and [a `]` b](u) and \\[not] and [a](<u> "t") and [b\\]](u)'
  ])('leaves micromark\'s events as they were for %j', (value) => {
    expect(events(value, joining())).toEqual(events(value, plain()))
    expect(events(value, joiningAll())).toEqual(events(value, plain()))
  })

  test('leaves micromark\'s events as they were for generated documents (seeded)', () => {
    fc.assert(
      fc.property(document, (value) => {
        expect(events(value, joining())).toEqual(events(value, plain()))
        expect(events(value, joiningAll())).toEqual(events(value, plain()))
      }),
      wideSearch ? {numRuns: 20_000} : {numRuns: 600, seed: 1717}
    )
  })

  test('leaves micromark\'s events as they were for 2,000 text directives in one paragraph', () => {
    const value = 'At ' + 'a:b '.repeat(2000) + 'end.\n'
    expect(events(value, joining())).toEqual(events(value, plain()))
    expect(events(value, joiningAll())).toEqual(events(value, plain()))
  })

  test.each([
    ['2,000 bracketed words', '[a]'.repeat(2000)],
    ['1,000 links after a bracket', 'a] [b](u) '.repeat(1000)],
    ['400 code spans, references, escapes and autolinks after a bracket', 'a] `c` &amp; \\* <http://a.b>\n'.repeat(400)]
  ])('leaves micromark\'s events as they were for %s in one paragraph (micromark\'s own constructs joining)', (_, value) => {
    expect(events(value, joiningAll())).toEqual(events(value, plain()))
  })
})

describe('mergeDataRuns', () => {
  const token = (type: string, start: number, end: number) => ({type, start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}})
  test('joins each run of two or more data tokens into its first, from an index', () => {
    const a = token('data', 0, 1)
    const b = token('data', 1, 2)
    const c = token('data', 2, 3)
    const x = token('emphasis', 3, 4)
    const d = token('data', 4, 5)
    const list = [a, b, c, x, d].flatMap((item) => [['enter', item], ['exit', item]]) as unknown as Event[]
    const result = mergeDataRuns(list)
    expect(result.map(([kind, item]) => kind + ' ' + item.type + ' ' + String(item.start.offset) + '-' + String(item.end.offset))).toEqual([
      'enter data 0-3', 'exit data 0-3', 'enter emphasis 3-4', 'exit emphasis 3-4', 'enter data 4-5', 'exit data 4-5'
    ])
    const second = [a, b, c].flatMap((item) => [['enter', {...item}], ['exit', {...item}]]) as unknown as Event[]
    expect(mergeDataRuns(second, 2)).toHaveLength(4)
  })
})
