import type {RootContent} from 'mdast'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {shiftNodes} from '../extract/block-parse.js'
import {countLines} from '../extract/blocks.js'
import type {AnyKit} from '../kit/define-kit.js'
import {catalogFor} from '../lint/catalog.js'
import {argmarkControl} from '../util/comment-control.js'
import {sourceText} from '../util/source-text.js'
import type {SessionSegment} from './session-segment.js'

/**
 * Honour the document's control comments as `lint` does. remark-message-
 * control reads the comments, the node after each (for `ignore`) and the
 * gaps nodes without a position leave: the segments that hold comments are
 * moved into place and given to it with the first node after each (the
 * whole tree when a node has no position), then moved back.
 */
export function applyControls(segments: readonly SessionSegment[], file: VFile, kit: AnyKit, whole: boolean): void {
  const catalog = catalogFor(kit)
  const known = [...catalog.entries.values()].filter((entry) => entry.configurable).map((entry) => entry.id)
  const moved: Array<{nodes: RootContent[]; lines: number; offset: number}> = []
  const children: RootContent[] = []
  segments.forEach((segment, index) => {
    if (!whole && !segment.hasControl) return
    const lines = segment.line - 1
    const offset = segment.start
    moved.push({nodes: segment.tree.children, lines, offset})
    children.push(...segment.tree.children)
    const after = segments[index + 1]
    const next = after?.tree.children[0]
    if (!whole && after && next && !after.hasControl) {
      moved.push({nodes: [next], lines: after.line - 1, offset: after.start})
      children.push(next)
    }
  })
  for (const {nodes, lines, offset} of moved) shiftNodes(nodes, lines, offset)
  try {
    const text = sourceText(file)
    const end = {line: countLines(text, 0, text.length) + 1, column: 1, offset: text.length}
    const before = file.messages.length
    argmarkControl({known, sources: catalog.sources})({type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}, file)
    dropRepeats(file, before)
  } finally {
    for (const {nodes, lines, offset} of moved) shiftNodes(nodes, -lines, -offset)
  }
}

/**
 * Drop what the control added (from index `start`) that a segment's own run already said: an
 * id no rule has is reported when the segment's rules run, and would be again here.
 */
function dropRepeats(file: VFile, start: number): void {
  if (file.messages.length <= start) return
  const said = new Set(file.messages.slice(0, start).map(messageKey))
  file.messages = [...file.messages.slice(0, start), ...file.messages.slice(start).filter((message) => !said.has(messageKey(message)))]
}

function messageKey(message: VFileMessage): string {
  return [message.ruleId, message.source, message.line, message.column, message.reason].join('\u0000')
}
