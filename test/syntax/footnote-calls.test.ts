import fc from 'fast-check'
import {parse, postprocess, preprocess} from 'micromark'
import {directive} from 'micromark-extension-directive'
import {gfm} from 'micromark-extension-gfm'
import type {Event, Extension} from 'micromark-util-types'
import {describe, expect, test} from 'vitest'
import {citationSyntax} from '../../src/syntax/citation/syntax.js'
import {mergeDataRunsIn} from '../../src/syntax/data-runs.js'
import {gfmFootnoteCalls} from '../../src/syntax/footnote-calls.js'
import {mathSyntax} from '../../src/syntax/math/syntax.js'

// Footnote calls after `!` found in constant time (src/syntax/footnote-calls.ts)
// must leave micromark-extension-gfm-footnote's events exactly as they were:
// same tokens, same places, same order, alone and with argmark's constructs.

const wideSearch = process.env['ARGMARK_WIDE_SEARCH'] === '1'

function events(document: string, extensions: Extension[]): string[] {
  const list: Event[] = postprocess(parse({extensions}).document().write(preprocess()(document, undefined, true)))
  return list.map(([kind, token]) => kind + ' ' + token.type + ' ' + String(token.start.offset) + '-' + String(token.end.offset))
}

const walking = (): Extension[] => [gfm()]
const stacked = (): Extension[] => [gfm(), gfmFootnoteCalls()]
const argmarkWalking = (): Extension[] => [mergeDataRunsIn(gfm()), mergeDataRunsIn(directive()), mergeDataRunsIn(citationSyntax()), mergeDataRunsIn(mathSyntax())]
const argmarkStacked = (): Extension[] => [mergeDataRunsIn(gfm()), mergeDataRunsIn(gfmFootnoteCalls()), mergeDataRunsIn(directive()), mergeDataRunsIn(citationSyntax()), mergeDataRunsIn(mathSyntax())]

function same(document: string): void {
  expect(events(document, stacked())).toEqual(events(document, walking()))
  expect(events(document, argmarkStacked())).toEqual(events(document, argmarkWalking()))
}

const definitions = '[^a]: One.\n[^b c]: Two.\n[^x\\]y]: Three.\n[^q\\\\]: Four.\n[^Straße]: Five.\n[^(www.w\\]z]: Six.\n\n'

const cases: readonly string[] = [
  // A call after `!`, and what is not one.
  'Bang![^a] here.',
  'Bang ![^a]: not a definition here.',
  'Unknown ![^z] label.',
  'Empty ![^] label.',
  'No caret ![a] and ![za] and ![^^a] labels.',
  'Spaced ![^ a] and ![^a ] and ![^a\n] labels.',
  'Link starts [^a ] and [^a\n] are no calls.',
  'Case ![^A] and ![^STRASSE] and ![^strasse] labels.',
  'Escaped ![^x\\]y] and ![^q\\\\] and ![^x]y] labels.',
  'Autolink ![^(www.w\\]z] label.',
  'Two ![^a]![^a] calls and ![^a]]] after.',
  // With a resource or a reference after, the image wins or not.
  'Resource ![^a](u) and reference ![^a][] and ![^a][b] and ![^a][nowhere] here.\n\n[b]: /u',
  'Unclosed resource ![^a](u here.',
  'Defined as a link too ![^a] here.\n\n[^a]: /u',
  // Nested and mixed with links, images, calls and citations.
  'Nested ![x ![^a] y] and [x ![^a] y](u) and ![^a [^a]] here.',
  'Inside a link [see ![^a]](u) and an image ![see ![^a]](u) here.',
  'After a call [^a]![^a] and a link [l](u)![^a] here.',
  'Citations [@k; ![^a]] and @k ![^a] and [![^a] @k] here.',
  'Brackets ]]] ![^a]]] [[[ ![^a] ]]] ![[^a]] here.',
  'Balanced first ![^a x] ]![^a] then ![^a] x] here.',
  'Code `![^a]` and escape \\![^a] and ![^a\\] here.',
  // Long labels about the limit of 999.
  'Long ![^' + 'l'.repeat(998) + '] and ![^' + 'l'.repeat(1000) + '] here.',
  // Across lines and containers.
  'Across\n![^a\n] lines and > ![^a] in text.\n\n> Quoted ![^a] call.\n\n- Item ![^a] call.'
]

const piece = fc.constantFrom(
  'a', 'b', 'A', ' ', '\n', '!', '[', ']', '^', '\\', '(', ')', '(u)', '*', '`', '<', '>', '@k', ':d', '$', '~',
  '![', '[^', '![^', '![^a]', '[^a]', '![^b c]', '![^x\\]y]', '![^q\\\\]', '\\]', '\\[', 'www.w', '(www.', 'ß', ']:', '[b]: /u\n'
)
const body = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(''))

describe('gfmFootnoteCalls', () => {
  test.each(cases)('gives micromark-extension-gfm-footnote\'s events for %j', (value) => {
    same(definitions + value)
    same(value + '\n\n' + definitions)
  })

  test('reads the calls of the table as calls (the comparison is not vacuous)', () => {
    const calls = cases.flatMap((value) => events(definitions + value, stacked()).filter((event) => event.startsWith('enter gfmFootnoteCall ')))
    expect(calls.length).toBeGreaterThan(20)
  })

  test('gives micromark-extension-gfm-footnote\'s events for generated documents (seeded)', () => {
    fc.assert(
      fc.property(body, fc.boolean(), (value, before) => {
        same(before ? definitions + value : value + '\n\n' + definitions)
      }),
      wideSearch ? {numRuns: 20_000} : {numRuns: 800, seed: 2718}
    )
  })

  test('gives micromark-extension-gfm-footnote\'s events for 2,000 `]` after calls', () => {
    same(definitions + '![^a]'.repeat(200) + ']'.repeat(2000) + '\n')
  })
})
