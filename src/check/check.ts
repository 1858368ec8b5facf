import type {VFileMessage} from 'vfile-message'
import {defaultKit} from '../kit/default-kit.js'
import type {ArgmarkOptions} from '../extract/plugin.js'
import type {Input} from '../extract/parse.js'
import {parse} from '../extract/parse.js'
import {checkGraph} from './check-graph.js'

/**
 * Parse and validate a document: every message parsing raised (malformed
 * directives, unknown or invalid attributes, front matter) and every graph
 * error (duplicate ids, unknown references, relations the kit does not allow,
 * cycles, citation keys, uncited sources, quotations without a locator), in
 * document order. Never throws.
 */
export function check(input: Input, options?: ArgmarkOptions): VFileMessage[] {
  const kit = options?.kit ?? defaultKit
  const {graph, file} = parse(input, {kit, sources: options?.sources})
  checkGraph(graph, file, kit, {sourcesLoaded: options?.sources !== undefined})
  return sortMessages(file.messages)
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
