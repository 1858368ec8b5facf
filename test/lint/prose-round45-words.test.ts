import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 45 of the prose rules, vague sources. Reported anew: a trade's
// estimates as the source (`Industry estimates suggest`), a class placed
// with `here` or `abroad` before its verb, a class writing off a contender's
// chances, and a class's advice coming in (`are increasingly advising`). No
// longer reported: a class that does not think about a thing (`think
// about`, no opinion), the respondents of the writer's own consultation
// telling the writer (`we received … representations`), and the state a
// service is expected in, in a notice (`the ferry is expected to be busy`).
// Superlatives, reported anew: a record in apposition over a whole class or
// an area (`a record for any branch`), a first occurrence in a named place,
// a state reached for the first time after a comparison or an overtaking, a
// first since counting began with no words between, the first of a kind in
// a body's whole record, and `bearing the brunt`; no longer reported, `The`
// and a superlative opening its sentence that pick one of the writer's own
// set out by a date or a count in apposition or by a past measure, and
// `every` in the writer's own procedure in the future passive. Each case is in our own
// wording; every row fails on the code before this round but the guards,
// which keep the opposite reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe("a trade's estimates as the source", () => {
  test('`Trade estimates suggest`', () => {
    // Estimates made by a trade at large: nobody who made them is named.
    expect(vague('Trade estimates suggest the market for hand tools has halved since 2010.')).toEqual(['Trade estimates suggest'])
  })

  test('`Industry estimates show`', () => {
    // The same with another verb of finding.
    expect(vague('Industry estimates show that most small foundries have closed.')).toEqual(['Industry estimates show'])
  })

  test('guard: a kind of data held by a named kind of record', () => {
    // A noun before `data` makes a kind of data, which is named, not vague.
    expect(vague('Payroll data show that hiring slowed in the spring.')).toEqual([])
  })
})

describe('a class placed with `here` or `abroad` before its verb', () => {
  test('`growers here say`', () => {
    // Where the growers are does not name any of them.
    expect(vague('Imported bulbs are cheaper, but growers here say the quality has caught up.')).toEqual(['growers here say'])
  })

  test('`Collectors abroad say`', () => {
    // A class abroad is still a class.
    expect(vague('Collectors abroad say prices for early stamps have doubled.')).toEqual(['Collectors abroad say'])
  })

  test('guard: `on here` after the class keeps its reading', () => {
    // `on here` is the site the class writes on; the class is still the source, read past the preposition.
    expect(vague('Other diners on here have said the same about the service.')).toEqual(['Other diners on here have said'])
  })
})

describe("a class writing off a contender's chances", () => {
  test('`Commentators have already written off`', () => {
    // A verdict on what will come, lent to an unnamed class.
    expect(vague("Commentators have already written off the county's hopes of promotion.")).toEqual(['Commentators have already written off'])
  })

  test('`Critics wrote off the team`', () => {
    // The same verdict in the past.
    expect(vague('Critics wrote off the team after the opening defeat.')).toEqual(['Critics wrote off'])
  })

  test('guard: a debt written off', () => {
    // An account closed, not a verdict.
    expect(vague('Lenders wrote off the loan in 2019.')).toEqual([])
  })
})

describe("a class's advice coming in", () => {
  test('`Lawyers are increasingly advising`', () => {
    // Advice reported of a class as a trend: whose advice goes unsaid.
    expect(vague('Lawyers are increasingly advising landlords to sell before the new rules.')).toEqual(['Lawyers are increasingly advising'])
  })
})

describe('a class that does not think about a thing', () => {
  test('`tenants rarely think about`', () => {
    // Thinking about a thing is no opinion lent to anyone.
    expect(vague('Damp behind wardrobes is common, and tenants rarely think about it until the mould shows.')).toEqual([])
  })

  test('guard: `think that` is an opinion', () => {
    // A class's opinion, with its clause.
    expect(vague('Builders think that the new rules will slow repairs.')).toEqual(['Builders think'])
  })
})

describe("the respondents of the writer's own consultation telling the writer", () => {
  test('`we received … responses`, then `Respondents mostly told us`', () => {
    // The writer's own consultation, counted in the paragraph: its respondents are the writer's informants.
    expect(vague('We received 2,100 written responses to the draft map. Respondents mostly told us that the ridge is a natural boundary.')).toEqual([])
  })

  test('guard: respondents with no consultation of the writer named', () => {
    // Nothing says whose respondents these are.
    expect(vague('Respondents mostly told us that the ridge is a natural boundary.')).toEqual(['Respondents mostly told'])
  })
})

