import {codes} from 'micromark-util-symbol'
import type {Construct, Event, Extension, Resolver, Token, TokenizeContext} from 'micromark-util-types'
import {recordMasked} from './emphasis-depth.js'
import {gfmConstruct} from './gfm-construct.js'
import {nestingLimits} from './nesting-limits.js'

/**
 * GFM's options as argmark reads it: no single-tilde strikethrough, since
 * `~x~` is pandoc's subscript (./scripts/syntax.ts) and only `~~x~~` strikes
 * out, as in pandoc.
 */
export const gfmOptions = {singleTilde: false} as const

/** The name of micromark-extension-gfm-strikethrough's construct this one stands for. */
const replaced = 'strikethrough'

/**
 * GFM's strikethrough (`~~a~~`), matched in one pass. micromark-extension-gfm-
 * strikethrough walks back over the whole run of text from each closing
 * sequence to find its opener, so closers without one (`a~~ ` 20,000 times,
 * 80 KB) cost closers × events: 5.7 s a parse, 47 s at twice the size
 * (docs/security.md). Its tokenizer and its resolver are kept; before the resolver runs,
 * one pass pairs the sequences as it would (a closer takes the nearest opener
 * of its size still open: a stack per size) and reads as text each sequence
 * it would leave unpaired, which it reads as text at its end anyway, so the
 * tree is the same and each walk back ends at its own opener. The resolver
 * still splices the run's events once per pair: the pairs of a run of text
 * after its first `nestingLimits.strikethroughPairs` are read as text, and
 * reported as `nesting-too-deep` (as `emphasisDepth` does for emphasis).
 * Add after GFM's extension (`gfm(gfmOptions)`): it turns GFM's construct
 * off.
 */
export function strikethroughLimit(): Extension {
  const original = gfmConstruct(codes.tilde, replaced, gfmOptions)
  const resolve = original.resolveAll as Resolver
  const construct: Construct = {
    ...original,
    name: 'argmarkStrikethrough',
    resolveAll: (events, context) => resolve(pairInOnePass(events), context)
  }
  return {disable: {null: [replaced]}, text: {[codes.tilde]: construct}}
}

/** Read as text (`data`), in place, the strikethrough sequences GFM would leave unpaired and the pairs past the limit. */
function pairInOnePass(events: Event[]): Event[] {
  // Open sequences not yet closed, by size (1 or 2 tildes).
  const open = new Map<number, Token[]>()
  let pairs = 0
  for (const [kind, token] of events) {
    if (kind !== 'enter' || token.type !== 'strikethroughSequenceTemporary') continue
    const size = token.end.offset - token.start.offset
    let stack = open.get(size)
    const opener = token._close ? stack?.pop() : undefined
    if (opener) {
      pairs++
      if (pairs <= nestingLimits.strikethroughPairs) continue
      opener.type = 'data'
      token.type = 'data'
      recordMasked('strikethroughPairs', opener, pairs)
      recordMasked('strikethroughPairs', token, pairs)
    } else if (token._open) {
      if (!stack) open.set(size, (stack = []))
      stack.push(token)
    } else {
      token.type = 'data'
    }
  }
  for (const stack of open.values()) for (const token of stack) token.type = 'data'
  return events
}
