import {readFileSync} from 'node:fs'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {remarkArgmark} from '../../src/extract/plugin.js'
import {abbreviationList, abbreviationSpaces} from '../../src/util/abbreviations.js'
import {smartPunctuation} from '../../src/util/smart.js'

// pandoc 2.17 with `smart` (`pandoc -t plain`), each row checked against it:
// the space after an abbreviation of its data file `abbreviations` becomes
// U+00A0 when text follows on the same line.
function smart(markdown: string): string {
  const processor = unified().use(remarkParse).use(remarkArgmark)
  const tree = processor.runSync(processor.parse(markdown)) as Root
  smartPunctuation(tree)
  const texts: string[] = []
  const visit = (node: {type: string, value?: string, children?: unknown[]}): void => {
    if (node.type === 'text' && node.value !== undefined) texts.push(node.value)
    for (const child of (node.children ?? []) as Array<typeof node>) visit(child)
  }
  visit(tree)
  return texts.join('|').replaceAll('\u00A0', '~')
}

describe('a non-breaking space after an abbreviation (pandoc\'s smart extension)', () => {
  test.each([
    ['Mr. Bob', 'Mr.~Bob'],
    ['(cf. the roll)', '(cf.~the roll)'],
    ['foo—e.g. this', 'foo—e.g.~this'],
    ['see pp. 4 and p. 5', 'see pp.~4 and p.~5'],
    ['Dr. Mr. Bob', 'Dr.~Mr.~Bob'],
    // Several spaces become one.
    ['Mr.   Bob', 'Mr.~Bob'],
    ['Mr.\tBob', 'Mr.~Bob'],
    // Before emphasis, code or a link, in the node before it.
    ['Mr. *Bob*', 'Mr.~|Bob'],
    ['Mr. `c`', 'Mr.~'],
    ['Mr. [Bob](u)', 'Mr.~|Bob'],
    ['"Mr. Bob"', '“Mr.~Bob”']
  ])('%j → %j', (markdown, expected) => {
    expect(smart(markdown)).toBe(expected)
  })

  test.each([
    // Case-sensitive; after a letter, digit or period it is no word of its own.
    ['MR. Bob', 'MR. Bob'],
    ['mr. Bob', 'mr. Bob'],
    ['x.Mr. Bob', 'x.Mr. Bob'],
    // A line ending, the end of the paragraph, a footnote call or a citation after it.
    ['Mr.\nBob', 'Mr.\nBob'],
    ['Bob Mr.', 'Bob Mr.'],
    // An abbreviation that ends emphasis keeps the space after it.
    ['*Mr.* Bob', 'Mr.| Bob'],
    // An escaped period is no abbreviation.
    ['Mr\\. Bob', 'Mr. Bob']
  ])('%j stays %j', (markdown, expected) => {
    expect(smart(markdown)).toBe(expected)
  })

  test('before an inline note, as pandoc', () => {
    expect(smart('Mr. ^[A note.] here.')).toBe('Mr.~| here.|A note.')
  })

  test('not before a footnote call or a citation', () => {
    expect(smart('Mr. [^1] and Mr. [@doe] and Mr. @doe said.\n\n[^1]: A note.')).toBe('Mr. | and Mr. | and Mr. | said.|A note.')
  })

  test('the list is pandoc\'s data file, as recorded (test/fixtures/pandoc/abbreviations.txt)', () => {
    const recorded = readFileSync(new URL('../fixtures/pandoc/abbreviations.txt', import.meta.url), 'utf8')
    expect(abbreviationList).toEqual(recorded.split('\n').filter((line) => line !== ''))
  })
})

test('the pattern\'s alternatives are the list\'s abbreviations, in order', () => {
  const alternatives = /\(\?:(.*)\)\[ \\t\]\+$/.exec(abbreviationSpaces.source)![1]!.split('|').map((word) => word.replaceAll('\\.', '.'))
  expect(alternatives).toEqual(abbreviationList)
})
