import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The thirty-sixth round's criteria for `uncited-statistic` (default cues,
// not the model), figures found that were let through as method, set
// amounts or the writer's own doing: an average in a clause before the
// writer's plan (`…averaged 87% in March, and we expect …`) is not the
// plan's; a share after a method the sentence opens on with `Of the` is its
// split; a surplus is an account's result, like a deficit; what the writer
// shows or finds (`I show that …`) is a finding, not their own doing; hours
// worked or spent per period with an approximation (`well over sixty hours a
// week`) are a rate, where a set working week has none. Each
// found row failed before this round; each guard row keeps the opposite
// reading and passes before and after it. Rows are in our own wording.

describe("findings the writer's own method or voice let through", () => {
  test.each([
    ['Occupancy across our four branches averaged 87% in March, and we expect to open a fifth.', ['averaged 87%']],
    ['Of the boilers our fitters inspected last winter, 14% needed new parts.', ['14%']],
    ['The charity ended the year with a surplus of £85,000.', ['£85,000']],
    ['From parish ledgers I show that over 300 families paid the rate by 1790.', ['300 families']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // The writer's own small doing, and a plan's size, stay quiet.
    ['I interviewed 24 farmers for this report.'],
    ['We will recruit 2,400 households next year.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('hours per period, with an approximation', () => {
  test.each([
    ['Junior doctors in the survey worked well over sixty hours a week.', ['well over sixty hours a week']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // A limit a rule sets and a small pledge of the writer's group stay quiet.
    ['Staff may work up to 48 hours a week under the rules.'],
    ['Volunteers give 4 hours a week each.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})
