import {describe, expect, test} from 'vitest'
import {count, statisticsFound as found} from './prose-round-helpers.js'

// The thirty-sixth round's criteria for `uncited-statistic` (default cues,
// not the model), figures set or owned rather than found. Whose figure it
// is decides: a figure the writer's own body offers, agrees, charges,
// allocates or requires (room to fill or added, a deal's agreed terms, a
// levy that stays where it is set, a supplier's allocation, what a rule
// makes somebody keep, a class's bound, the size of a body a merger forms);
// a study's own material, instruments, threshold and scenario (what a
// study draws on, the sensors it installed, the change a model tries; a
// threshold is one statistic with the occasions counted against it); a figure of one thing in
// hand (a specification line, a test's setting after a reading, a place on
// a line, a folded size, one patient's reading); one thing picked out of a
// small set, and a comparison with no figure in the writer's own thesis;
// and a report's numbered paragraph as support. Each quiet row failed
// before this round; each guard row keeps the opposite reading and passes
// before and after it. Rows are in our own wording.

describe('figures a body offers, agrees, charges, allocates or requires', () => {
  test.each([
    // Room still to be taken, or room a place adds.
    ['There are still 12 places left on the spring pottery course.'],
    ['The new wing opens in March, adding 45 beds and a day room.'],
    // The terms of a deal a side accepted.
    ['Cleaners at the hospital accepted a one-year offer worth 6.2% after a week of talks.'],
    // A levy that stays where it is set.
    ['The parish precept for next year remains at 2.4% of the band D charge.'],
    // What a supplier will allocate.
    ['Members will receive up to 60% of their usual order of copier paper until stock recovers.'],
    // What a rule makes somebody set aside, and a further share added to it.
    ['Under the new code, landowners must set aside 8% of each field as margin and a further 4% as hedgerow.'],
    // The bound of a class a schedule sets.
    ['This year the show adds a category for dwarf sunflowers under 90 cm.'],
    // The size of a body a merger forms.
    ['The trust plans to merge the two practices, creating one practice of 18 doctors.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Room a place has is still counted: the guard keeps a plain capacity.
    ['The hall has 120 seats.', ['120 seats']],
    ['The city lost 300 hospital beds last year.', ['300 hospital beds']],
    // A rate of the economy that remains where it is, is measured.
    ['The unemployment rate remains at 5.1%, its highest since 2021.', ['unemployment rate remains at 5.1%']],
    // A cut promised is a claim, not an allocation.
    ['Patients will receive up to 80% less radiation with the new scanner.', ['up to 80%']],
    // What a rule could cost is a claim.
    ['Farmers say the rule could cost each holding 40 ewes.', ['40 ewes']],
    // One of a small set with no preposition before it is a share.
    ['Only one of the three tests passed.', ['one of the three']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a study's material, instruments, threshold and scenario", () => {
  test.each([
    // The material a study opens on.
    ['Drawing on 212 parish letters, the chapter traces how poor relief was argued for.'],
    ['Analysing 2,300 ballad sheets, the thesis maps the trade in cheap print.'],
    // The instruments a study set up.
    ['The ring of 26 rain gauges was installed along the valley floor in 2019.'],
    // The change a model's scenario tries.
    ['The model shows that raising the parking charge by a fifth would cut car trips into town.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // What the study found from its material stays a finding; the material does not (both rows failed before: the material was found).
    ['Drawing on 212 parish letters, I show that 40% of applicants were widows.', ['40%']],
    ['Using a corpus of 1,200 songs, we find that 64% are in a major key.', ['64%']],
    // A threshold and the occasions counted against it are one statistic: the occasions are the finding.
    ['The busiest platform topped 28 °C on nine afternoons last July.', ['28 °C on nine afternoons']],
    // A change that happened is a claim, whatever follows it.
    ['Rents rose by a fifth, which would price out most tenants.', ['rose by a fifth']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('figures of one thing in hand, one thing picked out, the writer\'s thesis', () => {
  test.each([
    // A specification line.
    ['Pump: 22 kW, two-pole, serial 1180-C, received on 4 May.'],
    // A place along a line.
    ['A defective joint was recorded at chainage 31.6 m.'],
    // A product's folded size.
    ['The slim model is the narrowest we sell, folding to just 27 cm from the wall.'],
    // One patient's reading.
    ['Her haemoglobin was 96 g/L at the last clinic.'],
    // One thing picked out of a small set.
    ['Deliveries are late after a breakdown at one of the three depots.'],
    // A comparison with no figure in the writer's own thesis.
    ['We argue that the loss of the chapel choir mattered at least as much.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // The reading stays; the test's setting after it does not.
    ['Insulation resistance was 2.1 MΩ at 1,500 V DC.', ['2.1']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // A level that stays below another is measured.
    ['Wages remain 4% below their 2008 level.', ['4%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a report's numbered paragraph as support", () => {
  test('a decimal paragraph number in a parenthetical reference', () => {
    expect(count('uncited-statistic', 'The surveyor put the loss at about 3% (Hale report, para. 4.1).')).toBe(0)
  })
  test('guard: the same figure with no reference', () => {
    expect(count('uncited-statistic', 'The surveyor put the loss at about 3%.')).toBe(1)
  })
})
