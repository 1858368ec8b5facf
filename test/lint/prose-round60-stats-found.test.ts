import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The sixtieth round's criteria for `uncited-statistic` (default cues, not
// the model), reported anew: a change to a new level with a manner adverb
// between the verb and `to` (`rose slightly, to 611`) is a change to a level,
// as `rose again, to 611` is; what one named apart with a comma has done, in
// the perfect or in a sentence of thanks (`Ann Lee, who has planted 4,000
// trees`), is a record of work done, no longer a group defined by a threshold.
// Each found row failed on the base commit; each guard row keeps the reading
// of the base and passes before and after. Rows are in our own wording.

describe('a change to a level with a manner adverb read anew', () => {
  test.each([
    ['Complaints about noise rose slightly, to 318, in the second half of the year.', ['rose slightly, to 318']],
    ['Reported burglaries fell sharply, to 47, after the street lights were mended.', ['fell sharply, to 47']],
    ['The number of volunteers has grown steadily to 212.', ['grown steadily to 212']],
    ['Entries to the show declined modestly, to about 96.', ['declined modestly, to about 96']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: the readings of the base without an adverb, or with `again`.
    ['Complaints about noise rose to 318 this year.', ['rose to 318']],
    ['Complaints about noise rose again, to 318.', ['rose again, to 318']],
    // Guard: an adverb with no new level after it.
    ['guard: Prices rose sharply in the spring.', []],
    ['guard: The river rose slightly overnight.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})

describe('what one named apart has done read anew', () => {
  test.each([
    // Named apart with a comma, in the perfect.
    ['The award goes to Priya Shah, who has planted more than 4,000 trees on the estate.', ['more than 4,000 trees']],
    ['Our longest-serving volunteer is Tom Reid, who has repaired 1,150 bicycles since 2012.', ['1,150 bicycles']],
    // Named apart with a comma, in a sentence of thanks.
    ['Many thanks to Gwen, who sorted more than 600 jigsaws for the autumn sale.', ['more than 600 jigsaws']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a group defined by a threshold, no comma.
    ['guard: Those who have walked at least 7,000 steps get a badge.', []],
    ['guard: Residents who own 2 cars pay more.', []],
    // Guard: a threshold after a comma stays one, `or more` after the figure.
    ['guard: Members, who have paid £50 or more, get a badge.', []],
    // Guard: a plain past with no thanks, the narrative of a visit.
    ['guard: The botanist Ruth Kane, who named 14 of our old roses, said the beds were in good order.', []],
    // Guard: a state, not work done.
    ['guard: Our organist, who has been 12 years in post, retires in May.', []],
    // Guard: what a group owns, after a comma.
    ['guard: The objectors, who own four of the six neighbouring plots, are opposed.', []],
    // Guard: a sum given by those thanked, no comma, as before.
    ['guard: Thank you to everyone who gave £10 a month.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
