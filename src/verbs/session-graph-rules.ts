import {VFile} from 'vfile'
import {parseDocument} from '../extract/parse.js'
import type {ArgumentGraph} from '../kit/graph.js'
import {runRules} from '../lint/run-rules.js'
import {resolveSources} from '../sources/resolve.js'
import {assembleGraph, directiveTree, documentFrontMatter} from './session-graph.js'
import {moveGraphMessages} from './session-remap.js'
import {fallbackPreset} from './session-settings.js'
import type {SessionState} from './session-state.js'
import {readsWhole} from './session-state.js'

/**
 * The graph rules' messages, put on `file` (a VFile of the whole text):
 * the last check's moved to where their nodes, relations and citations now
 * are when the change left everything they read the same (see
 * `moveGraphMessages`); else from running the graph rules on the graph put
 * together from the segments, with the front matter and the caller's
 * sources. Remembered for the next check (`state.lastGraph`). `lineCount`:
 * the line endings in the text. Whether the messages were moved.
 */
export function graphMessages(state: SessionState, file: VFile, lineCount: number): boolean {
  const {segments, text, lastGraph, change} = state
  const moved = lastGraph && change ? moveGraphMessages(lastGraph, change, text.length, lineCount) : undefined
  if (moved) {
    file.messages = moved
  } else {
    resolvedGraph(state, file)
    const end = {line: lineCount + 1, column: 1, offset: text.length}
    runRules(directiveTree(segments, end), file, state.settings.graph, fallbackPreset)
  }
  state.lastGraph = {length: text.length, lineCount, messages: [...file.messages]}
  return moved !== undefined
}

/**
 * The document's graph as `parse` and `resolveSources` give it for the
 * session's text: put together from the segments (see `assembleGraph`), or
 * read whole when the session checks the document whole (see `readsWhole`), the
 * front matter's and the caller's sources attached. Left on `file` (a VFile
 * of the whole text; a new one when not given, its messages dropped) for the
 * graph rules.
 */
export function resolvedGraph(state: SessionState, file: VFile = new VFile({value: state.text, path: state.path})): ArgumentGraph {
  if (readsWhole(state)) {
    // Checked whole, so its segments were not numbered together: read whole, as `lint` did.
    const parsed = parseDocument(file, state.kit)
    resolveSources(parsed, state.options.sources)
    return parsed.graph
  }
  const frontMatter = documentFrontMatter(state.segments)
  const graph = assembleGraph(state.segments, frontMatter)
  file.data.argmarkGraph = graph
  file.data.argmarkKit = state.kit
  if (frontMatter) file.data.argmarkFrontMatter = frontMatter
  resolveSources({graph, file}, state.options.sources)
  return graph
}
