import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 51 of the prose rules, superlatives and vague sources.
// Superlatives, reported anew: a ranking with no superlative word, none of a
// kind in a named place having done more or for longer (`No bakery in North
// Yorkshire has sold more`); a record over the writer's own decades, after a
// superlative (`the sweetest honey I have tasted in forty years`) or a
// comparative (`busier than we've seen it in 20 years`); and `the first` with
// two words before the place and its `to` (`the first bus garage in Scotland
// to charge`). Vague sources, reported anew: a passive of view whose agent is
// only a vague number (`is regarded by some`), and `put` with a qualified
// figure (`put the true cost much lower`); no longer: `few … believe it`
// after `though`, a doubt of the claim the sentence has just reported.
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('none of a kind in a named place having done more or for longer', () => {
  test('`No bakery in North Yorkshire has sold more`', () => {
    // No other bakery there has sold as much: this one is first, with no superlative word.
    expect(superlatives('No bakery in North Yorkshire has sold more loaves per head.')).toEqual(['No bakery in North Yorkshire has sold more'])
  })

  test('`No dairy in the county has been milking longer`', () => {
    // The same over the county, in the perfect progressive, with `longer`.
    expect(superlatives('No dairy in the county has been milking longer.')).toEqual(['No dairy in the county has been milking longer'])
  })

  test('`No school in mid Devon has raised more per pupil`', () => {
    // A lower-case word before the place's name, and the measure after `more`.
    expect(superlatives('No school in mid Devon has raised more per pupil.')).toEqual(['No school in mid Devon has raised more per pupil'])
  })

  test('guard: none of a kind having done a thing, with no comparison', () => {
    // Nothing is ranked: a narrated absence, not a record.
    expect(superlatives('No café in Whitby has opened since the storm.')).toEqual([])
  })
})

describe('a superlative measured against the writer\'s own decades', () => {
  test('`the sweetest honey I have tasted in forty years`', () => {
    // Forty years of tasting make the writer's experience a record claimed.
    expect(superlatives('It was the sweetest honey I have tasted in forty years of beekeeping.')).toEqual(['the sweetest'])
  })

  test('`the finest fleece I have handled in 25 years`', () => {
    // The same in figures, with `I`.
    expect(superlatives('Her ewe had the finest fleece I have handled in 25 years.')).toEqual(['the finest'])
  })

  test('guard: the writer\'s own experience over a short span', () => {
    // Two years of baking is the writer's own experience, no record.
    expect(superlatives('It was the best loaf I have baked in two years.')).toEqual([])
  })

  test('guard: the writer\'s own experience with no span', () => {
    // The same with nothing to measure it by.
    expect(superlatives('It was the longest walk I have done.')).toEqual([])
  })
})

describe('a comparative measured against the writer\'s own decades', () => {
  test('`busier than we\'ve seen it in 20 years`', () => {
    // A comparison with every year the writer has known: a record.
    expect(superlatives('The river is busier than we\'ve seen it in 20 years of fishing.')).toEqual(['busier than we\'ve seen it in 20 years'])
  })

  test('`more crowded than I have known it in thirty years`', () => {
    // The same with `more` and an adjective.
    expect(superlatives('The harbour is more crowded than I have known it in thirty years.')).toEqual(['more crowded than I have known it in thirty years'])
  })

  test('guard: a comparative against the writer\'s memory with no span', () => {
    // No decades named: the writer's own impression.
    expect(superlatives('The river is busier than I have known it.')).toEqual([])
  })
})

describe('`the first` with two words before the place and its `to`', () => {
  test('`the first bus garage in Scotland to charge`', () => {
    // A first over every garage in the land.
    expect(superlatives('The depot became the first bus garage in Scotland to charge its fleet overnight.')).toEqual(['became the first'])
  })

  test('`the first village shop in Cumbria to take`', () => {
    // The same with `was`.
    expect(superlatives('Ours was the first village shop in Cumbria to take card payments.')).toEqual(['was the first'])
  })

  test('guard: a first in time with no `to`', () => {
    // An order of events, not a first over a class.
    expect(superlatives('It was the first time in years that we closed early.')).toEqual([])
  })
})

describe('a passive of view whose agent is a vague number', () => {
  test('`is regarded by some as`', () => {
    // `some` names nobody: the view is lent to no one.
    expect(vague('The method is regarded by some as outdated.')).toEqual(['is regarded by some'])
  })

  test('`are thought by many to`', () => {
    // The same with `many` and `thought`.
    expect(vague('Cold baths are thought by many to speed recovery.')).toEqual(['are thought by many'])
  })

  test('guard: a part of a group the text names', () => {
    // `many of our members`: the writer's own members, a group named.
    expect(vague('The method is regarded by many of our members as outdated.')).toEqual([])
  })
})

describe('`put` with a qualified figure', () => {
  test('`put the true cost much lower`', () => {
    // An estimate lent to a class, `true` before its noun.
    expect(vague('Analysts put the true cost much lower.')).toEqual(['Analysts put the true cost'])
  })

  test('`put the real figure far higher`', () => {
    // The same with `real`.
    expect(vague('Some traders put the real figure far higher.')).toEqual(['Some traders put the real figure'])
  })

  test('guard: `put the figure at`', () => {
    // Found before and after: the unqualified figure.
    expect(vague('Industry insiders put the figure at 5,000.')).toEqual(['Industry insiders put the figure'])
  })
})

describe('`few … believe it` after `though`: a doubt of the claim just reported', () => {
  test('`though few in the town believe it`', () => {
    // The claim is the one `It is said` lent; the town's doubt lends none.
    expect(vague('It is said the bridge was built in a night, though few in the town believe it.')).toEqual(['It is said'])
  })

  test('`but few anglers accept this`', () => {
    // The same with `but`, `accept` and `this`.
    expect(vague('The lake is said to hold a record pike, but few anglers accept this.')).toEqual(['is said to'])
  })

  test('guard: `few` believing a claim of their own', () => {
    // What the class believes is named: a view lent to it.
    expect(vague('Few economists believe the recovery will last.')).toEqual(['Few economists believe'])
  })

  test('guard: `few … believe it` with no claim before', () => {
    // No concession: the class's doubt stands as a claim.
    expect(vague('Few in the trade believe it.')).toEqual(['Few in the trade believe'])
  })
})
