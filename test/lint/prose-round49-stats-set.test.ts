import {describe, expect, test} from 'vitest'
import {statisticsFound as found} from './prose-round-helpers.js'

// The forty-ninth round's criteria for `uncited-statistic` (default cues,
// not the model) on sizes a rule, an offer or a method allows rather than
// findings (statistic-allowance.ts): the size of what an offer or a call
// takes, with its bound (`welcomes essays of up to 4,000 words`, `for
// parties of up to 30 guests`, `for orders of 40 boxes or more`), a thing of
// a bounded size a rule makes compulsory (`a lead of at least two metres is
// compulsory`), a bound under a rule's `must` (`must be 14 or over to ride
// up to 20 miles`), what a machine takes, a bounded size with its dimension
// (`Our lathe turns bowls up to 20 inches across`), a step of a method with
// its bound (`a method of scanning up to 300 metres of coast`) and a cap
// on entries (`Bookings close at 60 tables`); and a line of the writer's own
// price list (statistic-tariff.ts): a charge with the payer named after it
// (`The cost is £28 for members`) and a table cover per person (`Table cover
// is £5 a head`). What the round reports anew is
// in prose-round49-stats-found.test.ts. Each quiet row failed on the base
// commit (it was found); each guard row keeps the opposite reading and passes
// before and after. Rows are in our own wording.

describe('the size of what an offer or a call takes', () => {
  test.each([
    // `welcomes essays of up to 4,000 words`: the length a journal's call sets, not a length measured.
    ['The journal welcomes essays of up to 4,000 words on local history.'],
    // `for parties of up to 30 guests`: the size of booking a venue takes.
    ['The barn is available for parties of up to 30 guests.'],
    // `accepts poems of up to 40 lines`: a competition's rule.
    ['The competition accepts poems of up to 40 lines.'],
    // `for orders of 40 boxes or more`: a threshold an offer sets, the bound after the figure.
    ['Delivery is free for orders of 40 boxes or more.'],
    // `takes parties of up to 16 walkers`.
    ['The hut takes parties of up to 16 walkers.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a bound people met is a finding, with no offer taking it.
    ['Patients in the county now face waits of up to 18 months.', ['waits of up to 18 months']],
    // Guard: a bound reached in the world is a finding.
    ['Floods of up to two metres hit the valley last winter.', ['up to two metres']],
    // Guard: groups seen crossing, not taken by an offer, are a finding.
    ['Migrants crossed the strait in groups of up to 50 people.', ['up to 50 people']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a thing of a bounded size a rule makes compulsory', () => {
  test.each([
    // `a lead of at least two metres … are compulsory`: the size the rule sets.
    ['A reflective vest, a lead of at least two metres and a head torch are compulsory.'],
    // `a rope of no more than 30 metres is required`: the same with another bound.
    ['For the gorge walk a rope of no more than 30 metres is required.'],
    // `a rope of at least 20 metres are compulsory for each team`: the last item of a kit list.
    ['A first-aid kit, a whistle and a rope of at least 20 metres are compulsory for each team.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a thing of a bounded size found, with no rule after it, stays a finding.
    ['A net of at least 40 metres was found tangled on the reef.', ['at least 40 metres']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a bound under a rule's must", () => {
  test.each([
    // `must be 14 or over to ride up to 20 miles`: the distance the rule allows.
    ['Riders must be 14 or over to ride up to 20 miles on the open course.'],
    // `must be 12 or older to paddle up to 10 km`: the same with another sport.
    ['Juniors must be 12 or older to paddle up to 10 km.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: what people must now do, a verb not of a rule's sport or kit, is a finding.
    ['Commuters must now travel up to 40 miles to reach a hospital.', ['up to 40 miles']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('what a machine or a service takes, with its dimension', () => {
  test.each([
    // `turns bowls up to 20 inches across`: the owner's statement of the lathe's reach.
    ['Our lathe turns bowls up to 20 inches across, and we charge by the hour.'],
    // `The planer takes boards up to 12 inches wide`: the same with another verb.
    ['The planer takes boards up to 12 inches wide.'],
    // `prints posters up to 60 cm in width`.
    ['The studio prints posters up to 60 cm in width.'],
    // `cuts logs up to 60 cm in diameter`.
    ['Our saw cuts logs up to 60 cm in diameter.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: what a river carried, not a machine's verb, is a finding.
    ['The river carried boulders up to 2 metres across.', ['up to 2 metres']],
    // Guard: what was cut last week, past, is a finding.
    ['Tree surgeons cut branches up to 8 metres long from the oak last week.', ['up to 8 metres']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a step of a method, with its bound', () => {
  test.each([
    // `method of searching up to 400 metres of riverbank`: a method's setting.
    ["The scheme's method of searching up to 400 metres of riverbank was followed at every site."],
    // `a method of scanning up to 300 metres of coast`.
    ['The study followed a method of scanning up to 300 metres of coast.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: a share a method is said to cut is a claim of its effect.
    ['The new method of insulating lofts cuts up to 25% of heat loss.', ['up to 25%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe('a cap on entries', () => {
  test.each([
    // `Bookings close at 60 tables`: a cap the organiser sets.
    ['Bookings close at 60 tables, so reserve early.'],
    // `Entries close on 1 May or at 80 boats`: a date or a cap.
    ['Entries close on 1 May or at 80 boats, whichever comes first.'],
    // `Registration closes at 500 runners`.
    ['Registration closes at 500 runners.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: entries that closed at a count, past and a record, are a finding.
    ['Entries closed at 412 riders, a record for the event.', ['412 riders']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})

describe("a line of the writer's own price list", () => {
  test.each([
    // `The cost is £28 for members and £36 for non-members`: a price the writer sets, its payer named after it.
    ['The cost is £28 for members and £36 for non-members.'],
    // `The cost is £9 for juniors`: the same with another class of payer.
    ['The cost is £9 for juniors, with kit provided.'],
    // `Table cover is £5 a head`: a cover charge per person, as a fee per person is.
    ['Table cover is £5 a head on weekday evenings.']
  ])('%s', (quiet) => {
    expect(found(quiet)).toEqual([])
  })

  test.each([
    // Guard: an aggregate cost is measured, whoever it is for.
    ['The average cost is £35 for members of such clubs nationally.', ['£35']],
    // Guard: a cover that is a share of land is a finding.
    ['Tree cover is 12% for the county.', ['12%']]
  ])('%s', (text, statistics) => {
    expect(found(text)).toEqual(statistics)
  })
})
