import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// What the forty-second round finds anew for `uncited-statistic` (default
// cues): a count in words whose plural is not written with `s` (`two hundred
// people`), and a count of things that went to a depth or a distance, which
// no clock time is (`212 profiles to 2,000 m`). Each row failed on the base
// commit (it was not found, or only its depth was); each guard row keeps the
// opposite reading and passes before and after. Rows are in our own wording.

describe('a count in hundreds or thousands with a plural not written with `s`', () => {
  test.each([
    // `four hundred people`: a crowd counted in words.
    ['The pipes cannot cope with four hundred people using the showers at once.', ['four hundred people']],
    // `a thousand children`: the same with another plural.
    ['The fair drew a thousand children on its first morning.', ['a thousand children']],
    // Guard: a plural with `s` was found before and still is.
    ['The storm brought down a hundred trees along the valley.', ['a hundred trees']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a count of things that went to a depth or a distance', () => {
  test.each([
    // `212 profiles to 2,000 m` is no clock time: the count is found, with its depth.
    ['The float made 212 profiles to 2,000 m before its battery failed.', ['212 profiles to 2,000']],
    // Guard: a vote's tally `19 votes to 3` stays quiet, as the sets leave it.
    ['The motion was carried, 19 votes to 3.', []],
    // Guard: a clock time stays quiet.
    ['The bell rang at twenty to six.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
