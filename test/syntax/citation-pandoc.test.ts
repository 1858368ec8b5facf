/**
 * argmark's citations against pandoc's Markdown reader (the reference).
 *
 * Every snippet of `test/fixtures/citations/corpus.txt` as pandoc 2.17's
 * Markdown reader reads it (`pandoc -f markdown -t json`, each snippet its
 * own file, with `--file-scope`, so no inline can run from one snippet into
 * the next) and as argmark reads it: keys, prefixes, suffixes,
 * suppress-author and in-text mode must agree.  pandoc's `--citeproc` with a
 * probe style shows how it splits each locator from its suffix; argmark's
 * `locator` and `label` must agree with it too.
 *
 * pandoc's outputs are recorded in test/fixtures/pandoc/citations/ by
 * `node scripts/pandoc-fixtures.js --write` (`npm run test:pandoc` compares
 * them with the installed pandoc), so this suite needs no pandoc. Differences
 * are bugs, except the named exceptions below, each documented with its
 * reason in docs/citations.md.
 */
import {readFileSync} from 'node:fs'
import type {Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import {type Citation, type CitationItem, locatorTerms, remarkCitation} from '../../src/syntax/citation/index.js'
import {remarkArgmarkSyntax} from '../../src/syntax/plugin.js'

const fixtures = new URL('../fixtures/citations/', import.meta.url)
const docs = new URL('../../docs/citations.md', import.meta.url)

/** Corpus lines (`%%` comments dropped); `␤` stands for a line break. */
const lines = readFileSync(new URL('corpus.txt', fixtures), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('%%'))

const source = (line: string): string => line.replace(/␤/g, '\n')

type Mode = 'AuthorInText' | 'SuppressAuthor' | 'NormalCitation'

/** One cited item as both sides are compared: plain text, normalised. */
interface Cited {
  key: string
  prefix: string
  suffix: string
  mode: Mode
}

function cited(key: string, mode: Mode, prefix = '', suffix = ''): Cited {
  return {key, prefix, suffix, mode}
}

/**
 * Named exceptions: corpus lines where argmark differs from pandoc on
 * purpose, with what argmark reads there.  docs/citations.md explains each.
 */
const exceptions: Record<string, Record<string, Cited[][]>> = {
  'braced key with spaces': {
    'See @{Doe 2000} on this.': [[cited('Doe 2000', 'AuthorInText')]],
    'As shown [see @{Doe 2000}, p. 4].': [[cited('Doe 2000', 'NormalCitation', 'see', ', p. 4')]]
  },
  'empty braced key': {
    'Nothing to cite in @{} here.': []
  },
  'nocite wildcard': {
    'The nocite wildcard @* cites everything in pandoc.': []
  },
  'emphasis across a separator': {
    'Compare [@doe99, *this; that*].': [[cited('doe99', 'AuthorInText')]]
  },
  'inline note': {
    'Compare [@doe99, see ^[a note; here]].': [[cited('doe99', 'NormalCitation', '', ', see ^[a note; here]')]]
  },
  'image description': {
    'The figure ![a map from @doe99](map.png) is an image.': []
  },
  'link reference definition': {
    '[@doe99]: ibid.': []
  },
  'example list marker': {
    '@doe99. Said so first.': [[cited('doe99', 'AuthorInText')]]
  },
  'bracket right before a key': {
    'A bracket before a key @doe99 [p. 5]-@roe07-] is odd.': [
      [cited('doe99', 'AuthorInText', '', 'p. 5')],
      [cited('roe07', 'AuthorInText')]
    ]
  },
  'emphasis right before a key': {
    'The *passim*@doe99 form.': [[cited('doe99', 'AuthorInText')]]
  },
  'nesting depth': {
    'Deep brackets [@doe99, see [[[[[[[[[x]]]]]]]]]].': [[cited('doe99', 'AuthorInText')]]
  },
  'raw HTML inside brackets': {
    'Raw HTML in a suffix [@doe99, see <span title="a;b">this</span>].': [[cited('doe99', 'AuthorInText')]]
  },
  'braced key length': {
    'A long braced key [@{https://example.com/bibliography/entries/with/a/very/long/path/that/keeps/going/and/going/until/it/is/longer/than/the/limit/that/argmark/sets/for/braced/keys/which/is/two/hundred/and/fifty/six/code/units/so/this/one/needs/quite/a/few/more/segments/to/get/there/x}].':
      []
  }
}

const exceptionLines = new Map<string, {name: string; expected: Cited[][]}>()
for (const [name, entries] of Object.entries(exceptions)) {
  for (const [line, expected] of Object.entries(entries)) exceptionLines.set(line, {name, expected})
}

// ---------------------------------------------------------------------------
// Plain text on both sides.

/** Smart punctuation and spaces as pandoc writes them, undone. */
function normalise(value: string): string {
  return value
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/—/g, '---')
    .replace(/–/g, '--')
    .replace(/…/g, '...')
    .replace(/\s+/gu, ' ')
    .trim()
}

