// The adapter between the worker and argmark: the one module that calls the
// library. Messages come from an incremental session (`createSession`), which
// re-reads only the blocks an edit touches; the views from `render`, `parse`
// and `exportGraph`.
import type {VFileMessage} from 'vfile-message'
import {createSession, exportGraph, parse, render} from '../../src/index.js'
import type {LoadedSources, Session} from '../../src/index.js'
import {loadSources} from '../../src/sources/index.js'
import type {BibliographyFormat, CheckRequest, LintMessage} from './protocol.js'

const extensions: Record<BibliographyFormat, string> = {'bibtex': 'bib', 'csl-json': 'json', 'csl-yaml': 'yaml'}

let cached: {key: string; sources: Promise<LoadedSources>} | undefined
let session: {preset: CheckRequest['preset']; sources: LoadedSources; session: Session} | undefined

/** The bibliography pane's sources, read once per text and format. */
export function sourcesOf(request: Pick<CheckRequest, 'bibliography' | 'format'>): Promise<LoadedSources> {
  const key = request.format + '\n' + request.bibliography
  if (cached?.key !== key) {
    // The draft names its bibliography in the front matter; the pane is the
    // one the page has, whatever name the draft gives it.
    const path = 'bibliography.' + extensions[request.format]
    cached = {key, sources: loadSources({bibliography: path}, async () => request.bibliography)}
  }
  return cached.sources
}

/**
 * The draft's lint messages with the request's preset, sorted by place, then
 * what reading the bibliography reported. A promise, as an incremental
 * session's `update` gives them.
 */
export async function lintMessages(request: CheckRequest, sources: LoadedSources): Promise<LintMessage[]> {
  // A session holds its preset and sources: a new one when either changes.
  if (session?.preset !== request.preset || session.sources !== sources) {
    session = {preset: request.preset, sources, session: createSession({preset: request.preset, sources})}
  }
  const draft = await session.session.update(request.text)
  return [
    ...draft.map((message) => toLintMessage(message, 'draft', request.text.length)),
    ...sources.messages.map((message) => toLintMessage(message, 'bibliography', request.bibliography.length))
  ]
}

/** The rendered footnoted prose as HTML (sanitized by argmark's rehype-sanitize schema). */
export function renderHtml(request: CheckRequest, sources: LoadedSources): string {
  return render(request.text, {sources, to: 'html', style: request.style, bibliography: true})
}

/** The argument graph as JSON and as an SVG map. */
export function graphViews(request: CheckRequest): {json: string; svg: Promise<string>} {
  const {graph} = parse(request.text)
  return {json: exportGraph(graph, 'json'), svg: exportGraph(graph, 'svg')}
}

function toLintMessage(message: VFileMessage, file: LintMessage['file'], length: number): LintMessage {
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  const from = Math.min(start?.offset ?? 0, length)
  const to = Math.max(from, Math.min(end?.offset ?? from, length))
  return {
    file,
    from,
    to,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    reason: message.reason,
    ruleId: message.ruleId,
    url: message.url,
    expected: message.expected ?? []
  }
}
