import type {Heading, Paragraph, Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Input, ParseResult} from '../extract/parse.js'
import {parse, toFile} from '../extract/parse.js'
import {defaultKit} from '../kit/default-kit.js'
import type {AnyKit} from '../kit/define-kit.js'
import type {CslItem} from '../sources/csl.js'
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

/** Options of `render`. */
export interface RenderOptions {
  /** Output format (default `markdown`: GFM with footnotes). */
  readonly to?: 'markdown' | 'html' | 'text' | undefined
  /** A CSL style as XML (default: argmark's notes style). */
  readonly style?: string | undefined
  /** A CSL locale as XML (default: en-US). */
  readonly locale?: string | undefined
  /** Sources besides the document's own `references` (e.g. a loaded bibliography). */
  readonly sources?: readonly CslItem[] | undefined
  /** Append a list of the cited sources. */
  readonly bibliography?: boolean | undefined
  /** HTML: keep `data-argmark-kind` and `data-argmark-id` on annotated text. */
  readonly dataAttributes?: boolean | undefined
  /** The vocabulary to read the document with (default: `defaultKit`). */
  readonly kit?: AnyKit | undefined
}

/**
 * Render an annotated draft to clean, footnoted prose: annotations removed,
 * citations formatted by a CSL style (notes for note styles, in the text for
 * others) and numbered in one sequence with the author's footnotes. Never
 * throws: problems become messages (on the VFile, when one is given).
 */
export function render(input: Input, options: RenderOptions = {}): string {
  const file = toFile(input)
  let parsed: ParseResult
  try {
    parsed = parse(file, {kit: options.kit ?? defaultKit, sources: options.sources})
  } catch (error) {
    reportInternalError(file, 'parsing', error, 'a document that parses')
    return ''
  }
  return renderParsed(parsed, options)
}

/**
 * Render a document `parse` has already read (its tree is changed in place).
 * Never throws.
 */
export function renderParsed(parsed: ParseResult, options: RenderOptions = {}): string {
  const to = options.to ?? 'markdown'
  try {
    // Data attributes exist only in HTML.
    const tree = renderTree(parsed, {...options, dataAttributes: to === 'html' && options.dataAttributes === true})
    return to === 'html' ? toHtml(tree, options.dataAttributes === true) : to === 'text' ? toText(tree) : toMarkdown(tree)
  } catch (error) {
    reportInternalError(parsed.file, 'formatting', error, 'a document that renders')
    return ''
  }
}

/**
 * The rendered document as an mdast tree (notes as GFM footnotes), for
 * pipelines that write it themselves. Changes `parsed.tree` in place.
 */
export function renderTree(parsed: ParseResult, options: RenderOptions = {}): Root {
  const {tree, graph, file} = parsed
  const sources = documentSources(graph, options.sources)
  const cited = graph.citations.flatMap((citation) => citation.items.map((item) => item.key))
  const engine = engineFor(file, [...sources.values()], cited, options)

  stripAnnotations(tree, {dataAttributes: options.dataAttributes})
  applyNotes(tree, formatNotes(tree, file, engine, sources))
  if (options.bibliography) appendBibliography(tree, engine)
  return tree
}

function engineFor(file: VFile, items: CslItem[], cited: string[], options: RenderOptions): CslEngine {
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