/** Plain text of a Markdown fragment as written (markup dropped). */
function plain(markdown: string): string {
  // A leading word keeps the fragment inline (no list or heading).
  return normalise(toString(fromMarkdown('x ' + markdown)).slice(2))
}

interface PandocNode {
  t: string
  c?: unknown
}

interface PandocCitation {
  citationId: string
  citationPrefix: PandocNode[]
  citationSuffix: PandocNode[]
  citationMode: {t: Mode}
}

function isNode(value: unknown): value is PandocNode {
  return typeof value === 'object' && value !== null && 't' in value
}

function pandocText(value: unknown): string {
  if (Array.isArray(value)) return value.map(pandocText).join('')
  if (!isNode(value)) return ''
  const content = value.c
  switch (value.t) {
    case 'Str':
      return String(content)
    case 'Space':
    case 'SoftBreak':
    case 'LineBreak':
      return ' '
    case 'Emph':
    case 'Strong':
    case 'Strikeout':
    case 'Superscript':
    case 'Subscript':
    case 'SmallCaps':
    case 'Underline':
      return pandocText(content)
    case 'Quoted': {
      const [kind, inlines] = content as [PandocNode, unknown]
      const quote = kind.t === 'DoubleQuote' ? '"' : "'"
      return quote + pandocText(inlines) + quote
    }
    case 'Code':
    case 'Math':
    case 'RawInline':
      return String((content as [unknown, string])[1])
    case 'Link':
    case 'Image':
    case 'Span':
    case 'Cite':
      return pandocText((content as [unknown, unknown])[1])
    default:
      return ''
  }
}

/** Every `Cite` under a value, in document order, not looking into cites. */
function pandocCites(value: unknown, found: PandocNode[] = []): PandocNode[] {
  if (Array.isArray(value)) {
    for (const child of value) pandocCites(child, found)
  } else if (isNode(value)) {
    if (value.t === 'Cite') found.push(value)
    else pandocCites(value.c, found)
  }
  return found
}

function fromPandoc(blocks: unknown[]): Cited[][] {
  return pandocCites(blocks).map((cite) =>
    (cite.c as [PandocCitation[], unknown])[0].map((citation) =>
      cited(
        citation.citationId,
        citation.citationMode.t,
        normalise(pandocText(citation.citationPrefix)),
        normalise(pandocText(citation.citationSuffix))
      )
    )
  )
}

const processor = unified().use(remarkParse).use(remarkCitation)

function argmarkCitations(line: string): Citation[] {
  const tree: Root = processor.parse(source(line))
  const found: Citation[] = []
  visit(tree, 'citation', (node) => {
    found.push(node)
  })
  return found
}

function fromArgmark(nodes: Citation[]): Cited[][] {
  return nodes.map((node) =>
    node.items.map((item, index) =>
      cited(
        item.key,
        node.mode === 'in-text' && index === 0
          ? 'AuthorInText'
          : item.suppressAuthor
            ? 'SuppressAuthor'
            : 'NormalCitation',
        plain(item.prefix),
        plain(item.rawSuffix ?? '')
      )
    )
  )
}

/**
 * argmark's locator and suffix put back together match pandoc's suffix: a
 * term of the item's label (or none, for an implicit page), the locator,
 * the suffix; whitespace and a leading comma aside.
 */
