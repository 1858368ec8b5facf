import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-eighth round's criteria for `uncited-statistic` (default cues, not
// the model), no longer reported: a standard named by its participle after a
// possessive (`the estate's permitted maximum of 1,500`, `the council's
// required minimum of 20 spaces`), as after `its` or `the` (`its permitted
// maximum of`): a limit a body sets, not a measurement. Each row failed on the
// base commit; each guard row keeps the reading of the base and passes before
// and after. Rows are in our own wording.

describe('a standard after a possessive', () => {
  test.each([
    ['Sheep numbers reached 1,200, against the estate\'s permitted maximum of 1,500.', ['reached 1,200']],
    ['The council\'s required minimum of 20 spaces applies.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a possessive before a count, with no participle of a standard, is read as before.
    ['guard: The estate\'s flock reached 1,200 this spring.', ['reached 1,200']],
    // Guard: a standard after `its` was set before and still is.
    ['guard: Sheep numbers reached 1,200, against its permitted maximum of 1,500.', ['reached 1,200']]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })
})
