/**
 * pandoc's TeX math (`tex_math_dollars`): what is read as math, as pandoc
 * 2.17 reads it (each expectation checked with `pandoc -f markdown -t native`),
 * and that nothing inside it is read as Markdown.
 */
import type {Paragraph, PhrasingContent} from 'mdast'
import {describe, expect, test} from 'vitest'
import {format, parse} from '../../src/index.js'
import {maxTextBraces} from '../../src/syntax/math/syntax.js'
import {lintFor} from '../rules/lint-helpers.js'

/** The first paragraph's children, math as `['math' | 'display', TeX]`, text as its value, other nodes as their type. */
function read(input: string): unknown[] {
  const {tree} = parse(input)
  const paragraph = tree.children.find((node) => node.type === 'paragraph') as Paragraph
  return paragraph.children.map((node: PhrasingContent) =>
    node.type === 'inlineMath' ? [node.data?.display === true ? 'display' : 'math', node.value] : node.type === 'text' ? node.value : node.type
  )
}

describe('pandoc TeX math: what is math', () => {
  test('dollar amounts are prose: an opening dollar needs a non-space after it, a closing one a non-space before it', () => {
    expect(read('It cost $5 and $10.\n')).toEqual(['It cost $5 and $10.'])
    expect(read('$x$ and $y $\n')).toEqual([['math', 'x'], ' and $y $'])
    expect(read('$ x$\n')).toEqual(['$ x$'])
    expect(read('a$b$c\n')).toEqual(['a', ['math', 'b'], 'c'])
  })

  test('a closing dollar followed by a digit closes nothing', () => {
    // pandoc: [Str "$x", Math InlineMath "5"]
    expect(read('$x$5$\n')).toEqual(['$x', ['math', '5']])
    expect(read('from $2$3 on\n')).toEqual(['from $2$3 on'])
  })

  test('`\\$` is a literal dollar; inside math a backslash takes the character after it', () => {
    expect(read('\\$x$ costs\n')).toEqual(['$x$ costs'])
    expect(read('$x\\$y$\n')).toEqual([['math', 'x\\$y']])
    // `\text{…}` keeps its balanced braces, dollars included.
    expect(read('$\\text{a $b$}$\n')).toEqual([['math', '\\text{a $b$}']])
  })

  test('`$$…$$` is display math, in a paragraph or on lines of its own, as pandoc reads it', () => {
    expect(read('$$\nE = mc^2\n$$\n')).toEqual([['display', '\nE = mc^2\n']])
    expect(read('$$x$$ y\n')).toEqual([['display', 'x'], ' y'])
    expect(read('$$$x$$\n')).toEqual([['display', '$x']])
    // Not display math, so inline math holding `$x`.
    expect(read('$$x$\n')).toEqual([['math', '$x']])
    expect(read('$x$$y$\n')).toEqual([['math', 'x'], ['math', 'y']])
  })

  test('math spans lines of a paragraph, but not a blank line', () => {
    expect(read('$a\nb$ c\n')).toEqual([['math', 'a\nb'], ' c'])
    expect(read('$$a\n\nb$$\n')).toEqual(['$$a'])
  })

  test('nothing inside math is Markdown: emphasis, escapes, citations, directives, notes, smart punctuation', () => {
    expect(read('$a*b*c$\n')).toEqual([['math', 'a*b*c']])
    expect(read('*$a*b*$*\n')).toEqual(['emphasis'])
    expect(read('$a [@k] :claim[x] ^[n] \\_ `c`$\n')).toEqual([['math', 'a [@k] :claim[x] ^[n] \\_ `c`']])
    const {graph} = parse('$[@k]$ and $:claim[x]{#c}$\n')
    expect(graph.citations).toEqual([])
    expect(graph.nodes).toEqual([])
  })

  test('a `\\text{` whose braces do not close is ordinary TeX, and the braces are counted over a bounded stretch', () => {
    expect(read('$\\text{a$ b\n')).toEqual([['math', '\\text{a'], ' b'])
    const long = '$\\text{' + 'a'.repeat(maxTextBraces + 10) + '}$\n'
    expect(read(long)).toEqual([['math', long.slice(1, -2)]])
  })
})

describe('pandoc TeX math: format', () => {
  const documents = [
    'It cost $5 and $10, and \\$x$ too.\n',
    'The bound $a<b$ and $a*b*c$, "$x$" and $"x" -- y...$.\n',
    'Before\n\n$$\n\\sum_i x_i\n$$\n\nAfter $x$5$.\n',
    '> $a\n> b$ c\n',
    '- item $\\text{a $b$}$\n'
  ]

  test.each(documents)('writes %j back byte for byte, and again the same', (document) => {
    expect(format(document)).toBe(document)
    expect(format(format(document))).toBe(format(document))
  })

  test('an escaped dollar keeps its escape, so it stays prose', () => {
    expect(format('\\$x$ and \\$y\\$\n')).toBe('\\$x$ and \\$y\\$\n')
  })
})

describe('pandoc TeX math: prose lint', () => {
  test('dollar amounts in prose are still statistics; math is not', () => {
    expect(lintFor('uncited-statistic', 'Prices rose from $5 to $10 in a year.')).toHaveLength(1)
    // Read as prose, `40\%$ of $175$ million` was an uncited statistic.
    expect(lintFor('uncited-statistic', 'Then $x = 40\\%$ of $175$ million.')).toEqual([])
  })
})
