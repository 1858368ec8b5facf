import type {Literal, Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ParseResult} from '../extract/parse.js'
import type {CslItem} from '../kit/csl.js'
import {withLineEndings} from '../util/line-endings.js'
import {report, reportInternalError} from '../util/report.js'
import {walk} from '../util/walk.js'
import {applyNotes} from './apply.js'
import type {CslEngine} from './csl/engine.js'
import type {LocaleSource} from './csl/locale-source.js'
import {createEngine} from './csl/engine.js'
import {bibliographyOptions, placeBibliography} from './bibliography.js'
import type {BibliographyOptions} from './bibliography.js'
import {reportEngineProblems, reportStyleError} from './engine-messages.js'
import {formatNotes} from './notes.js'
import {headingIdentifiers} from './heading-ids.js'
import {smartPunctuation, smartString} from '../util/smart.js'
import {documentSources} from './sources.js'
import {htmlDocument, plainField, prependTitleBlock, titleBlock} from './standalone.js'
import {abstractBlock, abstractTitle} from './abstract.js'
import {stripAnnotations} from './strip.js'
import {groupFencedDivs} from '../syntax/fenced-divs.js'
import {reportDroppedHtml} from './raw-html.js'
import {toHtml} from './to-html.js'
import {toMarkdown} from './to-markdown.js'
import {toText} from './to-text.js'

/** What the notes stage takes: the style, locale and what to add. */
export interface NotesOptions {
  /** A CSL style as XML (default: argmark's notes style). */
  readonly style?: string | undefined
  /** A CSL locale as XML for every language (default: en-US, or the one of `locales` that `lang` names). */
  readonly locale?: string | undefined
  /**
   * CSL locales as XML by language (`{'fr-FR': xml}`), or a function of the
   * language (`fr-FR`) returning one or `undefined`: the document's `lang`
   * (this option, else the front matter's), else the style's
   * `default-locale`, picks one, as pandoc picks its built-in locales.
   */
  readonly locales?: LocaleSource | undefined
  /** The document's language (BCP 47, `fr-FR`); default: the front matter's `lang`, else en-US. */
  readonly lang?: string | undefined
  /**
   * Append a list of the cited sources (and those `nocite` names) at the end
   * of the text. A document with an empty `::: {#refs}` div gets the list
   * there even without this option; the front matter's
   * `suppress-bibliography: true` leaves it out in both cases.
   */
  readonly bibliography?: boolean | undefined
  /**
   * A level-1 heading over the bibliography (pandoc's `reference-section-title`);
   * default: the front matter's `reference-section-title`, else none (as pandoc).
   */
  readonly referenceSectionTitle?: string | undefined
  /**
   * Smart punctuation as pandoc's `smart` extension (default `true`, or the
   * front matter's `smart`): curly quotes and apostrophes, `--` → –,
   * `---` → —, `...` → …, in the prose, the notes, prefixes, suffixes and
   * locators.
   */
  readonly smart?: boolean | undefined
  /**
   * A whole document: the front matter's title, author and date as a title
   * block (a heading and a byline), and for HTML a full page with `<title>`
   * and `lang`.
   */
  readonly standalone?: boolean | undefined
  /** HTML: keep `data-argmark-kind` and `data-argmark-id` on annotated text. */
  readonly dataAttributes?: boolean | undefined
}

/** Writes the rendered tree in one format. */
export type Renderer = (tree: Root, options: NotesOptions) => string

/**
 * The formats `render` writes, by name: Markdown with GFM footnotes (as
 * pandoc's `gfm` writer), sanitized HTML, and plain text (as pandoc's
 * `plain`). A new format is one entry here (and one `to-*.ts` beside it).
 */
export const renderers = {
  markdown: (tree) => toMarkdown(tree),
  html: (tree, options) => toHtml(tree, options.dataAttributes === true),
  text: (tree) => toText(tree)
} as const satisfies Record<string, Renderer>

/** A format `render` writes. */
export type RenderFormat = keyof typeof renderers

/**
 * The rendered document as an mdast tree (notes as GFM footnotes), for
 * pipelines that write it themselves: annotations removed, citations
 * formatted with the graph's sources (see `resolveSources`) by a CSL style,
 * as notes for note styles and in the text for others, numbered in one
 * sequence with the author's footnotes; headings get pandoc's identifiers
 * (`data.hProperties.id`, see `headingIdentifiers`). Changes `parsed.tree` in place.
 * A key the sources lack is written `**key?**` between its cite's prefix and
 * suffix, as pandoc writes it (the rule `unknown-citation-key` reports it). `format` is the writer the tree is for
 * (default `markdown`): for `html` with `standalone`, the front matter's
 * abstract follows the title block as pandoc's HTML writes it (`<div
 * class="abstract">`, see `abstractBlock`), its citations first.
 */
