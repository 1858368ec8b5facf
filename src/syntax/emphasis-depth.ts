import {attention} from 'micromark-core-commonmark'
import type {Construct, Event, Extension, Resolver, Token, TokenizeContext} from 'micromark-util-types'
import {nestingLimits} from './nesting-limits.js'

declare module 'mdast' {
  interface RootData {
    /** The first emphasis sequence a parse read as text beyond each limit (see `emphasisDepth`); `parseWithinLimits` reports and removes them. */
    argmarkEmphasisDepth?: readonly EmphasisDepthProblem[]
  }
}

/** The first emphasis sequence a parse read as text beyond a limit. */
export interface EmphasisDepthProblem {
  /**
   * Which limit: open marker characters (`emphasisDepth`), emphasis
   * sequences (`emphasisSequences`) or strikethrough pairs
   * (`strikethroughPairs`: see ./strikethrough-limit.ts) in one run of text.
   */
  readonly kind: 'emphasisDepth' | 'emphasisSequences' | 'strikethroughPairs'
  /** The open marker characters there, with it, or the sequence's or pair's number in its run of text (1-based). */
  readonly depth: number
  /** Where: a 0-based offset (UTF-16 code units) in what was parsed, as micromark counts it (a leading byte order mark not counted). */
  readonly offset: number
  /** How many marker characters were read as text. */
  readonly count: number
}

interface Found {
  kind: EmphasisDepthProblem['kind']
  depth: number
  offset: number
  count: number
}

// The problems of the parse under way, by kind (see `readEmphasisDepth`); `null` when none is being read.
let current: Map<EmphasisDepthProblem['kind'], Found> | null = null

/**
 * Run `parse` (a synchronous parse with `emphasisDepth` among its
 * extensions) and give what it returns with the first emphasis sequence it
 * read as text beyond each limit (none: an empty list). Never throws beyond
 * what `parse` throws.
 */
export function readEmphasisDepth<T>(parse: () => T): [T, EmphasisDepthProblem[]] {
  const saved = current
  const state = new Map<EmphasisDepthProblem['kind'], Found>()
  current = state
  try {
    return [parse(), [...state.values()]]
  } finally {
    current = saved
  }
}

/**
 * Note that `token`, a marker sequence, was read as text beyond the limit
 * `kind` (`at`: its depth or its number in its run of text, 1-based), for the
 * parse `readEmphasisDepth` runs (none: nothing is noted).
 */
export function recordMasked(kind: EmphasisDepthProblem['kind'], token: Token, at: number): void {
  if (!current) return
  const size = token.end.offset - token.start.offset
  const problem = current.get(kind)
  if (!problem) {
    current.set(kind, {kind, depth: at, offset: token.start.offset, count: size})
    return
  }
  problem.count += size
  if (token.start.offset < problem.offset) {
    problem.offset = token.start.offset
    problem.depth = at
  }
}

/**
 * A micromark extension that limits emphasis nested across runs
 * (`*a _b *c …`, `***…`) to `nestingLimits.emphasisDepth` open marker
 * characters per run of text (paragraph, heading, table cell): micromark
 * matches each closer by walking back over the text, so nesting n deep costs
 * about n × n. It takes micromark's own place for `*` and `_` (the same
 * tokenizer, listed where micromark lists it: after the constructs that take
 * `_` first, such as GFM's email autolinks), so it sees exactly the
 * sequences micromark would match: none in code (fenced, indented, spans),
 * HTML, autolinks, link destinations, directive attributes or escapes.
 * Before micromark matches them, one pass over the sequences with a
 * simplified delimiter stack (no rule of three; a closer closes the nearest
 * opener of its character and drops the ones above it) reads as text each
 * opener that would take the open marker characters past the limit, and each
 * closer that meets one. Each stack entry is popped at most once: linear.
 * micromark also splices the text's events once per matched pair, and walks
 * back over the whole text for each closer without an opener (sequences ×
 * events): the sequences of a run of text after its first
 * `nestingLimits.emphasisSequences` are read as text too.
 */
export function emphasisDepth(): Extension {
  const construct: Construct = {
    name: 'argmarkAttention',
    add: 'after',
    tokenize: attention.tokenize,
    resolveAll: limitThenResolve
  }
  return {disable: {null: ['attention']}, text: {42: construct, 95: construct}}
}

const resolveAttention = attention.resolveAll as Resolver

/** An emphasis opener waiting for its closer: its marker, the characters not yet matched, and whether it is read as text. */
interface Opener {
  readonly char: number
  size: number
  readonly masked: boolean
}

function limitThenResolve(events: Event[], context: TokenizeContext): Event[] {
  limitDepth(events, context)
  return resolveAttention(events, context)
}

/** Read as text (`data`) the attention sequences of one run of text nested beyond the limit, in place. */
function limitDepth(events: readonly Event[], context: TokenizeContext): void {
  const limit = nestingLimits.emphasisDepth
  const stack: Opener[] = []
  // Open marker characters, and open openers of each character.
  let depth = 0
  const counts = new Map<number, number>([
    [42, 0],
    [95, 0]
  ])
  const mask = (token: Token, at: number): void => {
    token.type = 'data'
    recordMasked('emphasisDepth', token, at)
  }
  let sequences = 0
  for (const [kind, token] of events) {
    if (kind !== 'enter' || token.type !== 'attentionSequence') continue
    sequences++
    if (sequences > nestingLimits.emphasisSequences) {
      token.type = 'data'
      recordMasked('emphasisSequences', token, sequences)
      continue
    }
    const char = context.sliceSerialize(token).charCodeAt(0)
    let size = token.end.offset - token.start.offset
    let maskedCloser = false
    if (token._close) {
      while (size > 0 && counts.get(char)! > 0) {
        const top = stack.at(-1)!
        if (top.char !== char) {
          stack.pop()
          depth -= top.size
          counts.set(top.char, counts.get(top.char)! - 1)
          continue
        }
        if (top.masked) maskedCloser = true
        const used = Math.min(size, top.size)
        size -= used
        top.size -= used
        depth -= used
        if (top.size === 0) {
          stack.pop()
          counts.set(char, counts.get(char)! - 1)
        }
      }
      if (maskedCloser) {
        mask(token, depth + 1)
        continue
      }
    }
    if (token._open && size > 0) {
      const masked = depth + size > limit
      if (masked) mask(token, depth + size)
      stack.push({char, size, masked})
      depth += size
      counts.set(char, counts.get(char)! + 1)
    }
  }
}
