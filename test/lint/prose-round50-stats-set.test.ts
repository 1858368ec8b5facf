import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The fiftieth round's criteria for `uncited-statistic` (default cues, not
// the model) on figures of the writer's practice, a rule's cap or an aim
// rather than findings (statistic-practice.ts): a cap a rule sets with a
// negated modal (`No boat may carry more than 12 passengers`), a level a
// practice aims to keep (`to keep a height of about 2 metres`), a length a
// present practice cuts a thing to (`Side shoots are pinched back to 5 cm`),
// a practice's rate or density (`Stocking density in the rearing pens is 40
// birds per square metre`), what a thing now costs the writer with the sum
// it is set against (`now costs us £21, against £14`, statistic-market.ts no
// longer reading it as a market level) and the writer's own occasions a
// count or a survey is spread across (`across 30 shows`, `Counting took
// place over six visits`); and a range of temperature a store keeps (`keeps
// vaccines between 2 and 8 °C`, statistic-setting.ts). What the round
// reports anew is in prose-round50-stats-found.test.ts. Each quiet row failed
// on the base commit (it was found); each guard row keeps the opposite
// reading and passes before and after. Rows are in our own wording.

describe("a cap a rule sets with a negated modal", () => {
  test.each([
    // `No boat may carry more than 12 passengers`: the rule's cap, not a count found.
    ['No boat may carry more than 12 passengers on the estuary.'],
    // `may not house more than`: the same cap with the modal negated.
    ['Kennels may not house more than 20 dogs under the licence.'],
    // A frequency a plan caps.
    ['Under the new licence no outfall may discharge more than six times a year.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a bound kept in the past, with no modal, is a finding.
    ['No ward had more than 12 empty beds last winter.', ['more than 12 empty beds']],
    // Guard: a measured amount after a bound stays found.
    ['The storm dropped more than 90 mm of rain on the town.', ['dropped more than 90 mm']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a level a practice aims to keep, and a length a present practice cuts a thing to', () => {
  test.each([
    // `to keep a height of about 2 metres`: the aim of the trimming, not a height measured.
    ['The hedges are trimmed each autumn to keep a height of about 2 metres.'],
    // `to hold a condition score of about 3`: the aim of the feeding.
    ['Ewes are fed through late pregnancy to hold a condition score of about 3.'],
    // `are pinched back to 5 cm`: the length a grower's practice cuts to.
    ['Side shoots are pinched back to 5 cm in June.'],
    // `are cut down to 3 mm`: a groundsman's setting.
    ['Greens are cut down to 3 mm for the club championship.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a level somebody managed to keep is a result.
    ['The firm managed to keep a margin of 12% through the recession.', ['12%']],
    // Guard: a thing that shrank back to a length is a finding, not a practice.
    ['The glacier has shrunk back to 40 km since 1900.', ['40 km']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a practice's rate or density, and a range of temperature a store keeps", () => {
  test.each([
    // `Stocking density in the rearing pens is 40 birds per square metre`: the keeper's setting.
    ['Stocking density in the rearing pens is 40 birds per square metre.'],
    // `a seeding rate of 35 g`: the span opens on the rate's words.
    ['We sow at a seeding rate of 35 g per square metre.'],
    // `keeps vaccines between 2 and 8 °C`: a store's set range.
    ['The fridge keeps vaccines between 2 and 8 °C.'],
    // `are stored between 2 and 6 °C`: the same in the passive.
    ['Milk samples are stored between 2 and 6 °C until collection.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a density of the world is a claim.
    ['Population density in the borough is 5,000 people per square km.', ['5,000 people per square']],
    // Guard: a range the sea stayed within was measured.
    ['Sea temperatures stayed between 18 and 24 °C all summer.', ['24 °C']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('what a thing now costs the writer, and the sum it is set against', () => {
  test.each([
    // `now costs us £21, against £14 two years ago`: the writer's own outlay, both sums.
    ["A bag of layers' pellets now costs us £21, against £14 two years ago."],
    // `costs us 90p a kilo, up from 70p`: the same with `up from`.
    ['Bird seed now costs us 90p a kilo, up from 70p last spring.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: what a thing costs others, set against an earlier price, is a market level.
    ['Diesel now costs hauliers £1.45 a litre, against £1.20 a year ago.', ['£1.45', '£1.20']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("the writer's own occasions a count or a survey is spread across", () => {
  test.each([
    // `across 30 shows`: how many shows the writer put on, not a finding; the visitors stay found.
    ['This year we welcomed 2,600 visitors across 30 shows.', ['2,600 visitors']],
    // `took place over six visits`: a survey's effort.
    ['Counting took place over six visits between May and July.', []],
    // The same with another survey.
    ['Ringing took place over nine visits between April and August.', []]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })

  test.each([
    // Guard: the same outside the writer's voice stays a claim.
    ['Crowds averaged 4,000 across 22 matches.', ['averaged 4,000', '22 matches']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
