import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {runRules} from '../lint/run-rules.js'
import {footnoteTree} from './session-graph.js'
import {fallbackPreset, footnoteRules} from './session-settings.js'
import type {SessionState} from './session-state.js'

/**
 * The footnote rules' messages: document-wide (a reference anywhere uses a
 * definition), from every segment's footnote skeleton, run on each check
 * (linear in the footnotes, not in the text). `lineCount`: the line
 * endings in the text.
 */
export function footnoteMessages(state: SessionState, lineCount: number): VFileMessage[] {
  if (state.tally.notes === 0) return []
  const {text, path, kit} = state
  const file = new VFile({value: text, path})
  file.data.argmarkGraph = {nodes: [], relations: [], citations: [], sources: [], meta: {}}
  file.data.argmarkKit = kit
  runRules(footnoteTree(state.segments, {line: lineCount + 1, column: 1, offset: text.length}), file, state.settings.notes, fallbackPreset)
  return file.messages.filter((message) => message.ruleId !== undefined && footnoteRules.has(message.ruleId))
}
