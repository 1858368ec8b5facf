import type {Span} from './span.js'
import {sentenceAt, sentenceStartsAfterNotes} from './span.js'
import {lastIndexAtMost} from '../../util/search.js'
import {englishSpeaker} from './speaker.js'

// A figure inside the quoted words of a named speaker: `the judge observed
// that "a ten-second clip is not worth a sixth of a minute's music"`. The
// figure is the speaker's, part of the quotation, and a reviewer asks for the
// quotation's source (the quotation rules), not for a source of the figure.
// A figure quoted from an unnamed speaker (`One grower wrote: "Thirty percent
// of the crop failed."`) has no source at all and stays a statistic.
// Only a quotation of four words or more counts: a short quoted term holding
// a number (`the "10,000 steps" rule`) may still carry the writer's figure.

/** A word inside a quotation, for counting its words. */
const quotedWord = /[\p{L}\d][\p{L}\d'’-]*/gu

/** A letter or a digit: before a straight mark, it makes the mark an inch sign or a closing mark. */
const wordChar = /[\p{L}\d]/u

/** Every regex of this module, for the ReDoS test. */
export const quotedPatterns: readonly RegExp[] = [quotedWord, wordChar]

/** How many words a quotation must hold for its figures to be the speaker's. */
const minimumWords = 4

/** The last text read and its named speakers' quotations: a block's figures are read one after another. */
let memo: {text: string; ranges: Array<[number, number]>} | undefined

/**
 * The quotations of `text` in double quotes, straight (`"…"`) or curly
 * (`“…”`), of four words or more, as `[start, end)` offsets of the words
 * between the marks; read in one pass, an unclosed quotation is none.
 */
function quotations(text: string): Array<[number, number]> {
  if (memo?.text === text) return memo.ranges
  const ranges: Array<[number, number]> = []
  let open = -1
  let close = ''
  const push = (start: number, end: number) => {
    if ((text.slice(start, end).match(quotedWord) ?? []).length >= minimumWords) ranges.push([start, end])
  }
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (open >= 0) {
      if (char === close) {
        push(open, index)
        open = -1
      }
    } else if ((char === '"' && !wordChar.test(text[index - 1] ?? ' ')) || char === '“') {
      // `a 12" pipe`: a straight mark right after a digit or a letter is an inch or a closing mark, not an opening one.
      open = index + 1
      close = char === '"' ? '"' : '”'
    }
  }
  // The sentence starts are read once for the text, not once per quotation.
  const starts = ranges.length === 0 ? [] : sentenceStartsAfterNotes(text)
  const named = ranges.filter((range) => namedSpeaker(text, starts, range))
  memo = {text, ranges: named}
  return named
}

/** Whether the sentence a quotation stands in gives it to a named speaker (speaker.ts): `Mr Justice Harland observed that "…"`. */
function namedSpeaker(text: string, starts: readonly number[], [start, end]: [number, number]): boolean {
  const first = sentenceAt(starts, start)
  const last = sentenceAt(starts, end)
  const from = starts[first]!
  const to = Math.max(starts[last + 1] ?? text.length, end)
  const previous = first > 0 ? text.slice(starts[first - 1]!, from) : ''
  return englishSpeaker(text.slice(from, to), {start: start - from, end: end - from, kind: 'quote'}, previous) === 'named'
}

/** Whether a figure at `span` stands inside a named speaker's quotation of four words or more (`Harland observed that "… not worth a sixth of a minute's music"`). */
export function inQuotation(text: string, span: Span): boolean {
  // The quotations are in text order and apart: the last one opening at or before the span is the only one that can hold it (binary search).
  const ranges = quotations(text)
  if (ranges.length === 0 || ranges[0]![0] > span.start) return false
  const [, end] = ranges[lastIndexAtMost(ranges, span.start, (range) => range[0])]!
  return span.end <= end
}