describe('the state a service is expected in, in a notice', () => {
  test('`the ferry is expected to be busy`', () => {
    // A practical notice to travellers, no belief lent to anyone.
    expect(vague('Visitors should note that the early ferry is expected to be busy, so please arrive in good time.')).toEqual([])
  })

  test('guard: a course expected with no one expecting it', () => {
    // An expectation about the world lent to no one.
    expect(vague('Prices are expected to rise sharply.')).toEqual(['are expected to'])
  })
})

describe('a record in apposition over a whole class or an area', () => {
  test('`a record for any branch`', () => {
    // The branch's count ranked above every other branch's.
    expect(superlatives('We took 5,000 bookings in the spring, a record for any branch.')).toEqual(['a record for any branch'])
  })

  test('`a record for the county.`', () => {
    // A record across the county.
    expect(superlatives('The rainfall in October was a record for the county.')).toEqual(['a record for the county'])
  })

  test('guard: a log kept for each', () => {
    // A record kept is a log, not a ranking.
    expect(superlatives('We keep a record for every visit.')).toEqual([])
  })
})

describe('a first occurrence in a named place', () => {
  test('`the first case in Yorkshire`', () => {
    // A priority over the whole county.
    expect(superlatives('Bird flu was confirmed at a farm near Leeds, the first case in Yorkshire this winter.')).toEqual(['the first case in Yorkshire'])
  })

  test('guard: a month after `in`', () => {
    // A place in an order of dates, not of places.
    expect(superlatives('The first case in June was mild.')).toEqual([])
  })
})

describe('a state reached for the first time after a comparison or an overtaking', () => {
  test('`dearer than silver for the first time`', () => {
    // A ranking between two that was never so before.
    expect(superlatives('Tin is now dearer than silver for the first time.')).toEqual(['for the first time'])
  })

  test('`overtook gas for the first time`', () => {
    // An overtaking with no precedent.
    expect(superlatives('Wind overtook gas for the first time, the grid operator said.')).toEqual(['for the first time'])
  })

  test("guard: the writer's own first, no comparison", () => {
    // A first in the writer's life, no comparison.
    expect(superlatives('Last spring I visited Rome for the first time.')).toEqual([])
  })
})

describe('a first since counting began, with no words between', () => {
  test('`for the first time since records began`', () => {
    // The whole run of records, outdone.
    expect(superlatives('The lake froze in March for the first time since records began.')).toEqual(['the first time since records began'])
  })
})

describe("the first of a kind in a body's whole record", () => {
  test('`the first closure order the council has made`', () => {
    // Nothing like it in the council's whole past.
    expect(superlatives('This is the first closure order the council has made on a pub.')).toEqual(['the first closure order the council has made'])
  })

  test("guard: the writer's own first", () => {
    // The writer's own reading, not a body's record.
    expect(superlatives('This is the first book I have read this year.')).toEqual([])
  })
})

describe('`bearing the brunt`', () => {
  test('`are bearing the brunt`', () => {
    // Hit hardest, without the superlative.
    expect(superlatives('Small farms are bearing the brunt of the rise in feed prices.')).toEqual(['bearing the brunt'])
  })
})

describe("`The` and a superlative opening its sentence, picking one of the writer's own set", () => {
  test('by a date in apposition: `The coldest night, 3 February,`', () => {
    // One night of the writer's own season, named by its date.
    expect(superlatives('Frost came early at the allotments this winter. The coldest night, 3 February, reached −15 °C and split two water butts.')).toEqual([])
  })

  test('by a count in apposition: `The largest single batch, some 300 jars,`', () => {
    // One batch of the writer's own output, named by its size.
    expect(superlatives('We made jam from the orchard again this autumn. The largest single batch, some 300 jars, went to the harvest fair.')).toEqual([])
  })

  test('by a past measure: `The strongest sample scored 41 MPa`', () => {
    // One of the writer's own samples, picked by its result.
    expect(superlatives('The strongest sample scored 41 MPa after curing.')).toEqual([])
  })

  test('guard: a ranking with its class after the noun', () => {
    // Ranked across the town, a claim.
    expect(superlatives('The largest employer in the town is the hospital.')).toEqual(['The largest'])
  })

  test('guard: a present measure is a claim of the world', () => {
    // No past event of the writer's: the fastest train of all.
    expect(superlatives('The fastest train reaches 300 km/h.')).toEqual(['The fastest'])
  })
})

describe("`every` in the writer's own procedure, in the future passive", () => {
  test('`Every entry will be judged`', () => {
    // What the writer's show will do with each entry it receives.
    expect(superlatives('Every entry will be judged by two stewards before noon.')).toEqual([])
  })

  test('`Every application will be acknowledged`', () => {
    // A step of the writer's own procedure.
    expect(superlatives('Every application will be acknowledged by email within a week.')).toEqual([])
  })

  test('guard: a forecast over a whole class', () => {
    // Not a procedure: what will happen to every household.
    expect(superlatives('Every household will be affected by the change.')).toEqual(['Every household'])
  })
})
