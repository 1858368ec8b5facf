import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fifteenth round's criteria for `uncited-statistic`: a figure's frame
// (statistic-frame.ts) that makes it name, place or qualify one thing (a
// pinpoint in a reference, a band a signal is on, a ratio naming a device,
// the size of a test or a survey, a size naming an item, a threshold that
// qualifies a noun, things each fitted alike, a set amount's new level, one
// thing's reading against a standard, what a thing retains), and the
// statistics the rule missed (a tally that stands at a number, a part of
// those just named, one in sixty, forty times the, a tally a collection now
// holds, `up 9%` after a comma, an approximate share). Each row of the first
// table pairs a figure that is no finding with its nearest neighbour that
// measures; the second pairs a statistic the rule missed with a quiet
// neighbour; the third gives sentences in which only the finding is found.

describe('figures a frame names, places or qualifies, and their neighbours that measure', () => {
  test.each([
    // A pinpoint in a parenthesised reference; not a hardness measured.
    ['The applicant is asked to delete the claim (Manual C-III, 6.2).', 'The resin scored a hardness of 6.2 in the lab.', ['6.2']],
    // A band a signal is on; not a width measured.
    ['The hum on 5.8 GHz seems to come from a doorbell camera.', 'Doorbell cameras now use 5.8 GHz more than any other band.', ['5.8 GHz']],
    // A ratio naming a device; not a majority counted.
    ['For a first aerial, buy a 4:1 balun and a short lead.', 'The aerial was approved by a 4:1 majority.', ['4:1']],
    // The size of a test; not a count of failures.
    ['The claim rests on a single wear test of 20,000 openings.', 'The hinge failed after 20,000 openings.', ['20,000 openings']],
    // The size of a survey; not a count of closures.
    ['The chamber’s yearly poll of 2,350 shopkeepers closed in May.', 'Some 2,350 shopkeepers closed in May.', ['Some 2,350 shopkeepers closed']],
    // A size naming an item that is priced; not a rise of water.
    ['Treated 16 ft board now averages more than last spring.', 'The floodwater rose 16 ft in a night.', ['rose 16 ft']],
    // Things each fitted alike; not a count of makers.
    ['The parade used 45 lanterns, each fitted with a battery candle.', 'The parade drew 45 lantern makers from three counties.', ['45 lantern makers']],
    // A set amount's new level; not an average bill.
    ['Applications opened the week the repair grant rose to £4,000.', 'Applications opened the week the average repair bill rose to £4,000.', ['£4,000']],
    // One thing's reading against a standard; not water measured over a valley.
    ['The surveyor found 75 mm of foam in the cavity, against the required depth.', 'Roads across the valley lay under 75 mm of water after the storm.', ['75 mm']],
    // What one sample retains; not trees lost in a gale.
    ['The plank retains 11 bark rings along one edge.', 'The forest lost 11 veteran oaks in the gale.', ['11 veteran oaks']]
  ])('%s', (quiet, measured, spans) => {
    expect(found(quiet)).toEqual([])
    expect(found(measured)).toEqual(spans)
  })
})

describe('statistics the rule missed, and their quiet neighbours', () => {
  test.each([
    // A tally in the present.
    ['Enrolment stands at 236 this term.', 'The statue stands at the gate.'],
    // A part, in digits, of those just named.
    ['We welcomed new members in spring, and 31 of them came from the beginners’ class.', 'We welcomed new members in spring, and some of them came from the beginners’ class.'],
    // One in a tens word.
    ['Left-handed twins make up about one pair in forty.', 'One pair in the class was left-handed.'],
    // A multiple with a tens word.
    ['Levels in the cellar were roughly sixty times the safe limit.', 'The cellar flooded in the sixties.'],
    // A tally a collection now holds (guard: what an album holds stays quiet, before and after).
    ['The club’s archive now holds 9,200 catalogued photographs.', 'The club’s new album holds 9,200 catalogued photographs.'],
    // An approximate share in a design's voice.
    ['A pump in a house like yours would run at an efficiency of around 250%.', 'A pump in a house like yours would run at an efficiency well above a boiler’s.']
  ])('%s', (missed, quiet) => {
    expect(found(missed).length).toBeGreaterThan(0)
    expect(found(quiet)).toEqual([])
  })
})

describe('sentences in which only the finding is found', () => {
  test.each([
    // A change after a comma is no instruction: its share is found with the average.
    ['Timber prices climbed in May, with boards averaging £12 a length, up 9% since March.', ['£12', '9%']],
    // A threshold that qualifies a noun is the condition of the comparison the sentence reports.
    ['Milk above 8 °C sours three times faster than chilled milk.', ['three times faster']]
  ])('%s', (sentence, spans) => {
    expect(found(sentence)).toEqual(spans)
  })
})
