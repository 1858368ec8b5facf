import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifty-eighth round's criteria for `uncited-statistic` (default cues, not
// the model), reported anew: a length over a period after `at` is a rate of
// change (`sinking at 4 mm a year`), not a place (`at 25 cm depth`); an
// amount in a currency's name (`74 kroner`), as one in dollars or euros is; a
// numbered body's count (`Zone 4 recorded 1,180 nesting pairs`), whose
// opening is a label and a subject, not an imperative and its object; an
// index's reading after `touched`, as after `reached`; what a group holds
// together, a total of its members (`40 families, who together keep about
// 9,000 head`), which does not define a group by a threshold; what the
// writer's own work turned out after its method's words (`ran 180 shifts and
// milled 14,000 tonnes`). Each found row failed on the base commit; each guard
// row keeps the reading of the base and passes before and after. Rows are in
// our own wording.

describe('a rate, an amount, a count of a numbered body and an output read anew', () => {
  test.each([
    // A length over a period after `at`: a rate of change.
    ['The coastline is retreating at 2 metres a year.', ['2 metres']],
    ['Parts of the delta are sinking at 4 mm a year, faster than the sea is rising.', ['4 mm']],
    // An amount named by its currency in words.
    ['Salmon fetched 74 kroner a kilo at the quay.', ['74 kroner']],
    // A numbered body that recorded or logged a count.
    ['Zone 4 recorded 1,180 nesting pairs after the storms.', ['1,180 nesting pairs']],
    ['Station 12 logged 640 lightning strikes in August.', ['640 lightning strikes']],
    // An index's reading after `touched`.
    ['Index readings touched 11 on the coast in July.', ['Index readings touched 11']],
    // A group's total, `together`: not a threshold that defines the group.
    ['The village has 40 families, who together keep about 9,000 head of cattle.', ['40 families', 'about 9,000 head']],
    // What the writer's own work turned out, after its method's words.
    ['Our mill ran 180 shifts this season and milled 14,000 tonnes of wheat.', ['14,000 tonnes']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: a length after `at` with no period locates a thing.
    ['guard: The monitoring wells sit at 25 cm depth.', []],
    ['guard: The buoy is moored at 40 m from the pier.', []],
    // Guard: an imperative and its object, and a round that came, as before.
    ['guard: Take 2 tablets with water.', []],
    ['guard: Round 3 came to the track.', []],
    // Guard: a group defined by a threshold, with no comma before `who`.
    ['guard: Residents who own 2 cars pay more.', []],
    ['guard: Those who walked at least 7,000 steps slept better.', []],
    // Guard: a clause after a comma with no `together` stays as it was.
    ['guard: The objectors, who own four of the six neighbouring plots, are opposed.', []],
    // Guard: the method's own sizes stay design.
    ['guard: We ran 40 trials and used 12 mice.', []],
    // Guard: a fee in a currency's name with no finding.
    ['guard: Admission is 12 kroner.', []]
  ])('%s', (text, statistics) => {
    expect(found(text.replace(/^guard: /u, ''))).toEqual(statistics)
  })

  test.each([
    // Guard: a rate with `per` was read before and still is, once.
    ['guard: The glacier front moved back at 30 m per year over the decade.'],
    // Guard: an amount in shillings was read before and still is, once.
    ['guard: Coffee sold for 9,000 shillings a bag last month.']
  ])('%s', (text) => {
    expect(found(text.replace(/^guard: /u, ''))).toHaveLength(1)
  })
})
