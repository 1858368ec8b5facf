import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-eighth round's criteria for `uncited-statistic` (default cues,
// not the model) on the writer's own body's results: a count of people the
// body trained, and any count the writer gives of its own doing, compared
// with another year (`We trained 1,120 first aiders this year, up 9% on
// 2024`), is a result the body achieved, not a step of its method, and so is
// the change beside it. What the round no longer reports is in
// prose-round48-stats-set.test.ts. Each found row failed on the base commit
// (it was not found); each guard row keeps the opposite reading and passes
// before and after. Rows are in our own wording.

describe("the writer's own count against another year", () => {
  test.each([
    // `trained 1,120 first aiders …, up 9%`: people the body trained, with a change, are its reach, not its method.
    ['We trained 1,120 first aiders this year, up 9% on 2024.', ['1,120 first aiders', '9%']],
    // `trained 860 learners, up from 700`: the same with a baseline.
    ['Last year we trained 860 learners, up from 700 the year before.', ['860 learners']],
    // `trained 2,050 delegates …, up 30%`: the same with the body named as `our team`.
    ['Our team trained 2,050 delegates in 2025, up 30% on 2024.', ['2,050 delegates', '30%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a small number trained, told with no comparison, is narrative.
    ['We trained 12 new stewards for the summer.', []],
    // Guard: the writer's own visits, with no comparison, stay method.
    ['We visited 14 villages in the first week.', []],
    // Guard: a model trained is method, whatever follows.
    ['We trained the classifier for 40 epochs.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
