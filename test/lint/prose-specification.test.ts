import {describe, expect, test} from 'vitest'
import {detectStatistics} from '../../src/lint/prose/statistic.js'

// The ninth round's criteria for `uncited-statistic`, read from the seventh
// unseen set and tried here on sentences of other registers. Each row pairs
// a sentence the criterion decides with its nearest neighbour on the other
// side, so a criterion drawn too wide fails as surely as one that is missing.

/** The words each statistic found covers. */
function found(text: string): string[] {
  return detectStatistics(text).map((span) => text.slice(span.start, span.end))
}

describe('what a specification gives is not a statistic; the measurement beside it is', () => {
  test.each([
    // An appliance's rating, not what it drew in a test.
    ['The heater has a rated output of 1,500 W.', 'During the trial the heater drew an average of 1,430 W.', ['an average of 1,430']],
    // A built place's floor area, not the area a flood covered.
    ['The new sports hall covers 1,800 square metres.', 'The flood covered 1,800 square kilometres of farmland.', ['1,800 square kilometres']],
    // The settings a place is kept at, not the temperature it reached.
    ['The reptile house is kept between 26 °C and 30 °C.', 'Temperatures in the reptile house reached 34 °C in July.', ['reached 34 °C']],
    // A route's profile and its own length, not the distance a glacier moved.
    ['Saturday’s sportive has 2,300 metres of ascent.', 'The glacier has retreated 900 metres since 1950.', ['900 metres']],
    ['The stage climbs just 900 metres before the finish.', 'The glacier has retreated 900 metres since 1950.', ['900 metres']],
    ['Along its 14 miles the towpath passes nine locks.', 'The towpath has lost 14 miles to erosion.', ['14 miles']],
    // A limit a rule sets on what someone may do, not a forecast of that size or a size observed.
    ['Members may claim up to £30 for travel to each meeting.', 'Visitors may spend up to £5bn in the region this summer.', ['£5bn']],
    ['Hand luggage must not exceed 7 kg.', 'Checked bags averaged 9 kg last summer.', ['averaged 9 kg']],
    ['Signs may be no bigger than 60 by 90 cm.', 'Most of the fish were no bigger than 12 cm.', ['12 cm']],
    // Room for so many, not so many lost.
    ['The marina has moorings for 240 boats.', 'The marina lost 240 boats in the storm.', ['240 boats']],
    // What an event announced for a date will have, not what it drew.
    ['The craft fair opens in the Corn Exchange on 3 May with over 60 stalls.', 'Last year the craft fair drew over 60 stalls.', ['60 stalls']],
    ['About 300 exhibitors are expected at the show.', 'House prices are expected to rise by 4% next year.', ['by 4%']],
    // The tail of a season, a release, a size joined to its unit, a target: not a count, a time or a share.
    ['The 2023–24 season ends in May.', 'In 2023 24 teams entered the league.', ['24 teams']],
    ['Search has been slow since the 5.2 release.', 'Search latency rose to 5.2 seconds.', ['rose to 5.2']],
    ['Rowers race over the 2,000-metre course.', 'The club has 2,000 members.', ['2,000 members']],
    ['The society aims for a response rate of at least 30%.', 'The society achieved a response rate of 30%.', ['rate of 30%']],
    // A threshold needed to be elected or to pass, not an estimate of what is needed.
    ['Candidates need at least 25% of first-preference votes to be elected.', 'Turnout was at least 25% in every ward.', ['at least 25%']],
    ['A turnout of 40% is needed for the result to stand.', 'About 5,000 more homes are needed in the district.', ['About 5,000 more homes']],
    // A maximum a rule states in the present, a limit opening the span, room offered, the second of two dimensions, a setting below zero.
    ['The maximum group size is 12 people.', 'The largest group that day was 12 people.', ['12 people']],
    ['Each team may field up to 15 players.', 'Each team fielded 15 players.', ['15 players']],
    ['Space is available for 40 stalls.', 'Space was found for 40 stalls.', ['40 stalls']],
    ['The pool measures 25 metres by 12 metres.', 'The slick spread 25 kilometres by nightfall.', ['25 kilometres']],
    ['The freezer holds food at −18 °C.', 'The thermometer read 18 °C at dawn.', ['18 °C']],
    // A thing's stated attribute, a place's area, a route's length, an order's term, what a venue can host: not a size observed or compared.
    ['The lens has a focal length of 50 mm.', 'The lens was dropped from a height of 50 metres.', ['50 metres']],
    ['The studio is 40 square metres.', 'The new flat is 12 square metres smaller than the old one.', ['12 square metres']],
    ['The studio is 40 square metres.', 'The house is 40 metres from the river.', ['40 metres']],
    ['The walk is 8 miles and ends at the pub.', 'The course is 8 miles shorter than last year’s.', ['8 miles']],
    ['Orders over £40 ship free.', 'Orders rose to £40 million last year.', ['£40 million']],
    ['The hall can host up to 300 guests.', 'The hall hosted up to 300 guests a night last winter.', ['up to 300 guests']],
    // A list in what a body will do runs past the comma that groups a number's digits.
    ['The new library will have 40,000 books and 60 computers.', 'The old library lost 40,000 books and 60 computers in the fire.', ['40,000 books', '60 computers']]
  ])('%s', (specification, measurement, expected) => {
    expect(found(specification)).toEqual([])
    expect(found(measurement)).toEqual(expected)
  })

  test('a sentence ends after a note, so a set price is not read with the change before it', () => {
    // U+FFFC stands for the footnote reference, as in a block's text.
    expect(found('Attendance grew to 4,000 this year.\uFFFC Season tickets, priced at £90, sold well.')).toEqual(['grew to 4,000'])
  })
})

describe('results the writer reports are statistics; the deal, the description or the plan beside them is not', () => {
  test.each([
    // Money an event or an appeal raised; money raised from funders is a deal.
    ['The tombola raised £820 for the church roof.', ['£820'], 'The startup raised £4 million from two venture funds.'],
    ['The appeal has already raised £12,400.', ['£12,400'], 'The company raised £2 million in a seed round.'],
    // A thing caught or grown and its size; one thing described by its size.
    ['A member landed a carp weighing 19 kg.', ['19 kg'], 'The bridge, weighing 40 tonnes, was lifted into place.'],
    // A count standing alone after a finding; a year after one.
    ['The audit found that nine had no working alarm.', ['nine had'], 'The audit found that 2019 had been a dry year.'],
    ['Of the twelve outages, eight followed a deploy.', ['eight followed'], 'Of the 2020 cohort, most graduated.'],
    ['Out of sixty applicants, forty were shortlisted.', ['forty were shortlisted'], 'Out of respect, forty stayed silent.'],
    ['Only three of the nineteen bridges passed inspection.', ['three of the nineteen'], 'Only three of us crossed the bridge.'],
    ['The coffee morning made £186 for the lifeboat fund.', ['£186'], 'The club made £2 million from its shareholders.'],
    // What the writer has done, in a verb that starts like a method's (`plant`, not `plan`); a plan.
    ['Through the scheme we have helped plant 8,000 hedgerow shrubs.', ['8,000 hedgerow shrubs'], 'We plan to plant 8,000 hedgerow shrubs next winter.']
  ])('%s', (result, expected, neighbour) => {
    expect(found(result)).toEqual(expected)
    expect(found(neighbour)).toEqual([])
  })
})
