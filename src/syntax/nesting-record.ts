import type {NestingKind} from './nesting-limits.js'

// What the nesting guard's passes find: the characters to mask, and the first place beyond each limit.

export interface Mask {
  offset: number
  char: string
  /** A character read as text that is no problem (see `textColons`): not in `masked`, not reported. */
  quiet?: boolean
}

export interface Recorder {
  masks: Mask[]
  problems: Map<NestingKind, {depth: number; offset: number; count: number}>
}

/** Mask the character at `offset` and count it towards the problem of `kind`. */
export function note(recorder: Recorder, kind: NestingKind, depth: number, offset: number, char: string, count = 1): void {
  recorder.masks.push({offset, char})
  const problem = recorder.problems.get(kind)
  if (!problem) {
    recorder.problems.set(kind, {depth, offset, count})
    return
  }
  problem.count += count
  // Brackets are found as they close, inner first: report the first in the document.
  if (offset < problem.offset) {
    problem.offset = offset
    problem.depth = depth
  }
}
