import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {defaultKit} from '../kit/default-kit.js'
import type {ArgmarkOptions} from '../extract/plugin.js'
import type {Input} from '../extract/parse.js'
import {parse} from '../extract/parse.js'
import {argmarkControl} from '../util/comment-control.js'
import {checkGraph} from './check-graph.js'
import {coreRuleIds} from './rule-ids.js'

/**
 * Parse and validate a document: every message parsing raised (malformed
 * directives, unknown or invalid attributes, front matter) and every graph
 * error (duplicate ids, unknown references, relations the kit does not allow,
 * cycles, citation keys, uncited sources, quotations without a locator), in
 * document order, minus what the document's control comments turn off.
 * Never throws.
 */
export function check(input: Input, options?: ArgmarkOptions): VFileMessage[] {
  const kit = options?.kit ?? defaultKit
  const {graph, tree, file} = parse(input, {kit, sources: options?.sources})
  checkGraph(graph, file, kit, {sourcesLoaded: options?.sources !== undefined})
  applyCommentControls(tree, file)
  return sortMessages(file.messages)
}

/**
 * Honour the document's control comments (`<!-- argmark-ignore rule-id -->`,
 * `-disable`, `-enable`) for the messages parse and check reported. A comment
 * may name lint rules too: `check` leaves those to `lint`.
 */
export function applyCommentControls(tree: Root, file: VFile): void {
  argmarkControl({all: coreRuleIds})(tree, file)
}

/** Messages by line, then column; messages without a place last. */
export function sortMessages(messages: readonly VFileMessage[]): VFileMessage[] {
  return [...messages].sort((a, b) => {
    const lineA = a.line ?? Number.POSITIVE_INFINITY
    const lineB = b.line ?? Number.POSITIVE_INFINITY
    if (lineA !== lineB) return lineA - lineB
    return (a.column ?? 0) - (b.column ?? 0)
  })
}
