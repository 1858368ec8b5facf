import {describe, expect, test} from 'vitest'
import {sentenceStartsAfterNotes} from '../../src/lint/prose/span.js'

/** The first words of each sentence `sentenceStartsAfterNotes` finds in `text`. */
function openings(text: string): string[] {
  return sentenceStartsAfterNotes(text).map((start) => text.slice(start, start + 12))
}

// Where a sentence ends: a straight quotation mark opens or closes a sentence as a
// curly one does (a speaker's `'We used to …'` after the writer's sentence was read
// as part of it, so its `we` looked like the writer's method and a citation in the
// sentence before covered it; docs/lint.md "What covers a finding").
describe('sentence ends around quotation marks', () => {
  test.each([
    ["The secretary told us. 'We used to have 300 members.' Now there are 40.", ['The secretar', "'We used to ", 'Now there ar']],
    // guard: curly and double quotation marks ended sentences before.
    ['The secretary told us. ‘We used to have 300 members.’ Now there are 40.', ['The secretar', '‘We used to ', 'Now there ar']],
    ['The warden said. "Numbers are down." Then he left.', ['The warden s', '"Numbers are', 'Then he left']],
    // guard: no capital after the quotation mark, no new sentence.
    ["He wrote p. 'tis a pity' on the card.", ["He wrote p. "]]
  ])('%s', (text, expected) => {
    expect(openings(text)).toEqual(expected)
  })
})
