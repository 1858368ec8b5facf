import {describe, expect, test} from 'vitest'
import {count, statisticsFound as found} from './prose-round-helpers.js'

// The thirtieth round's criteria for `uncited-statistic`: figures a body
// sets (a charge's steps, an allocation, a scheme's marks, a class's
// minimum, a named trigger level), the writer's own holding and exercise,
// and coverage through `the same <source> puts` and `that <source> also
// shows`; and findings the detector missed (an observed extreme, a change
// by points in words, a multiple of its cost, an amount against an
// everyday thing, a measured maximum depth, a level within a margin of its
// baseline, a sentence ending on `°C.`). Each row of the first table in a
// block failed before this round; each guard row keeps its reading.

describe('findings the detector missed', () => {
  test.each([
    ['Inspectors found corrosion on hulls with as few as 900 dives.', ['as few as 900 dives']],
    ['Our forecast understated the swing by almost four points.', ['by almost four points']],
    ['The painting now sells for more than double its cost.', ['double its cost']],
    ["Each of us inhales roughly a paperclip's weight of dust a month.", ["roughly a paperclip's weight of"]],
    ['The survey dig found wall loss with a maximum pit depth of 3.1 mm.', ['3.1 mm']],
    ['After the splice, loss on every channel was within 0.2 dB of the original reading.', ['0.2 dB']],
    // A comparison and its baseline are one statistic.
    ['The core reached 212 °C, higher than the design estimate of 190 °C.', ['reached 212 °C, higher than the design estimate of 190 °C']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
  test.each([
    // A group defined by a threshold is still no finding.
    ['Grants go to charities with more than 500 volunteers.'],
    ["It took about a day's work to fix."],
    // A dimension that sizes one thing, and a span of time, stay quiet.
    ['The trench was dug to a depth of 900 mm.'],
    ['The crew must respond within 15 minutes of the alarm.']
  ])('guard: %s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})

describe('a sentence that ends on a temperature in degrees Celsius', () => {
  test('`°C.` ends the sentence: the next sentence’s pointer does not cover it', () => {
    expect(count('uncited-statistic', 'The kiln was measured at 1,220 °C. The glaze cracked on cooling (Table 4).')).toBe(1)
  })
  test('guard: `c.` for circa still runs on', () => {
    expect(count('uncited-statistic', 'The jug is dated c. 1790. It sold for £4,000 (Table 2).')).toBe(0)
  })
})

describe('figures a body or a scheme sets', () => {
  test.each([
    ['A family pass will cost £120 next year, a rise of £15, and juniors stay at £40.'],
    ['Membership fees will rise from £30 to £35 in January.'],
    ['The council has set the water allowance for the summer at 60% of normal use.'],
    ["Entries were judged on the show's marking scheme, with 40 marks for condition and 20 for presentation."],
    ['The maximum length for the junior class remains 4.2 m.'],
    ['The permit sets a maximum of 2% alcohol in the brew.'],
    ['Budget: modest, achievable for under £500,000.'],
    ['The walkers covered the full 26 miles of the route.'],
    // A bound that repeats a figure the paragraph gave before.
    ['Vaccines are stored at 8 °C in every clinic. Spot checks show fridges often run above 8 °C.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test('a trigger level named by its figure is set; the reading against it is measured', () => {
    expect(found('Nitrate in well 3 was 40 mg/l, under the 50 mg/l action level.')).toEqual(['40 mg'])
  })
  test.each([
    ['She won 40 marks for the essay.', ['40 marks']],
    ['Average rents rose by £15 to £820 a month.', ['£15 to £820']],
    ['Energy bills rose from £1,200 to £1,900.', ['£1,200 to £1,900']],
    ['The drought has cut river flows to 60% of normal.', ['60%']],
    ['The maximum temperature for July was 38 °C.', ['38 °C']],
    ['The walkers covered 26 miles of the route in a day.', ['26 miles']],
    ['A maximum of 400 people attended.', ['400 people']],
    ['Spot checks show fridges often run above 8 °C.', ['8 °C']]
  ])('guard: %s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe("the writer's own holding, exercise and outing", () => {
  test.each([
    ['Exercise Harbour Light rehearsed the response to a chemical spill. It lasted a day and involved 85 participants from 12 agencies.'],
    ['Our collection of 64 clocks was insured last year.'],
    ['Our panel tasted 120 cheeses over two days.'],
    ['The crossing took nine days, including three days lost to fog.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test('what the panel found is still a finding', () => {
    expect(found('Our panel tasted 120 cheeses, and 30% failed.')).toEqual(['30%'])
  })
  test.each([
    ['The festival involved 85 participants from 12 countries.', ['85 participants', '12 countries']],
    ['Eleven ferries were lost in the storm.', ['Eleven ferries were lost']]
  ])('guard: %s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a sentence that names back the source just cited', () => {
  test('`The same return puts …` and `That return also shows …` are covered', () => {
    expect(count('uncited-statistic', "Bus use fell to 61% of its 2019 level, the operator's annual return shows [@op2024]. The same return puts rail use at 74%.")).toBe(0)
    expect(
      count('uncited-statistic', "Bus use fell to 61% of its 2019 level, according to the operator's annual return [@op2024]. That return also shows that fares rose by 9%.")
    ).toBe(0)
  })
  test('guard: a sentence that names no source back is not', () => {
    expect(count('uncited-statistic', 'Bus use fell to 61% [@op2024]. Rail use rose to 74%.')).toBe(1)
    expect(count('uncited-statistic', 'Bus use fell to 61% [@op2024]. That winter also saw fares rise by 9%.')).toBe(1)
  })
})