function recomposes(item: CitationItem, pandocSuffix: string): boolean {
  const squeeze = (value: string): string => value.replace(/\s+/g, '')
  if (item.locator === undefined) return squeeze(plain(item.suffix)) === squeeze(pandocSuffix)
  const target = squeeze(pandocSuffix).replace(/^,/, '')
  const rest = squeeze(plain(item.locator) + plain(item.suffix))
  const terms = (locatorTerms.find(([label]) => label === item.label)?.[1] ?? []).map(squeeze)
  if (item.label === 'page') terms.push('')
  return terms.some((term) => {
    const lower = target.toLowerCase()
    if (lower.startsWith(term) && target.slice(term.length) === rest) return true
    // Delimited: `{term locator}suffix`.
    return lower.startsWith('{' + term) && target.slice(term.length + 1).replace('}', '') === rest
  })
}

// ---------------------------------------------------------------------------
// pandoc's recorded outputs.

const recorded = new URL('../fixtures/pandoc/citations/', import.meta.url)

interface RecordedSnippet {
  snippet: string
  blocks: unknown[]
}

/** The blocks pandoc gave each snippet, in order; a snippet not recorded fails with what to run. */
function recordedGroups(file: string, groups: RecordedSnippet[], snippets: string[]): unknown[][] {
  const bySnippet = new Map(groups.map((group) => [group.snippet, group.blocks]))
  return snippets.map((snippet) => {
    const blocks = bySnippet.get(snippet)
    if (!blocks) throw new Error('pandoc\'s output for `' + snippet + '` is not recorded in ' + file + ': run `node scripts/pandoc-fixtures.js --write`')
    return blocks
  })
}

const syntax = JSON.parse(readFileSync(new URL('syntax.json', recorded), 'utf8')) as RecordedSnippet[]
const probe = JSON.parse(readFileSync(new URL('locators.json', recorded), 'utf8')) as {keys: string[]; groups: RecordedSnippet[]}

// ---------------------------------------------------------------------------

interface Result {
  line: string
  argmark: Cited[][]
  pandoc: Cited[][]
  nodes: Citation[]
}

