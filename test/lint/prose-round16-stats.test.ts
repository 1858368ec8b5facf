import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The sixteenth round's criteria for `uncited-statistic`: figures a
// sentence's role or a figure's frame makes set, advised, defined or placed
// rather than measured (a worked case, a charge levied and one party's
// share of it, what an award is worth, a standard, a survey's own return, a
// band a definition draws or a forecast qualifies, an amount advised, a
// place east of another, a height a risk holds above, one thing's make-up
// over its parts, an event's own length), and the findings the rule missed: a quotation's `you` read the
// paragraph as advice, a share that is the subject of the writer's past
// method, a change from one count in words to another. Each row of the first table pairs a figure that
// is no finding with its nearest neighbour that measures; the second pairs
// a statistic the rule missed with a quiet neighbour.

describe('figures set, advised, defined or placed, and their neighbours that measure', () => {
  test.each([
    // A case made up to reckon with; not a bakery's use reported.
    ['For a small bakery using 40 kg a week, the new price bites hard.', 'The small bakery on Mill Lane used 40 kg a week last winter.', ['40 kg']],
    // A charge levied; not an average bill.
    ['The tenants were charged a total of £96,000 for the new lifts.', 'The tenants paid an average of £96,000 for the new lifts.', ['£96,000']],
    // One named party's share of a charge; not an average share.
    ['The owners paid for the new roof, and Ms R’s share was £2,300.', 'Residents paid for new windows, and their average share was £2,300.', ['£2,300']],
    // What an award is worth to each; not a wage that rose.
    ['The society’s bursary, worth £900 to each student, opens in June.', 'Average wages in the county rose to £900 a week.', ['£900']],
    // A standard a river fails; not a reading taken.
    ['The river still fails its nitrate standard of 50 mg per litre.', 'Readings at the weir reached 50 mg per litre.', ['reached 50 mg per litre']],
    // A survey's own return; not visitors counted.
    ['The parish survey had 212 replies, and the tables follow.', 'The parish fete had 212 visitors, a new high.', ['212 visitors']],
    // A band a definition draws; not a count of days.
    ['The bulletin defines a severe day as 90 spores or more.', 'The bulletin logged 90 spores on the severe day.', ['90 spores']],
    // A threshold a forecast qualifies; not gusts recorded.
    ['Gusts above 60 mph expected on the coast by dusk.', 'Gusts reached 60 mph on the coast by dusk.', ['reached 60 mph']],
    // An amount advised; not a weight lost.
    ['The vet says the pony should lose about 30 kg over the summer.', 'The vet says the pony lost about 30 kg over the summer.', ['about 30 kg']],
    // A setting advised for a process; not a reading.
    ['A dark roast should finish at around 225°C in our drum.', 'Drum temperatures averaged around 225°C in our trials.', ['averaged around 225°C']],
    // A place east of another; not a distance walked.
    ['The chapel lies 2 km east of the village green.', 'Walkers covered 2 km more each day than last year.', ['2 km']],
    // A height a risk holds above; not a snowline that rose.
    ['Frost risk is moderate above 1,500 m tonight.', 'The snowline rose 1,500 m in a week.', ['rose 1,500 m']],
    // One thing's make-up over a few of its parts; not players drawn.
    ['The chapel organ has 28 stops across two manuals.', 'The organ festival has drawn 28 players across two weekends.', ['28 players']],
    // An event's own length, in the club's own report; not members counted.
    ['The Friday teams event ran to 28 boards, and we thank the caterers.', 'The Friday teams event drew 28 new members, and we thank the caterers.', ['28 new members']]
  ])('%s', (quiet, measured, spans) => {
    expect(found(quiet)).toEqual([])
    expect(found(measured)).toEqual(spans)
  })
})

describe('statistics the rule missed, and their quiet neighbours', () => {
  test.each([
    // A quotation's `you` is the speaker's hearer: the paragraph does not advise, and the rainfall is a finding.
    ['Heavy rain brought 40 mm to the valley overnight. One farmer called it "the sort of storm you see once a decade."', 'If you visit, add 40 ml of water to the tank.'],
    // A share that is the subject of the writer's past method is what it found; a share of a plan stays design.
    ['Roughly 30% of the entries at our spring show used home-grown stock.', 'Roughly 30% of our grant will fund the spring show.'],
    // A change from one count in words to another.
    ['Chapels in the county have fallen from over two hundred in 1900 to fewer than forty today.', 'Chapels in the county have fallen out of use since 1900.']
  ])('%s', (missed, quiet) => {
    expect(found(missed).length).toBeGreaterThan(0)
    expect(found(quiet)).toEqual([])
  })
})