export function renderTree(parsed: Pick<ParseResult, 'tree' | 'graph' | 'file'>, options: NotesOptions = {}, format: RenderFormat = 'markdown'): Root {
  const {tree, graph, file} = parsed
  unixLineEndings(tree)
  const sources = documentSources(graph)
  const cited = graph.citations.flatMap((citation) => citation.items.map((item) => item.key))
  const meta = graph.meta as Record<string, unknown>
  const lang = options.lang ?? (typeof meta.lang === 'string' ? meta.lang : undefined)
  const bibliography = bibliographyOptions(meta, options)
  const engine = engineFor(file, [...sources.values()], cited, {...options, lang}, bibliography)
  const smart = options.smart ?? meta.smart !== false

  // pandoc's standalone HTML writes the abstract in the page's header, after the title block; its plain text and Markdown do not.
  const abstract = options.standalone && format === 'html' ? abstractBlock(file, abstractTitle(lang, meta['abstract-title'])) : undefined
  if (abstract) tree.children.unshift(abstract)
  stripAnnotations(tree, {dataAttributes: options.dataAttributes})
  groupFencedDivs(tree)
  const titled = options.standalone ? prependTitleBlock(tree, titleBlock(graph.meta)) : 0
  if (smart) smartPunctuation(tree)
  // The title block's heading has no identifier and takes none, as in pandoc.
  headingIdentifiers(tree, titled)
  applyNotes(tree, formatNotes(tree, file, engine, sources, {smart}), {
    notesAfterPunctuation: bibliography.notesAfterPunctuation,
    superscriptAfterPunctuation: bibliography.superscriptAfterPunctuation
  })
  placeBibliography(tree, engine, bibliography, options.bibliography === true)
  reportEngineProblems(file, engine, options.style)
  return tree
}

/**
 * Every `value` in the tree (text, code, HTML) with its line endings as `\n`:
 * mdast keeps `\r\n` and `\r` as written, and the writers break lines at
 * `\n` alone (the text writer indents a quotation's lines by them).
 */
function unixLineEndings(tree: Root): void {
  walk(tree, (node) => {
    const literal = node as Partial<Literal>
    if (typeof literal.value === 'string' && literal.value.includes('\r')) literal.value = withLineEndings(literal.value)
  })
}

/**
 * Render a checked document (sources resolved) in one of `renderers`: the
 * notes stage, then the writer. Lines end in `\n` whatever the input's
 * endings (`\r\n` inside text and code too), as pandoc writes them. Never
 * throws: a failure is an `internal-error` message on the file and the output
 * is `''`.
 */
export function renderDocument(
  parsed: Pick<ParseResult, 'tree' | 'graph' | 'file'>,
  to: RenderFormat,
  options: NotesOptions = {}
): string {
  try {
    // Data attributes exist only in HTML.
    const notes = {...options, dataAttributes: to === 'html' && options.dataAttributes === true}
    if (to === 'html' || to === 'text') reportDroppedHtml(parsed.tree, parsed.file, to)
    // Again on the output: a citation's affixes and the front matter's title reach it as strings.
    const output = withLineEndings(renderers[to](renderTree(parsed, notes, to), notes))
    if (to !== 'html' || !options.standalone) return output
    const block = titleBlock(parsed.graph.meta)
    // The title as the page shows it: with smart punctuation when the text has it.
    const smart = options.smart ?? (parsed.graph.meta as Record<string, unknown>).smart !== false
    const plain = block.title === undefined ? undefined : plainField(block.title)
    const title = smart && plain !== undefined ? smartString(plain) : plain
    return htmlDocument(output, {...block, title, lang: options.lang ?? block.lang})
  } catch (error) {
    reportInternalError(parsed.file, 'formatting', error, 'a document that renders')
    return ''
  }
}

function engineFor(file: VFile, items: CslItem[], cited: string[], options: NotesOptions, bibliography: BibliographyOptions): CslEngine {
  const locale = options.locale
  const {engine, error} = createEngine(items, cited, options.style, locale, {
    lang: options.lang,
    locales: options.locales,
    linkCitations: bibliography.linkCitations,
    linkBibliography: bibliography.linkBibliography,
    nocite: bibliography.nocite
  })
  if (error !== undefined) reportStyleError(file, error, options.style, locale !== undefined || options.locales !== undefined)
  return engine
}