describe('citations agree with pandoc', () => {
  let results: Result[] = []

  beforeAll(() => {
    const groups = recordedGroups('syntax.json', syntax, lines.map(source))
    results = lines.map((line, index) => {
      const nodes = argmarkCitations(line)
      return {line, nodes, argmark: fromArgmark(nodes), pandoc: fromPandoc(groups[index] ?? [])}
    })
  })

  it('has a corpus of at least 60 snippets covering every form', () => {
    expect(lines.length).toBeGreaterThanOrEqual(60)
    const all = (test: (result: Result) => boolean): boolean => results.some(test)
    const items = (result: Result): CitationItem[] => result.nodes.flatMap((node) => node.items)
    const forms: Record<string, (result: Result) => boolean> = {
      'bracketed': (r) => r.nodes.some((node) => node.mode === 'bracketed'),
      'several items': (r) => r.nodes.some((node) => node.items.length > 2),
      'prefix': (r) => items(r).some((item) => item.prefix !== ''),
      'page locator': (r) => items(r).some((item) => item.label === 'page'),
      'other locator labels': (r) => items(r).some((item) => item.label !== undefined && item.label !== 'page'),
      'suffix after a locator': (r) => items(r).some((item) => item.locator !== undefined && item.suffix !== ''),
      'suppressed author': (r) => items(r).some((item) => item.suppressAuthor),
      'in-text': (r) => r.nodes.some((node) => node.mode === 'in-text' && node.items.length === 1),
      'in-text with a locator': (r) => r.nodes.some((node) => node.mode === 'in-text' && node.items[0]?.locator !== undefined),
      'braced key': (r) => r.line.includes('@{'),
      'key with internal punctuation': (r) => items(r).some((item) => /[:.#$%&\-+?<>~/]/.test(item.key)),
      'trailing punctuation outside the key': (r) => r.line.includes('@Foo_bar.baz.'),
      'e-mail address': (r) => /\w@\w+\.\w/.test(r.line) && r.nodes.length === 0,
      'empty key': (r) => r.line.includes('[@]'),
      'footnote reference': (r) => r.line.includes('[^1]'),
      'link': (r) => /\[@[^\]]*\]\(/.test(r.line),
      'escaped @': (r) => r.line.includes('\\@')
    }
    for (const [form, test] of Object.entries(forms)) {
      expect(all(test), form).toBe(true)
    }
  })

  it('agrees on keys, prefixes, suffixes, suppress-author and mode, but for named exceptions', () => {
    const disagreements = results.filter((result) => JSON.stringify(result.argmark) !== JSON.stringify(result.pandoc))
    const unexpected = disagreements.filter((result) => !exceptionLines.has(result.line))
    expect(unexpected.map(({line, argmark, pandoc}) => ({line, argmark, pandoc}))).toEqual([])

    const agreeing = results.length - disagreements.length
    console.info(
      `argmark agrees with pandoc 2.17 on ${agreeing} of ${results.length} snippets; ` +
        `${disagreements.length} differ as documented (${Object.keys(exceptions).length} named exceptions)`
    )
  })

  it('differs from pandoc exactly where documented, as documented', () => {
    const documentation = readFileSync(docs, 'utf8')
    for (const [line, {name, expected}] of exceptionLines) {
      const result = results.find((candidate) => candidate.line === line)
      expect(result, `exception line is in the corpus: ${line}`).toBeDefined()
      if (!result) continue
      expect(JSON.stringify(result.argmark) !== JSON.stringify(result.pandoc), `still differs: ${line}`).toBe(true)
      expect(result.argmark, `${name}: ${line}`).toEqual(expected)
      expect(documentation.toLowerCase(), `docs/citations.md explains “${name}”`).toContain(name.toLowerCase())
    }
  })

  it('recomposes locator and suffix into pandoc’s suffix', () => {
    const failures: unknown[] = []
    for (const result of results) {
      if (exceptionLines.has(result.line)) continue
      const items = result.nodes.flatMap((node) => node.items)
      const theirs = result.pandoc.flat()
      items.forEach((item, index) => {
        const suffix = theirs[index]?.suffix ?? ''
        if (!recomposes(item, suffix)) failures.push({line: result.line, item, pandoc: suffix})
      })
    }
    expect(failures).toEqual([])
  })

  it('splits locators from suffixes as pandoc’s citeproc does', () => {
    const checked = results.filter((result) => !exceptionLines.has(result.line))
    const keys = probe.keys
    const groups = recordedGroups('locators.json', probe.groups, checked.map((result) => source(result.line)))

    const labels = new Map<string, string>()
    for (const [label, terms] of locatorTerms) {
      for (const term of terms.slice(0, 2)) labels.set(term, label)
    }
    const dashes = (value: string): string => value.replace(/--|–|—/g, '-')

    const failures: unknown[] = []
    checked.forEach((result, index) => {
      const rendered = pandocCites(groups[index] ?? []).flatMap((cite) =>
        [...pandocText((cite.c as [unknown, unknown])[1]).matchAll(/⟦([^#⟧]*)#([^#⟧]*)#([^⟧]*)⟧/g)].map(
          ([, title, term, locator]) => ({
            key: keys[Number((title ?? '').slice(1))],
            label: term ? labels.get(term) ?? `?${term}` : undefined,
            locator: locator ? dashes(locator) : undefined
          })
        )
      )
      const ours = result.nodes.flatMap((node) =>
        node.items.map((item) => ({
          key: item.key,
          label: item.label,
          locator: item.locator === undefined ? undefined : dashes(plain(item.locator))
        }))
      )
      if (JSON.stringify(ours) !== JSON.stringify(rendered)) failures.push({line: result.line, argmark: ours, pandoc: rendered})
    })
    expect(failures).toEqual([])
  })
})

// The same citations inside argmark's whole syntax, where micromark's own
// constructs run under other names (src/syntax/data-runs.ts): an autolink or
// a character reference in a prefix or suffix is skipped over there too.
const whole = unified().use(remarkParse).use(remarkArgmarkSyntax)

describe('the corpus in argmark\'s whole syntax', () => {
  it.each(lines)('%s', (line) => {
    const found: Citation[] = []
    visit(whole.parse(source(line)), 'citation', (node) => {
      found.push(node)
    })
    expect(fromArgmark(found)).toEqual(fromArgmark(argmarkCitations(line)))
  })
})
