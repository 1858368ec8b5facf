import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 55 of the prose rules, superlatives and vague attributions.
// Superlatives, no longer reported: `every other` with a unit of time or a day
// (`every other month`, `on every other Saturday`), a frequency, as `every
// month` is; `every` with the place or kind it ranges over, then a modal of
// advice (`Every culvert of this type on the network should be surveyed`), a
// recommendation, as `Every sweep should carry` is; `named best`, `voted
// best` with no article and a title's noun (`named best speaker`), the title
// an award gives, not a ranking of a field (`named best restaurant in
// London`).
// Superlatives, reported anew: an `out-` verb of beating, inflected, before
// `any` (`outlasts any softwood`), beating all of a kind as `outperformed
// every rival` does.
// Vague attributions, no longer reported: models and projections with a noun
// before them naming their method (`Mark-recapture models put`), a kind of
// estimate, as `exit surveys suggest` is; bare `Models suggest` stays vague;
// counts and tallies with a count or a pointer after them (`Feeder counts
// across our 18 sites found`), the writer's own tally, as `Tests on six of
// its pipes found` is.
// Unattributed quotations, no longer reported: a saying in two halves that
// open on the same word (`'out of sight, out of mind'`, `'no hat, no
// ride'`, six words at most), a set phrase, as `first come, first served` is.
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const superlatives = (text: string): string[] => found(detectSuperlatives, text)
const vague = (text: string): string[] => found(detectVagueAttributions, text)

describe('every other, a frequency', () => {
  test('`of every other month`', () => {
    // A meeting's schedule.
    expect(superlatives('The book club meets on the first Monday of every other month in the library.')).toEqual([])
  })

  test('`on every other Saturday`', () => {
    // A work party's schedule.
    expect(superlatives('Volunteers clear the towpath on every other Saturday from March.')).toEqual([])
  })

  test('guard: `for every other week`, read already as a schedule', () => {
    // A rota.
    expect(superlatives('The van is booked for every other week until the harvest ends.')).toEqual([])
  })

  test('guard: every other county', () => {
    // All the rest of a class of places.
    expect(superlatives('The scheme has now reached every other county in the region.')).toEqual(['every other county'])
  })

  test('guard: in every other respect', () => {
    // All the rest, a claim.
    expect(superlatives('In every other respect the council has failed.')).toEqual(['every other respect'])
  })
})

describe('every, with its range, then advice', () => {
  test('`Every culvert of this kind on the estate should be inspected`', () => {
    // A recommendation over a class.
    expect(superlatives('Every culvert of this kind on the estate should be inspected before winter.')).toEqual([])
  })

  test('`Every hedge along the northern boundary must be cut`', () => {
    // A rule over the hedges of one boundary.
    expect(superlatives('Every hedge along the northern boundary must be cut after the nesting season.')).toEqual([])
  })

  test('guard: every culvert, stated as it is', () => {
    // A claim about all culverts on a network.
    expect(superlatives('Every culvert on the network is in poor repair.')).toEqual(['Every culvert'])
  })

  test('guard: a relative clause before the modal', () => {
    // The class is narrowed by a clause of its own: not read.
    expect(superlatives('Every bridge in the county that carries a bus route should be strengthened.')).toEqual(['Every bridge'])
  })
})

describe('named best, a title given', () => {
  test('`named best speaker,`', () => {
    // The title a competition gave.
    expect(superlatives('Our captain was named best speaker, and the team took second place.')).toEqual([])
  })

  test('`voted best newcomer at`', () => {
    // The title a club's vote gave at its dinner.
    expect(superlatives('Priya was voted best newcomer at the club dinner.')).toEqual([])
  })

  test('guard: named best with a field', () => {
    // A ranking across a city.
    expect(superlatives('The bakery was named best bakery in London.')).toEqual(['named best'])
  })

  test('guard: ranked first', () => {
    // A ranking, not a title.
    expect(superlatives('The school was ranked first in the country.')).toEqual(['ranked first'])
  })
})

describe('models with their method', () => {
  test('`Capture-recapture models put`', () => {
    // A kind of estimate by its method, as `exit surveys suggest`.
    expect(vague('Capture-recapture models put the herd at about 400 deer.')).toEqual([])
  })

  test('`Occupancy models suggest`', () => {
    // A method's estimates.
    expect(vague('Occupancy models suggest the vole has gone from half the sites.')).toEqual([])
  })

  test('guard: models with no method', () => {
    // Models nobody names.
    expect(vague('Models suggest the vole has gone from half the sites.')).toEqual(['Models suggest'])
  })

  test('guard: experts', () => {
    // A class of people.
    expect(vague('Experts suggest the vole has gone from half the sites.')).toEqual(['Experts suggest'])
  })
})

describe('counts of the writer\'s own', () => {
  test('`Feeder counts across our 18 sites found`', () => {
    // The writer's own tally.
    expect(vague('Feeder counts across our 18 sites found hedgehogs at most of them.')).toEqual([])
  })

  test('`Bat counts at the two roosts found`', () => {
    // A tally of the roosts in hand.
    expect(vague('Bat counts at the two roosts found fewer pipistrelles than in May.')).toEqual([])
  })

  test('guard: surveys in a region', () => {
    // Surveys nobody names.
    expect(vague('Recent surveys in the county have found fewer hedgehogs.')).toEqual(['Recent surveys in the county have found'])
  })
})

describe('a saying in two halves', () => {
  test('`\'out of sight, out of mind\'`', () => {
    // An idiom in quotation marks.
    expect(count('unattributed-quotation', "Field drains have long been 'out of sight, out of mind' on most farms.")).toBe(0)
  })

  test('guard: `\'no hat, no ride\'`, four words, not read as words spoken already', () => {
    // A yard's set phrase.
    expect(count('unattributed-quotation', "Riders on the estate have always kept to 'no hat, no ride' on every hack.")).toBe(0)
  })

  test('guard: halves on a pronoun', () => {
    // Someone's words, nobody named.
    expect(count('unattributed-quotation', "One volunteer said it was 'we tried hard, we failed badly' on the day.")).toBe(1)
  })

  test('guard: halves on different words', () => {
    // Someone's words, nobody named.
    expect(count('unattributed-quotation', "A neighbour called it 'far too loud, and never finished' in a letter.")).toBe(1)
  })
})

describe('an out- verb before any', () => {
  test('`outlasts any softwood`', () => {
    // Beating all of a kind.
    expect(superlatives('Old pine outlasts any softwood sold today.')).toEqual(['any softwood sold'])
  })

  test('`outscored any other side`', () => {
    // Beating all of a kind.
    expect(superlatives('Our team outscored any other side in the league.')).toEqual(['any other side'])
  })

  test('guard: `outlasted every rival`', () => {
    // Read already.
    expect(superlatives('The engine outlasted every rival.')).toEqual(['every rival'])
  })

  test('guard: `could outlast any of us`', () => {
    // A modal and a bare verb: not read.
    expect(superlatives('The old mill could outlast any of us.')).toEqual([])
  })
})
