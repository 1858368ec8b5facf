import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'
import {lintFor} from '../rules/lint-helpers.js'

// The tenth round's criteria for `uncited-statistic`, read from the eighth
// unseen set and tried here on sentences of other registers. Each row pairs
// a sentence the criterion decides with its nearest neighbour on the other
// side, so a criterion drawn too wide fails as surely as one that is missing.

/** The words of each `uncited-statistic` message. */
function reported(document: string): string[] {
  return lintFor('uncited-statistic', document).map((message) => message.reason.split('`')[1]!)
}

describe('results a reviewer asks a source for', () => {
  test.each([
    // A change with no number, over a span of time; not a body bending.
    ['Visits to the website more than doubled over the summer.', ['doubled'], 'The runner doubled over at the finish line.'],
    ['Orders tripled over two seasons.', ['tripled'], 'The path doubled back towards the farm.'],
    // A count of a subset after its whole, the whole named by a pronoun and its noun; not a subset with no count.
    ['The ferry sailed 64 times in March. Of those sailings, 14 left late.', ['sailed 64 times', 'Of those sailings, 14'], 'Of those sailings, the last left late.'],
    // A part of a set just counted; not a part of a group of people met in narrative.
    ['The shelter took in 35 cats this winter. Eleven of them needed surgery.', ['35 cats', 'Eleven of them needed'], 'I had tea with three neighbours. Two of them needed a lift home.'],
    // A count opening a clause joined to a finding; not the same clause after someone's say-so.
    ['The audit of the estate found that most stairwells were unlit, and nine had broken locks.', ['nine had'], 'The caretaker thinks most stairwells are unlit, and nine had broken locks.'],
    // Money collected is raised, a result; samples collected are method.
    ['So far we have collected £1,840 for the new roof.', ['£1,840'], 'We collected 60 soil samples along the hedge.']
  ])('%s', (flagged, spans, quiet) => {
    expect(found(flagged)).toEqual(spans)
    expect(found(quiet)).toEqual([])
  })
})

describe('sizes, settings and setups a reviewer does not ask a source for', () => {
  test.each([
    // A distance glued to `m` or `k` before a singular noun names an event; before a plural it counts millions.
    ['She won the 200m butterfly and the 10k open-water swim.', 'The scheme now reaches 2m households.', ['2m']],
    // A plural noun after a determiner: voices, a pairing; not a change.
    ['In the second half the trebles faded and the mixed doubles final ran late.', 'Membership fees trebled after the merger.', ['trebled']],
    // What a made thing does, stated in the present by its maker or owner; not a quantity of the world reaching a figure, a reviewer's reading, nor a record.
    ['Our new ferry reaches 18 knots in open water.', 'Wind speed on the pier reaches 60 mph in a gale.', ['60 mph']],
    ['Our new ferry reaches 18 knots in open water.', 'The rival ferry reaches 18 knots in open water.', ['18 knots']],
    ['The stove heats up to 300 °C, and the tent packs down to 1.4 kg.', 'Temperatures in the loft reach 38 °C in summer.', ['38 °C']],
    ['Our launch reaches 22 knots.', 'Our launch reached 31 knots, a record for the class.', ['reached 31 knots']],
    // The size of a part of a made thing; not a weight lost.
    ['The dryer has a drum of 9 kg.', 'The dryer lost a drum of 9 kg in the move, and 12 kg of parts.', ['12 kg']],
    // A group's size in apposition; not a group's loss, nor a share after a body's name.
    ['The second act belonged to the brass band, some 25 players from three villages.', 'The brass band has lost some 25 players since the pandemic.', ['some 25 players']],
    ['The second act belonged to the brass band, some 25 players from three villages.', 'According to the bus company, 85% of buses ran on time.', ['85%']],
    // How long one task takes; not effort given, nor hours of study.
    ['Re-glazing a sash window takes about 40 minutes.', 'Volunteers gave about 400 hours to the garden.', ['about 400 hours']],
    ['Re-glazing a sash window takes about 40 minutes.', 'Fluency takes roughly 900 hours of practice.', ['roughly 900']],
    // One thing's exact price in apposition, whatever the sentence says before it; not an estimate of one.
    ['With the extra income the club bought a new mower, costing £2,350.', 'With the extra income the club bought a new mower, costing about £2,350.', ['£2,350']],
    ['With the extra income the club bought a new mower, costing £2,350.', 'The average mower, costing £2,350, lasts nine years.', ['£2,350']],
    // A survey's own apparatus; not what it recorded.
    ['The bat survey used 12 detectors on every transect.', 'The bat survey recorded 412 passes on every transect.', ['412 passes']]
  ])('%s', (quiet, flagged, spans) => {
    expect(found(quiet)).toEqual([])
    expect(found(flagged)).toEqual(spans)
  })
})

describe('support written in the text', () => {
  test.each([
    // A register's volume and folios after its name.
    ['Burials averaged 41 a year in the 1740s (Burial register, vol. 3, ff. 22–30).', 'Burials averaged 41 a year in the 1740s (a figure we doubt, in places).'],
    // A record named by its title and where in it; not a topic and a quarter.
    ['The office logged 52 noise complaints (Complaints Log, Q2).', 'The office logged 52 noise complaints (mostly parties, Q2).']
  ])('%s', (cited, uncited) => {
    expect(reported(cited)).toEqual([])
    expect(reported(uncited)).toHaveLength(1)
  })

  test('the source just cited, named again in a joined clause, covers its sentence', () => {
    const cited = 'The housing team reviewed the boilers in 2024 (Appendix D). Call-outs dropped to 38 in the year, and the review adds that breakdowns fell by 30%.'
    const uncited = 'The housing team reviewed the boilers in 2024 (Appendix D). Call-outs dropped to 38 in the year, and the caretaker adds that breakdowns fell by 30%.'
    expect(reported(cited)).toEqual([])
    expect(reported(uncited)).toEqual(['dropped to 38', 'fell by 30%'])
  })
})
