import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'
import {lint} from '../../src/index.js'

// The thirteenth round's criteria for `uncited-statistic`, read from the
// eleventh unseen set and tried here on sentences of other registers. Each
// row of the first table pairs a sentence whose figure specifies a thing or
// is set by the writer's body (a weighting, a race's distance, a purchase,
// what the writer paid or uses, an instruction, a size glued to a noun, an
// owned group, a class defined by a threshold, a rule's minimum, an award,
// the writer's sites, a thing's features, places, a profile's career) with
// its nearest neighbour that measures the world; the second pairs a
// statistic the rule missed with a neighbour that stays quiet; the third
// lints whole paragraphs for the support the round adds.

/** The reasons of the `uncited-statistic` messages of a document linted with `strict`. */
function flagged(markdown: string): string[] {
  return lint(markdown, {preset: 'strict'})
    .filter((message) => message.ruleId === 'uncited-statistic')
    .map((message) => message.reason)
}

describe('figures that specify or that the writer sets, and their neighbours that measure', () => {
  test.each([
    // A weighting of marks; not a share of entrants.
    ['Presentation is worth 25% of the final mark in the baking contest.', 'Only 25% of the entrants finished the bake.', ['25%']],
    // The distance a race is run at; not a distance travelled on average.
    ['The club ran its longest race of the year at 540 km from the lofts.', 'The birds flew 540 km on average in the autumn.', ['540 km on average']],
    // The height a hut stands at; not ice lost.
    ['The team restocked the mountain hut at 2,300 m before the storm.', 'The glacier lost 2,300 m of its length over the century.', ['2,300 m']],
    // What a body funds or buys; not vehicles off the road.
    ['Funding for 25 new gritters has been agreed for the winter.', 'Last winter 25 gritters were off the road at once.', ['25 gritters']],
    ['The board has voted to buy twelve canoes at a cost of £6,300 from its savings.', 'Canoe hire earned the board £6,300 last summer.', ['£6,300']],
    // A quantity the writer uses in a method; not a quantity measured in a product.
    ['For each loaf we use 7 g of dried yeast.', 'Each supermarket loaf contained 7 g of salt.', ['7 g']],
    // An instruction to change a quantity; not a change reported.
    ['Owners of small dogs should reduce the dose by a third.', 'Vets reduced the dose by a third after the trial.', ['by a third']],
    // A size glued to a noun; not a count of households.
    ['A good 1,500-watt heater warms the shed in minutes.', 'About 1,500 households lost heating in the cold snap.', ['About 1,500 households lost']],
    ['The old manual warns against turning the valve more than a quarter-turn at once.', 'More than a quarter of the valves leaked.', ['More than a quarter of']],
    // An owned group in narrative; not a count of a wild colony.
    ["She milks her uncle's herd of 45 Jerseys every morning.", 'A colony of 4,500 terns nested on the spit this year.', ['4,500 terns']],
    // A class defined by a threshold; not a reading that fell below it.
    ['Any violin stored in a case above 65% humidity may grow mould.', 'Humidity in the archive stayed above 65% all winter.', ['65%']],
    // A rule's minimum; not a count of entries.
    ['Entries without a postcode of at least six characters cannot be accepted.', 'The prize drew at least forty new poets this year.', ['at least forty new poets']],
    // A tribunal's award; not a share of claims upheld.
    ['The panel allowed the builder 55% of the extra costs it claimed.', 'Tribunals upheld 55% of builders’ claims last year.', ['55%']],
    // The sites of the writer's own measurements; not a count of sites that failed.
    ['We measured water depth at 18 gauging posts along the river.', '18 gauging posts along the river were washed away.', ['18 gauging posts']],
    // What a thing has along its length; not a count of defects found.
    ['There are 27 bridges in 9 miles, so the towpath is slow going.', 'Inspectors found 27 cracked bridges in the county.', ['27 cracked bridges']],
    // A small count of places with its hedge; a count others report is a finding.
    ['Frost has killed the palms in at least four seafront gardens.', 'Frost damage has been reported in at least four other towns.', ['at least four other towns']],
    // A person's life's work in a profile; a charity's reach is a finding.
    ['He joined the practice at 30 and has treated thousands of horses since.', 'The charity has treated thousands of horses since 2010.', ['thousands of horses']]
  ])('%s', (quiet, measured, spans) => {
    expect(found(quiet)).toEqual([])
    expect(found(measured)).toEqual(spans)
  })

  test('what the writer paid is quiet; the average price beside it stays a finding', () => {
    expect(found('Petrol on the island averaged £1.80 a litre, though we paid £1.95 at one pump.')).toEqual(['£1.80'])
  })
})

describe('statistics the rule missed, and their quiet neighbours', () => {
  test.each([
    // A part of the writer's own total, told before its verb.
    ['Of the 30 pumps our team installed in June, 7 failed within a month.', 'The pumps our team installed in June all work.'],
    // A thing's lifetime with a hedge; a session's length is a design.
    ['The label promises two years, but in our hands they last about eight months.', 'The lessons lasted about 40 minutes each.'],
    // How long a thing typically goes on.
    ['Damp of this kind usually stays hidden for around three years.', 'The damp was found in the spring.'],
    // Time lost in thousands of hours; an age in years is not.
    ['Porters lost 6,200 hours waiting for lifts in March.', 'The rocks formed 6,200 years ago.'],
    // The distance a front moved.
    ['The cliff edge receded 14 m over the winter.', 'The cliff path was closed over the winter.'],
    // A subject named by a label and its number is not an instruction.
    ['Ward 4 remains the concern: the mean stay was 12 days.', 'Take 2 tablets with water.']
  ])('%s', (missed, quiet) => {
    expect(found(missed).length).toBeGreaterThan(0)
    expect(found(quiet)).toEqual([])
  })
})

describe('support the round adds', () => {
  test('an expert report’s schedule in brackets supports its sentence', () => {
    expect(flagged('Net margin fell from 18.4% in 2021 to 9.9% in 2023 (Schedule 2).\n')).toEqual([])
    expect(flagged('Net margin fell from 18.4% in 2021 to 9.9% in 2023.\n').length).toBeGreaterThan(0)
  })

  test('a sentence that names its source back is covered over one sentence between', () => {
    const cited = 'The average rent in the town reached £1,020 a month, according to the council’s housing report.[^1]'
    const note = '\n\n[^1]: Hallow Council (2025). *Housing Report 2025*. p. 4.\n'
    expect(flagged(`${cited} Rents in the villages are lower. The same report found that one in six tenants is behind on rent.${note}`)).toEqual([])
    // With no source named back, the third sentence stays a finding.
    expect(flagged(`${cited} Rents in the villages are lower. One in six tenants is behind on rent.${note}`).join()).toContain('One in six')
  })

  test('a footnote reference goes on with the work’s title after its authors and year', () => {
    const body = 'The river froze over twice in the decade.[^1]\n\n'
    expect(flagged(`${body}[^1]: Lund, K. and Berg, T. (2019). Ice records for 14 rivers in the north. *Hydrology Notes* 3, 10–19.\n`)).toEqual([])
    // A claim in a note that is not a reference stays a finding.
    expect(flagged(`${body}[^1]: The ice was thickest on 14 rivers in the north.\n`).length).toBeGreaterThan(0)
  })
})
