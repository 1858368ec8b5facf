import fc from 'fast-check'
import type {Root} from 'mdast'
import {ParseLatin} from 'parse-latin'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkSmartypants from 'remark-smartypants'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {mergeInnerWordSymbol, mergeLowerCaseSentences, mergeRemainingFullStops} from '../../src/util/latin.js'
import {nonBreakingAbbreviations} from '../../src/util/abbreviations.js'
import {smartPunctuation} from '../../src/util/smart.js'

// The smart punctuation of `render` is remark-smartypants' transform with
// parse-latin's quadratic inner-word step made linear (src/util/latin.ts),
// then pandoc's non-breaking space after an abbreviation (`e.g.`): it must
// give what remark-smartypants and parse-latin give, then that, node for node.

const wideSearch = process.env['ARGMARK_WIDE_SEARCH'] === '1'

function linearLatin(value: string): unknown {
  const parser = new ParseLatin()
  parser.tokenizeSentencePlugins[2] = mergeInnerWordSymbol
  parser.tokenizeParagraphPlugins[2] = mergeLowerCaseSentences(parser.tokenizeParagraphPlugins[2]!)
  parser.tokenizeParagraphPlugins[6] = mergeRemainingFullStops
  return parser.parse(value)
}

const tree = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown)

function viaRemarkSmartypants(markdown: string): Root {
  const root = tree(markdown)
  const transform = (remarkSmartypants as unknown as (options: object) => (tree: Root) => void)({dashes: 'oldschool', ellipses: 'unspaced', backticks: false})
  transform(root)
  nonBreakingAbbreviations(root)
  return root
}

function viaArgmark(markdown: string): Root {
  const root = tree(markdown)
  smartPunctuation(root)
  return root
}

// Pieces that exercise inner-word symbols, quotes, dashes and ellipses.
const piece = fc.constantFrom(
  'a', 'word', '10', '30', 'x2', ':', '.', '-', '--', '---', '...', "'", '"', '&', '=', '?', '@', '_', '__', '\u00B7', '\u2019',
  '\u00AD', '/', ',', '!', ' ', ' ', ' ', '\n', '\n\n', '*', '`', '(', ')', 'é', '3.1', "o'clock", 'e.g.', 'U.S.'
)
const text = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(''))

describe('linear inner-word step (parse-latin)', () => {
  test('the sentence and paragraph steps are those of parse-latin 7', () => {
    // If parse-latin changes its steps, `retextLatinLinear` leaves them alone; this says so.
    expect(new ParseLatin().tokenizeSentencePlugins).toHaveLength(6)
    expect(new ParseLatin().tokenizeParagraphPlugins).toHaveLength(12)
  })

  test.each([
    'At 10:30 and 11:45.',
    "Rock'n'roll, o'clock, e.g. this, a-b-c, x=y, a?b, me@host, snake_case_name.",
    'Trailing symbols a:: b-- c. d:e: f',
    'a:b:c:d:e:f:g',
    '__init__ and a__b and a___ and ___b',
    'word one here. word two there. and . . more. x .y z. . end',
    'Mr. Smith went. e.g. this. a . b .c. d.. e. ?. !. … done.',
    'One. two. Three. éa. Ün. "quoted." (paren). 3 items. ß. done'
  ])('gives parse-latin\'s tree for %j', (value) => {
    expect(linearLatin(value)).toEqual(new ParseLatin().parse(value))
  })

  test('gives parse-latin\'s tree for generated text (seeded)', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(linearLatin(value)).toEqual(new ParseLatin().parse(value))
      }),
      wideSearch ? {numRuns: 20_000} : {numRuns: 500, seed: 1515}
    )
  })

  test('gives parse-latin\'s tree for 3,000 sentences starting in lower case', () => {
    const value = 'word prose text here. '.repeat(3000)
    expect(linearLatin(value)).toEqual(new ParseLatin().parse(value))
  })

  test('gives parse-latin\'s tree for 3,000 clock times in one sentence', () => {
    const value = 'At ' + '10:30 '.repeat(3000) + 'end.'
    expect(linearLatin(value)).toEqual(new ParseLatin().parse(value))
  })
})

describe('smartPunctuation', () => {
  test.each([
    'He said "it\'s 10:30" -- then \'90s... and --- more.',
    '*"Quoted* across" nodes and `code "x"` then "after".',
    '# "Heading"\n\n| "a" | b\'s |\n|---|---|\n| --- | ... |\n',
    'Times 10:30, 11:45 and "rock\'n\'roll" at 3:1.'
  ])('gives remark-smartypants\' output for %j', (markdown) => {
    expect(viaArgmark(markdown)).toEqual(viaRemarkSmartypants(markdown))
  })

  test('gives remark-smartypants\' output for generated Markdown (seeded)', () => {
    fc.assert(
      fc.property(text, (markdown) => {
        expect(viaArgmark(markdown)).toEqual(viaRemarkSmartypants(markdown))
      }),
      wideSearch ? {numRuns: 5000} : {numRuns: 300, seed: 1516}
    )
  })

  test('gives remark-smartypants\' output for 2,000 clock times in one paragraph', () => {
    const markdown = 'The talks ran at ' + '10:30 '.repeat(2000) + '"and" ended.\n'
    expect(viaArgmark(markdown)).toEqual(viaRemarkSmartypants(markdown))
  })
})
