import type {ProseBlock} from '../../extract/prose.js'
import {lastIndexAtMost} from '../../util/search.js'
import type {ProseLanguage} from './language.js'

// Reading a sentence once for all the spans in it. A check that looks at a
// span's whole sentence (its references, clause boundaries, named studies)
// would read a long sentence again for each span it holds, quadratic in the
// sentence; instead it reads the sentence once into a record, kept per
// language, block and sentence index, and answers each span from the record
// by binary search.

/** Start and end of each match of a regex, 0-based UTF-16 offsets into the text read, in text order and not overlapping. */
export type Stretches = Array<{start: number; end: number}>

/**
 * A store of one record per sentence: call it with the block, the
 * sentence's index in `block.sentences`, the language and the function that
 * reads the record; the record is read on the first call and returned after.
 * Blocks and languages are held weakly.
 */
export function sentenceReadings<T>(): (block: ProseBlock, index: number, language: ProseLanguage, read: () => T) => T {
  const readings = new WeakMap<ProseLanguage, WeakMap<ProseBlock, Map<number, T>>>()
  return (block, index, language, read) => {
    let blocks = readings.get(language)
    if (blocks === undefined) readings.set(language, (blocks = new WeakMap()))
    let sentences = blocks.get(block)
    if (sentences === undefined) blocks.set(block, (sentences = new Map()))
    if (sentences.has(index)) return sentences.get(index)!
    const reading = read()
    sentences.set(index, reading)
    return reading
  }
}

/** Every match of `regex` (which must have the `g` flag) in `text`, as stretches. */
export function stretchesOf(text: string, regex: RegExp): Stretches {
  return [...text.matchAll(regex)].map((match) => ({start: match.index, end: match.index + match[0].length}))
}

/** Whether one of `items` lies wholly between `from` and `to` (0-based offsets, `to` exclusive; binary search, O(log n)). */
export function stretchWithin(items: Stretches, from: number, to: number): boolean {
  if (items.length === 0) return false
  let at = lastIndexAtMost(items, from, (item) => item.start)
  if (items[at]!.start < from) at++
  return at < items.length && items[at]!.end <= to
}
