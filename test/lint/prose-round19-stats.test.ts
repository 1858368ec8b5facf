import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The nineteenth round's criteria for `uncited-statistic`: figures that are
// no finding by their kind (a length of time counted in seasons, a charge set
// as a share and the further share of it, a method's precision, a distance in
// a body's recommendation, the writer's own records a pattern rests on, a hire
// charge's change announced for a date with its unit, the price one item
// sells at, a miniature's scale before a proper adjective, a device's level,
// a height a thing is fixed at, a signal's format), and the statistics the
// rule missed (a split of what the writer's own method covered, a multiple
// set against another group). Each row of the first table pairs a figure that
// is no finding with its nearest neighbour that measures; the second pairs a
// statistic the rule missed with a quiet neighbour.

describe('durations, set charges, precisions, advice, records, prices, scales, settings and formats, and their neighbours that measure', () => {
  test.each([
    // A length of time counted in seasons; not a count of things.
    ['The orchard trial followed two rootstocks over four seasons.', 'The trial compared 140 rootstocks over four seasons.', ['140 rootstocks']],
    // A penalty set as a share; not a rate found.
    ['The council imposed a late-filing penalty of 10% on the bill.', 'The council found a late-filing rate of 10% across the district.', ['rate of 10%']],
    // A fee set as a share of sales, and the further share of it; not growth measured.
    [
      'A joining fee of 5% of turnover is payable each quarter, with a further 1% paid into the training fund.',
      'Turnover rose by 5% last quarter, with a further 1% growth in the training fund.',
      ['rose by 5%', '1%']
    ],
    // A method's precision; not a weight found.
    ['We measure every fleece to 0.5 kg on a hanging scale.', 'Our heaviest fleece this year weighed 6.5 kg on a hanging scale.', ['6.5 kg']],
    // A distance in a body's recommendation; not where people were found.
    ['The harbour master recommends a lifejacket for anyone rowing more than 200 metres out.', 'Most rescued rowers had gone more than 200 metres out.', ['more than 200 metres']],
    // The writer's own records a pattern rests on; not a count of cases in the world.
    ['That pattern rests on our own surgery records for 150 patients, so read it loosely.', 'That pattern shows in 150 patients across the county.', ['150 patients']],
    // A hire charge's change announced for a date, with its unit; not a change already paid.
    ['The bowls club hire will rise to £35 a session from June.', 'The bowls club hire rose to £35 a session last year, up from £30.', ['£35 a session last year, up from £30']],
    // The price one item sells at; not a price compared over time.
    ['A tin of six brushes now costs £18 at the club shop.', 'A tin of six brushes now costs £18, up from £12 last year.', ['£18, up from £12']],
    // A miniature's scale before a proper adjective; not a size that changed.
    ['She entered a 15 mm Roman cavalry unit.', 'Roman cavalry figures have grown by 15 mm in a decade.', ['grown by 15 mm']],
    // A level a device is turned to; not a level that fell.
    ['The trust turns the floodlights down to 40% output after ten.', "Floodlight use fell to 40% of last year's level.", ['fell to 40%']],
    // A height a thing is fixed at; not how far water rose.
    ['The meter is fixed on a bracket about three metres up.', 'The flood water rose about three metres up the wall.', ['about three metres']],
    // The format a signal is transferred in; not a frequency a sound peaked at.
    ['The album was transferred from the master tapes at 24-bit/96 kHz.', 'The hum in the old pressing peaked at 96 kHz.', ['peaked at 96 kHz']],
    // With no bit depth, a verb of recording or sending in the clause before `at`, within reach.
    // The other charges of a hire's change announced for a date, as of a fee's.
    ['The court hire rises to £18 an hour from May, with juniors still £9.', 'The court hire rose to £18 an hour last May, after juniors paid £9.', ['£18', '£9']],
    // Tickets too, as the announcement itself reads them.
    ['Match tickets rise to £12 from June, with juniors still £6.', 'Match tickets rose to £12 last June, after juniors paid £6.', ['£12', '£6']],
    ['The choir was recorded live in the cathedral on one evening at 48 kHz.', 'The choir was recorded live. The whine from the organ loft peaked at 48 kHz.', ['peaked at 48 kHz']]
  ])('%s', (quiet, measured, spans) => {
    expect(found(quiet)).toEqual([])
    expect(found(measured)).toEqual(spans)
  })
})

describe('statistics the rule missed, and their quiet neighbours', () => {
  test.each([
    // A split of what the writer's own method covered is its result; a plan's split is design.
    ['Of the 40 hedges we surveyed this spring, 12 were home to nesting finches.', 'Of the 40 hedges we will survey next spring, 12 will be cut.'],
    // A multiple set against another group; not `as well as` meaning `and`.
    ['Pupils who revise with flashcards recall the words twice as well as those who reread their notes.', 'She visited the museum twice as well as the gallery.']
  ])('%s', (missed, quiet) => {
    expect(found(missed).length).toBeGreaterThan(0)
    expect(found(quiet)).toEqual([])
  })
})
