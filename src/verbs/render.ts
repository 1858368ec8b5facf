import type {Input, ParseResult} from '../extract/parse.js'
import {parseDocument} from '../extract/parse.js'
import {resolveKit} from '../kit/default-kit.js'
import type {RulesConfig} from '../lint/config.js'
import {runRules, settleMessages} from '../lint/run-rules.js'
import type {NotesOptions, RenderFormat} from '../render/render.js'
import {renderDocument, renderers} from '../render/render.js'
import {resolveSources} from '../sources/resolve.js'
import {reportInternalError} from '../util/report.js'
import type {KitOptions, SourcesOptions} from './options.js'

/** Options of `render`. */
export interface RenderOptions extends NotesOptions, KitOptions, SourcesOptions {
  /** Output format, one of `renderers` (default `markdown`: GFM with footnotes). */
  readonly to?: RenderFormat | undefined
  /** Settings per rule id on top of the `core` preset, as `check` takes them. */
  readonly rules?: RulesConfig | undefined
}

/**
 * Render an annotated draft to clean, footnoted prose: annotations removed,
 * citations formatted by a CSL style (notes for note styles, in the text for
 * others) and numbered in one sequence with the author's footnotes. The
 * document is checked as `check` checks it, and its messages are put on the
 * VFile when one is given. Never throws on a document: problems become
 * messages; a `kit` or `sources` option of the wrong type throws a `TypeError`.
 */
export function render(input: Input, options: RenderOptions = {}): string {
  const parsed = parseDocument(input, resolveKit(options.kit))
  return renderParsed(parsed, options)
}

/**
 * Render a document `parse` has already read (its tree is changed in place):
 * its sources resolved with `options.sources`, checked with the `core`
 * preset, then written in the format `options.to` names. Never throws.
 */
export function renderParsed(parsed: ParseResult, options: RenderOptions = {}): string {
  const to = options.to ?? 'markdown'
  if (!Object.hasOwn(renderers, to)) {
    reportInternalError(parsed.file, 'formatting', 'no renderer for `' + String(to) + '`', 'one of ' + Object.keys(renderers).join(', '))
    return ''
  }
  resolveSources(parsed, options.sources)
  const settings = {preset: 'core', rules: options.rules} as const
  runRules(parsed.tree, parsed.file, settings, 'core')
  const start = parsed.file.messages.length
  const text = renderDocument(parsed, to, options)
  // What rendering reports (`citeproc-warning`, `raw-html-dropped`) takes the settings' severities too.
  settleMessages(parsed.file, settings, 'core', start)
  return text
}

