import fc from 'fast-check'
import {directiveFromMarkdown} from 'mdast-util-directive'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {directive} from 'micromark-extension-directive'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfm} from 'micromark-extension-gfm'
import type {Construct, Extension} from 'micromark-util-types'
import remarkParse from 'remark-parse'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {citationFromMarkdown} from '../../src/syntax/citation/from-markdown.js'
import {citationSyntax} from '../../src/syntax/citation/syntax.js'
import {emphasisDepth} from '../../src/syntax/emphasis-depth.js'
import {escapedSpaceSyntax} from '../../src/syntax/escaped-space.js'
import {escapesFromMarkdown} from '../../src/syntax/escapes.js'
import {gfmFootnoteCalls} from '../../src/syntax/footnote-calls.js'
import {frontMatterDots} from '../../src/syntax/front-matter-dots.js'
import {headingAttributesFromMarkdown} from '../../src/syntax/heading-attributes.js'
import {inlineNotesFromMarkdown} from '../../src/syntax/inline-notes.js'
import {mathFromMarkdown} from '../../src/syntax/math/from-markdown.js'
import {mathSyntax} from '../../src/syntax/math/syntax.js'
import {remarkArgmarkParseSyntax, remarkArgmarkSyntax} from '../../src/syntax/plugin.js'
import {scriptsFromMarkdown} from '../../src/syntax/scripts/from-markdown.js'
import {scriptsSyntax} from '../../src/syntax/scripts/syntax.js'
import {gfmOptions, strikethroughLimit} from '../../src/syntax/strikethrough-limit.js'

// `remarkArgmarkSyntax` (behind `remarkArgmark` and the serializer `format`
// writes with) reads with the extensions `parse` reads with: runs of text are
// joined as constructs match, micromark's own included (`mergeDataRunsInCore`),
// and the tree is the one the same extensions give without joining.

const wideSearch = process.env['ARGMARK_WIDE_SEARCH'] === '1'

// The same syntax, no run joined: micromark's own constructs and the extensions as they come.
function notJoining(this: Processor): undefined {
  const data = this.data()
  ;(data.micromarkExtensions ||= []).push(gfm(gfmOptions), gfmFootnoteCalls(), strikethroughLimit(), frontmatter('yaml'), frontMatterDots(), directive(), citationSyntax(), mathSyntax(), scriptsSyntax(), escapedSpaceSyntax(), emphasisDepth())
  // As the plugin: GFM's autolink literal transform runs after the inline notes are read.
  const gfmParts = gfmFromMarkdown()
  ;(data.fromMarkdownExtensions ||= []).push(
    gfmParts.map(({transforms: _, ...extension}) => extension),
    frontmatterFromMarkdown('yaml'),
    directiveFromMarkdown({verbose: true}),
    citationFromMarkdown(),
    mathFromMarkdown(),
    scriptsFromMarkdown(),
    headingAttributesFromMarkdown(),
    inlineNotesFromMarkdown(),
    escapesFromMarkdown(),
    {transforms: gfmParts.flatMap((extension) => extension.transforms ?? [])}
  )
}

const joined = unified().use(remarkParse).use(remarkArgmarkSyntax)
const plain = unified().use(remarkParse).use(notJoining)
const tree = (processor: {parse(document: string): unknown}, document: string) => JSON.stringify(processor.parse(document))

// Each micromark extension as its hooks, characters and construct names, in order.
function shape(plugin: (this: Processor) => undefined): string[] {
  const extensions = (unified().use(plugin).freeze().data().micromarkExtensions ?? []) as Extension[]
  return extensions.map((extension) =>
    JSON.stringify(
      Object.entries(extension).map(([hook, record]) =>
        hook === 'disable'
          ? [hook, record]
          : [hook, Object.entries((record ?? {}) as Record<string, Construct | Construct[]>).map(([code, value]) => [code, (Array.isArray(value) ? value : [value]).map((construct) => construct.name ?? '')])]
      )
    )
  )
}

describe('remarkArgmarkSyntax', () => {
  test('reads with the micromark extensions parse reads with, micromark\'s own constructs joining runs', () => {
    const own = shape(remarkArgmarkSyntax)
    expect(own).toEqual(shape(remarkArgmarkParseSyntax))
    // The constructs `mergeDataRunsInCore` adds back under new names, and the names it turns off.
    expect(own.join('\n')).toContain('"labelEndAgain"')
    expect(own.join('\n')).toContain('"labelStartLink"')
  })

  test('leaves off a construct of micromark\'s that an extension after it turns off by name, as MDX does', () => {
    // MDX turns off autolinks, HTML and indented code; escapes here too.
    const off = (names: string[]) =>
      function (this: Processor): undefined {
        ;(this.data().micromarkExtensions ||= []).push({disable: {null: names}})
      }
    const names = ['autolink', 'htmlText', 'characterEscape', 'labelEnd']
    const value = 'See <http://a.b> and <i>x</i> and \\* and [b](u) &amp; `c`.\n'
    const without = unified().use(remarkParse).use(notJoining).use(off(names))
    const result = tree(unified().use(remarkParse).use(remarkArgmarkSyntax).use(off(names)), value)
    expect(result).toBe(tree(without, value))
    expect(result).not.toContain('"html"')
    expect(result).toContain('"inlineCode"')
  })

  const piece = fc.constantFrom(
    'a', 'word', ' ', '\n', '\n\n', ':b', ':claim[x]{#a}', '[', ']', '(u)', '[@k, p. 3]', '@k', '*', '**', '~~', '`', '$x$',
    '<', 'www.x.org', '<http://a.b>', '[^1]', '![^1]', '\\', '&amp;', '!', '> ', '- ', '# ', '|', '---', '[b](u)', '![i](u)',
    '[b][]', '`c`', '\\*', '\\\n', '[b]: /u\n', '[^1]: n\n', '^[note]', '{#h}', '^', '~', 'x^2^', 'H~2~O', '\\ '
  )
  const document = fc.tuple(fc.constantFrom('', '---\na: 1\n---\n\n'), fc.array(piece, {maxLength: 60})).map(([head, pieces]) => head + pieces.join(''))

  test.each([
    '---\ntitle: T\n---\n\n:claim[Funding is scarce]{#funding} [@doe99, p. 3] and [^1] ![^1] ~~gone~~ $x$.\n\n[^1]: Note.',
    'Wow! See [x](u), `c`] and &amp;] \\*] <i>] <http://a.b>]\\\nnext [^1] ![^1] ![i][] [b]\n\n[b]: /u\n[^1]: Note.',
    '[a]'.repeat(2000),
    'a] [b](u) '.repeat(1000),
    'At ' + 'a:b '.repeat(2000) + 'end.\n'
  ])('gives the tree the same syntax gives without joining runs, for %#', (value) => {
    expect(tree(joined, value)).toBe(tree(plain, value))
  })

  test('gives the tree the same syntax gives without joining runs, for generated documents (seeded)', () => {
    fc.assert(
      fc.property(document, (value) => {
        expect(tree(joined, value)).toBe(tree(plain, value))
      }),
      wideSearch ? {numRuns: 20_000} : {numRuns: 400, seed: 2024}
    )
  })
})
