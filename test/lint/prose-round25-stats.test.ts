import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The twenty-fifth round's criteria for `uncited-statistic`: figures that
// are not statistics about the world, and one claim in words that is. Each
// quiet row failed before this round; each guard row keeps the opposite
// reading.

describe('an amount a body decides or a party sought', () => {
  test.each([
    ['The regulator approved a rise of 6% from April.'],
    ['The board rejected an increase of 12% for the coming season.'],
    ['The panel approved a rise of 3%, well short of the 7% the union had sought.'],
    ['The board approved a cut of 2%, not the 5% the landlord had asked for.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // A rise measured is found, whoever reports it.
    ['Rents rose by 6% from April.', ['rose by 6%']],
    ['Membership fell to 7% of the total the union had in 1990.', ['fell to 7%']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a set price in a clause of its own after an aggregate', () => {
  test.each([
    ['Village halls have always paid less than theatres, and the tariff of £0.80 per square metre has not moved since 2016.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // An aggregate in the price's own clause still measures it.
    ['Halls paid an average fee of £1.20 per seat.', ['£1.20 per seat']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a threshold that scopes a charge or an exemption', () => {
  test.each([['Tax on wine under 11% ABV is charged at the lower band.'], ['Sales of bread over 400 g are exempt from the levy.']])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // The share the charged goods make up is found.
    ['Ciders under 4% ABV are charged at the lower band, and they make up 40% of sales.', ['40%']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a value the writer assumes, a sample and a survey’s answers', () => {
  test.each([
    ['Our tables assume a family uses hot water daily, which we take as 120 litres a day.'],
    ['The forecast assumes a discount rate of 3.5%.'],
    ['These prices are based on 12,000 dealer listings from the quarter.'],
    ['The annual members’ survey closed in May with 412 responses.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // What a survey found is its result.
    ['The survey found that 412 respondents wanted later opening.', ['412 respondents']],
    ['We assume that 30% of buyers will pay in cash.', ['30%']],
    // Answers to no survey are a count.
    ['The council received 9,000 responses to its plan.', ['9,000 responses']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('an instruction opening on a guide’s verb and a bare word', () => {
  test.each([
    ['Use waxed cotton thread of about 5 kg breaking strain, and leave 20 cm spare at each end.'],
    ['Allow about 150 g of rice per person and 40 g of lentils for a side dish.'],
    ['Choose seasoned oak at least 30 mm thick for the frame.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // `Use` as a noun is no instruction.
    ['Use of the library fell by 12% in 2023.', ['fell by 12%']],
    ['Use has risen to 4,000 visits a month.', ['risen to 4,000 visits']],
    // A verb opening a noun phrase that a finite verb goes on to report: a statement, not an instruction.
    ['Pick rates for March came in at 96.5%, the best this year.', ['96.5%']],
    ['Leave requests in the summer rose to 140 a week.', ['rose to 140']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a figure inside a named speaker’s quoted words', () => {
  test.each([
    ['The judge remarked that "a two-line quote is not worth a fifth of a whole poem."'],
    ['The head cook said, "We bake our own bread three mornings out of four."']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // The writer's figure outside the quotation, or in a short quoted term, is still found.
    ['The judge called it "unfair", though 40% of poets agree.', ['40%']],
    // (A figure quoted from an unnamed speaker is the quotation's too since the thirty-second round: unattributed-quotation reports it; prose-round32-stats.test.ts.)
    ['A 12" pipe drains 300 litres a minute, and a 6" one less.', ['300 litres']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('one individual’s size or record in narrative', () => {
  test.each([
    ['Say hello to Pip, a terrier who arrived weighing only 4 kg.'],
    ['By June he weighs a healthy 9 kg.'],
    ['Progress note: Josh has completed six of eight planned sessions.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
  test.each([
    // A class weighed, or a tally not set against a plan, is found.
    ['Hedgehogs brought in weighed under 400 g on average.', ['400 g on average']],
    ['Only 12 of 40 planned homes have been built.', ['12 of 40 planned homes']]
  ])('%s', (measured, spans) => {
    expect(found(measured)).toEqual(spans)
  })
})

describe('a sum saved or cost in millions, in words', () => {
  test.each([
    ['Volunteer wardens save the county millions in clean-up costs.', ['save the county millions']],
    ['The delay could cost hauliers billions.', ['cost hauliers billions']]
  ])('%s', (claim, spans) => {
    expect(found(claim)).toEqual(spans)
  })
  test.each([['Millions of visitors come each summer.'], ['It cost the earth.']])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })
})
