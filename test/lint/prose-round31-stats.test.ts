import {describe, expect, test} from 'vitest'
import {count, statisticsFound as found} from './prose-round-helpers.js'

// The thirty-first round's criteria for `uncited-statistic`: findings the
// detector missed (a turnover after a sentence that opens on a preposition,
// a sum raised so far against a target, test scores on a scale, wear found
// at a place, a depth held against a required one, a count qualified by an
// acronym, people a team has trained, a website's own traffic), and figures
// that are no finding (a side's record in small number words, a scheme's
// swap of fittings and their dimmed level, the writer's new site as it
// opens, the cost of the writer's own works, a rate a body holds, what a
// named standard requires, a scale named by its top, a threshold). Each row
// of the first table in a block failed before this round; each guard row
// keeps its reading.

describe('findings the detector missed', () => {
  test.each([
    ['Off the pitch, the clubhouse bar had its busiest year, turning over £29,000.', ['£29,000']],
    ['The roof appeal, opened in March with a target of £90,000, has so far raised £33,200.', ['£33,200']],
    ['In the two practice tests she scored 104 and 109 on the age-standardised scale.', ['scored 104 and 109 on the age-standardised scale']],
    ['At the last check the see-saw, where a bearing showed 25% wear, was closed.', ['25%']],
    ['Bark mulch under the slide has packed down to a depth of 150 mm, below the 250 mm required.', ['150 mm']],
    ['The app is now used in 65 NHS physiotherapy services.', ['65 NHS physiotherapy services']],
    ['Our team has trained 310 nurses in the new protocol.', ['310 nurses']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test("a website's own traffic is no source for it", () => {
    expect(count('uncited-statistic', "The museum's website recorded 52,000 visits last year.")).toBe(1)
  })
  test.each([
    // A unit in capitals sizes one thing; a fair that is not the writer's reports its count.
    ['The 512 GB version costs more.', []],
    ['Hexham Fair opened on Saturday with 190 rides and stalls.', ['190 rides']],
    ['The town hall opened in 1890 with 400 seats.', ['400 seats']],
    // A model's training is method; a condition's threshold and a dug depth stay quiet.
    ['The model was trained for 40 epochs.', []],
    ['Where a pupil misses more than 10% of sessions, the school writes to the family.', []],
    ['The trench was dug to a depth of 900 mm.', []]
  ])('guard: %s', (text, spans) => {
    expect(found(text)).toEqual(spans)
  })
  test("guard: a website that records what a document lists is still a source", () => {
    expect(count('uncited-statistic', "The parish council's website records 40 listed buildings in the village.")).toBe(0)
  })
})

describe("a side's own record and the writer's own works", () => {
  test.each([
    ['The under-15s won only two of eleven games all season.'],
    ["Patel edged it on two of the three judges' cards."],
    ['We replaced 140 sodium lanterns with 60 LED units along the towpath.'],
    ['The car park scheme replaced old lamps with LEDs on 28 columns, dimmed to 40% after 11 pm.'],
    ['Our new depot opens on 3 March with 220 parking bays.'],
    ['Our clubhouse roof was replaced last spring at a cost of £8,400.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // In digits, a record is a result; a part of a sample is a finding; a public work's cost is reported.
    ['Our juniors won 18 of the 30 races.', ['18 of the 30']],
    ['Traces were found in three of the four wells.', ['three of the four']],
    ['The bridge was rebuilt in 2019 at a cost of £4 million.', ['£4 million']],
    ['The scheme cut energy use by 60%.', ['by 60%']]
  ])('guard: %s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('figures a body, a standard or a scale sets', () => {
  test.each([
    ['The central bank held its policy rate at 4.5% in March.'],
    ['Under the revised standard, doors rated Class 3 must now withstand 50,000 cycles, up from 20,000 under the old standard.'],
    ['Each entrant receives a score out of 10 for presentation.'],
    ['Inspectors treat anything over 5% as a failure.'],
    ['The chance of heatstroke climbs steeply above 30°C.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    ['Inflation held at 3.2% in May.', ['Inflation held at 3.2%']],
    ['Scores averaged 7.4 out of 10.', ['averaged 7.4 out of 10']],
    // Round 36: the occasions counted against a threshold are one statistic with it.
    ['Temperatures rose above 30°C on six days.', ['30°C on six days']]
  ])('guard: %s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})
