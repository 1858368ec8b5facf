import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fortieth round's criteria that find more of `uncited-statistic`
// (default cues, not the model): a change by a half, a multiple of a
// thing's own output, and a count in a sentence that opens on its subject
// in a paragraph that also addresses the reader. Each finding row failed on
// the base commit (it was missed); each guard row keeps the opposite
// reading and passes before and after. Rows are in our own wording.

describe('a change by a half, and a multiple of its own output', () => {
  test.each([
    // `by a half` sizes a change as `by a third` does.
    ['Call-outs in the district fell by a half over the winter.', ['by a half']],
    // A multiple of a thing's own output is a comparison with its baseline.
    ['The new kiln fired 900 pots last year, more than double its output the year before.', ['900 pots', 'double its output']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: half of something is not a change.
    ['We cut the cake in half for the two tables.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a sentence that opens on its subject, in a paragraph that addresses the reader', () => {
  test.each([
    // A noun, a phrase of time and `was`: a report, not an instruction, though the paragraph says `your`.
    ['Turnout on Friday was 2,350, up from 1,980 a year earlier. Book your table early for the next meeting.', ['Turnout on Friday was 2,350, up from 1,980']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: an instruction with a figure in an advising paragraph stays quiet.
    ['Book at least 14 days ahead for your party. Your table will be held for an hour.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a vague crowd after a verb of saying's `that`", () => {
  test.each([
    // `claim that` reports a number; it opens no relative clause.
    ['Campaigners claim that thousands of ponies are sold abroad every winter.', ['thousands of ponies']],
    // Guard: a crowd in a relative clause names the thing it is about.
    ['The towpath is a route that thousands of cyclists use.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
