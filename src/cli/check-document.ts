import type {VFile} from 'vfile'
import {checkGraph} from '../check/check-graph.js'
import {applyCommentControls, sortMessages} from '../check/check.js'
import type {ParseResult} from '../extract/parse.js'
import {parse} from '../extract/parse.js'
import {defaultKit} from '../kit/default-kit.js'
import {loadDocumentSources} from './sources.js'

/** A draft checked as `check` checks it, with its sources read from disk. */
export interface CheckedDocument extends ParseResult<typeof defaultKit> {
  /** The bibliographies the draft names, each with its own messages. */
  bibliographies: VFile[]
}

/**
 * Parse a draft, load its bibliography relative to it, and check it (control
 * comments honoured, messages sorted): what `argmark check` and `argmark
 * export` both do before they print.
 */
export async function checkDocument(file: VFile): Promise<CheckedDocument> {
  const parsed = parse(file, {kit: defaultKit})
  const sources = await loadDocumentSources(file, parsed.graph.meta)
  parsed.graph.sources = sources.items
  checkGraph(parsed.graph, file, defaultKit, {sourcesLoaded: true})
  applyCommentControls(parsed.tree, file)
  file.messages = sortMessages(file.messages)
  return {...parsed, bibliographies: sources.files}
}
