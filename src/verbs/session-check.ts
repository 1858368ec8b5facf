import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {countLines} from '../extract/blocks.js'
import {sortMessages} from '../util/sort-messages.js'
import {lint} from './lint.js'
import {applyControls} from './session-controls.js'
import {footnoteMessages} from './session-footnotes.js'
import {graphMessages} from './session-graph-rules.js'
import {isSettingsProblem, placedMessages} from './session-place.js'
import {checkProse} from './session-prose.js'
import type {SessionState} from './session-state.js'
import {readsWhole, updateTally} from './session-state.js'

/**
 * Check the session's document as `lint` does, after `replaceText`: the
 * prose rules of the segments that may read something else now (see
 * `checkProse`), the graph rules (see `graphMessages`), the footnote rules
 * (see `footnoteMessages`), then the control comments (see
 * `applyControls`); the messages sorted by place. A document whose blocks
 * cannot be checked apart (a kit with rules of its own, which may read
 * anything; a definition inside a container directive) is linted whole
 * (`whole`). `graphRules`: whether the graph rules ran (`'all'`) or their
 * last messages were moved (`'none'`).
 */
export function checkSession(state: SessionState): {messages: VFileMessage[]; whole: boolean; graphRules: 'all' | 'none'} {
  const {kit, path, segments, tally} = state
  updateTally(tally, segments, state.change)
  if (readsWhole(state)) {
    state.change = undefined
    return {messages: lint(new VFile({value: state.text, path}), {...state.options, kit}), whole: true, graphRules: 'all'}
  }
  checkProse(state)
  const text = state.text
  const file = new VFile({value: text, path})
  // Line endings in the text: the segments cover it, so those before the last and in it.
  const lastSegment = segments[segments.length - 1]
  const lineCount = lastSegment ? lastSegment.line - 1 + countLines(lastSegment.text, 0, lastSegment.text.length) : 0
  // Graph rules run again only when the graph changed more than where its
  // parts are (see `moveGraphMessages`).
  const moved = graphMessages(state, file, lineCount)
  state.change = {index: 0, removed: [], added: []}
  // Settings that cannot be used are reported by every run of the rules:
  // once is enough, where `lint` reports them.
  const settingsProblems = new Set<string>()
  for (const message of file.messages) if (isSettingsProblem(message)) settingsProblems.add(message.reason)
  const placed = placedMessages(state.placements, segments, settingsProblems)
  file.messages = [...placed.reading, ...file.messages, ...footnoteMessages(state, lineCount), ...placed.prose]
  if (tally.control > 0) applyControls(segments, file, kit, tally.unplaced > 0)
  return {messages: sortMessages(file.messages), whole: false, graphRules: moved ? 'none' : 'all'}
}
