/**
 * GFM strikethrough paired in one pass (src/syntax/strikethrough-limit.ts):
 * under its limit, micromark's events are exactly those of
 * micromark-extension-gfm-strikethrough alone (same tokens, same places, same
 * order); lone closers no longer walk back over the paragraph.
 */
import fc from 'fast-check'
import {parse, postprocess, preprocess} from 'micromark'
import {gfm} from 'micromark-extension-gfm'
import type {Event, Extension} from 'micromark-util-types'
import {describe, expect, test} from 'vitest'
import {gfmOptions, strikethroughLimit} from '../../src/syntax/strikethrough-limit.js'

const wideSearch = process.env['ARGMARK_WIDE_SEARCH'] === '1'

function events(document: string, extensions: Extension[]): string[] {
  const list: Event[] = postprocess(parse({extensions}).document().write(preprocess()(document, undefined, true)))
  return list.map(([kind, token]) => kind + ' ' + token.type + ' ' + String(token.start.offset) + '-' + String(token.end.offset))
}

const upstream = (): Extension[] => [gfm(gfmOptions)]
const paired = (): Extension[] => [gfm(gfmOptions), strikethroughLimit()]

const piece = fc.constantFrom('a', 'word', ' ', '\n', '\n\n', '~~', '~', '~~~', '*', '_', '**', '[', ']', '(u)', '`', '`c`', '\\~', '> ', '- ', 'www.x.org')
const document = fc.array(piece, {maxLength: 60}).map((pieces) => pieces.join(''))

describe('strikethroughLimit', () => {
  test.each([
    'a ~~b~~ and ~~c *d* e~~ f ~~ g~~ h~~i~~j ~~~k~~~ ~~unclosed',
    '~~a ~~b~~ c~~ and ~~x ~~y z~~',
    'a~~ b~~ c~~ ~~d ~~e',
    '*a ~~b* c~~ and [x ~~y](u)~~ and `~~` ~~z~~'
  ])('pairs %j as GFM does', (value) => {
    expect(events(value, paired())).toEqual(events(value, upstream()))
  })

  test('pairs generated documents as GFM does (seeded)', () => {
    fc.assert(
      fc.property(document, (value) => {
        expect(events(value, paired())).toEqual(events(value, upstream()))
      }),
      wideSearch ? {numRuns: 20_000} : {numRuns: 600, seed: 2026}
    )
  })

  test('2,000 lone closers and 2,000 lone openers in one paragraph: all text, as GFM reads them', () => {
    const value = 'a~~ '.repeat(2000) + ' ~~a'.repeat(2000)
    const list = events(value, paired())
    expect(list.filter((line) => line.includes('strikethrough'))).toEqual([])
    expect(list).toEqual(events(value, upstream()))
  })
})
