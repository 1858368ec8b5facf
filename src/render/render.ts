import type {Heading, Paragraph, Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ParseResult} from '../extract/parse.js'
import type {CslItem} from '../kit/csl.js'
import {reportInternalError} from '../util/report.js'
import {applyNotes} from './apply.js'
import type {CslEngine} from './csl/engine.js'
import {createEngine} from './csl/engine.js'
import {parseMarked} from './csl/marked.js'
import {formatNotes} from './notes.js'
import {documentSources} from './sources.js'
import {stripAnnotations} from './strip.js'
import {toHtml} from './to-html.js'
import {toMarkdown} from './to-markdown.js'
import {toText} from './to-text.js'

/** What the notes stage takes: the style, locale and what to add. */
export interface NotesOptions {
  /** A CSL style as XML (default: argmark's notes style). */
  readonly style?: string | undefined
  /** A CSL locale as XML (default: en-US). */
  readonly locale?: string | undefined
  /** Append a list of the cited sources. */
  readonly bibliography?: boolean | undefined
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
 * sequence with the author's footnotes. Changes `parsed.tree` in place.
 * A key the sources lack is written `(@key?)` (the rule
 * `unknown-citation-key` reports it).
 */
export function renderTree(parsed: Pick<ParseResult, 'tree' | 'graph' | 'file'>, options: NotesOptions = {}): Root {
  const {tree, graph, file} = parsed
  const sources = documentSources(graph)
  const cited = graph.citations.flatMap((citation) => citation.items.map((item) => item.key))
  const engine = engineFor(file, [...sources.values()], cited, options)

  stripAnnotations(tree, {dataAttributes: options.dataAttributes})
  applyNotes(tree, formatNotes(tree, file, engine, sources))
  if (options.bibliography) appendBibliography(tree, engine)
  return tree
}

/**
 * Render a checked document (sources resolved) in one of `renderers`: the
 * notes stage, then the writer. Never throws: a failure is an
 * `internal-error` message on the file and the output is `''`.
 */
export function renderDocument(
  parsed: Pick<ParseResult, 'tree' | 'graph' | 'file'>,
  to: RenderFormat,
  options: NotesOptions = {}
): string {
  try {
    // Data attributes exist only in HTML.
    const notes = {...options, dataAttributes: to === 'html' && options.dataAttributes === true}
    return renderers[to](renderTree(parsed, notes), notes)
  } catch (error) {
    reportInternalError(parsed.file, 'formatting', error, 'a document that renders')
    return ''
  }
}

function engineFor(file: VFile, items: CslItem[], cited: string[], options: NotesOptions): CslEngine {
  const {engine, error} = createEngine(items, cited, options.style, options.locale)
  if (error !== undefined) {
    reportInternalError(file, 'formatting', error, 'a valid CSL style and locale (the default style was used)')
  }
  return engine
}

function appendBibliography(tree: Root, engine: CslEngine): void {
  const entries = engine.bibliography()
  if (entries.length === 0) return
  const heading: Heading = {
    type: 'heading',
    depth: 2,
    children: [{type: 'text', value: engine.kind === 'note' ? 'Bibliography' : 'References'}]
  }
  const paragraphs: Paragraph[] = entries.map((entry) => ({type: 'paragraph', children: parseMarked(entry)}))
  // Before the notes, which stay last.
  const notesAt = tree.children.findIndex((child) => child.type === 'footnoteDefinition')
  tree.children.splice(notesAt === -1 ? tree.children.length : notesAt, 0, heading, ...paragraphs)
}
