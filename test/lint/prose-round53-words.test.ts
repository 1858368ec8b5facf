import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 53 of the prose rules, superlatives and vague sources.
// Superlatives, no longer reported: `nobody` in a group's rule that no one
// is obliged, with its condition (`Nobody has to sing unless they want to`);
// `every` over the occasions of a crew's own practice (`for every approach`,
// `for every transfer`); `every` over a kind put on sale in a land with what
// the law asks of each (`Every candle sold in the EU must carry`); `every`
// over the writer's own stock in a step of its routine (`Every jar is
// labelled`, after `we` or `our`); `the club's oldest member` in apposition
// after a named person and their age (one of the body's own picked out).
// Superlatives, reported anew: a first over a stretch of time (`the first
// the county has built since 1987`, `the first … for decades`); nothing
// ranked above the one named (`There is no better cure … than`).
// Vague sources, no longer reported: bare `Colleagues` telling `us` (an
// employer's own staff, as `Members tell us` is); `report` after a modal of ability with
// an object (`Residents can report a broken streetlight`), a channel the
// writer's service offers, as `Members can claim a discount` was.
// Each case is in our own wording; every row fails on the code before this
// round but the guards, which keep the same reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('nobody obliged, in a group\'s own rule with its condition', () => {
  test('`Nobody has to … unless`', () => {
    // The club's rule: no one is made to sing.
    expect(superlatives('Nobody has to sing at the open mic unless they choose to.')).toEqual([])
  })

  test('`Nobody has to … if they would rather not`', () => {
    // What the party asks of guests, with its condition.
    expect(superlatives('Nobody has to wear a costume if they would rather not.')).toEqual([])
  })

  test('guard: nobody with no rule or condition', () => {
    // A claim about people at large.
    expect(superlatives('Nobody likes paying more tax.')).toEqual(['Nobody'])
  })

  test('guard: nobody has to, with no condition', () => {
    // No condition after it: read as before.
    expect(superlatives('Nobody has to speak in the circle.')).toEqual(['Nobody'])
  })
})

describe('every occasion of a crew\'s own practice', () => {
  test('`for every approach`', () => {
    // The crew's own use of the mode, each time it comes in.
    expect(superlatives('The skipper switches to battery power for every approach to the turbines.')).toEqual([])
  })

  test('`on every transfer`', () => {
    // A step of the crew's routine at each transfer.
    expect(superlatives('A second deckhand stands by on every transfer to the platform.')).toEqual([])
  })

  test('guard: every approach as what a hazard strikes', () => {
    // Fog on every one of the harbour's approaches: a claim of the world.
    expect(superlatives('Fog affects every approach to the harbour in November.')).toEqual(['every approach to'])
  })
})

describe('every one of a kind put on sale in a land, and what the law asks of it', () => {
  test('`Every candle sold in the EU must carry`', () => {
    // What the law requires of each, not a claim of what each is.
    expect(superlatives('Every candle sold in the EU must carry a fire safety label.')).toEqual([])
  })

  test('`Every toy supplied in Britain needs`', () => {
    // A legal requirement over a land.
    expect(superlatives('Every toy supplied in Britain needs a conformity mark before it reaches a shelf.')).toEqual([])
  })

  test('guard: every one on sale and what it is', () => {
    // No requirement: a claim about every candle.
    expect(superlatives('Every candle sold in the UK contains paraffin.')).toEqual(['Every candle'])
  })
})

describe('every one of the writer\'s own stock in a step of its routine', () => {
  test('`Every jar is labelled` after `We`', () => {
    // The writer's kitchen routine.
    expect(superlatives('We make marmalade in small pans. Every jar is labelled with the date it was made.')).toEqual([])
  })

  test('`Every wheel is weighed` after `our`', () => {
    // A step of the dairy's own routine.
    expect(superlatives('In our dairy the cheeses are turned daily. Every wheel is weighed at six months.')).toEqual([])
  })

  test('guard: every one of a kind weighed, no writer\'s own', () => {
    // No we or our: a claim about every baby.
    expect(superlatives('Every baby is weighed at birth.')).toEqual(['Every baby'])
  })
})

describe('a body\'s oldest or youngest, after a named person and their age', () => {
  test('`Name, 91, the club\'s oldest member,`', () => {
    // One of the club's own members picked out by age.
    expect(superlatives('Congratulations to Alf Brennan, 91, the club\'s oldest member, who bowled on Saturday.')).toEqual([])
  })

  test('`Name, 12, the choir\'s youngest singer.`', () => {
    // The same pick with youngest.
    expect(superlatives('The solo went to Ruby Kaye, 12, the choir\'s youngest singer.')).toEqual([])
  })

  test('guard: a land\'s oldest', () => {
    // A ranking across the country, claimed.
    expect(superlatives('Alf Brennan, 91, the country\'s oldest cricketer, played on Saturday.')).toEqual(['oldest'])
  })
})

describe('a first over a stretch of time', () => {
  test('`the first … since` a year', () => {
    // None built since 1987: a record.
    expect(superlatives('The new footbridge is the first the county has built since 1987.')).toEqual(['the first the county has built since 1987'])
  })

  test('`the first … for decades`', () => {
    // None bred there for decades: a record.
    expect(superlatives('Two otter cubs were seen in May, the first to breed on the river for decades.')).toEqual(['the first to breed on the river for decades'])
  })

  test('guard: the first time since a year, a return', () => {
    // An event held again: the new reading adds nothing; the older reading of `first time since` stays as it was.
    expect(superlatives('The fair returned to the green for the first time since 2019.')).toEqual(['first time since 2019'])
  })

  test('guard: the first of a series, no stretch', () => {
    // An ordinal of a calendar.
    expect(superlatives('The first meeting of the year is on 4 March.')).toEqual([])
  })
})

describe('nothing ranked above the one named', () => {
  test('`There is no better cure … than`', () => {
    // A superlative in its negative form.
    expect(superlatives('There is no better cure for a sore throat than honey.')).toEqual(['There is no better cure for a sore throat than'])
  })

  test('`there is no finer walk … than`', () => {
    // The same with finer.
    expect(superlatives('In spring there is no finer walk in the county than the ridge path.')).toEqual(['there is no finer walk in the county than'])
  })

  test('guard: no better time, an appeal', () => {
    // An invitation, not a ranking.
    expect(superlatives('There is no better time to join than this spring.')).toEqual([])
  })
})

describe('report after a modal of ability, a channel offered', () => {
  test('`Residents can report a broken streetlight`', () => {
    // How to reach the service, not a report lent to residents.
    expect(vague('Residents can report a broken streetlight on the council website.')).toEqual([])
  })

  test('`Tenants may report a repair`', () => {
    // A permission, with its object.
    expect(vague('Tenants may report a repair by phone or online.')).toEqual([])
  })

  test('guard: a report lent to a class', () => {
    // What tenants report, with a clause: lent to a class.
    expect(vague('Tenants report that repairs now take months.')).toEqual(['Tenants report'])
  })
})

describe('bare colleagues telling the writer, an employer\'s own staff', () => {
  test('`Colleagues tell us that`', () => {
    // The employer's own staff, its informants in the first person, as `Members tell us` is.
    expect(vague('Colleagues tell us that the new rota has made childcare easier to plan.')).toEqual([])
  })

  test('`Colleagues have often told us`', () => {
    // The same, in the perfect.
    expect(vague('Colleagues have often told us the canteen is the best part of the site.')).toEqual([])
  })

  test('guard: colleagues of another body', () => {
    // Narrowed to other firms: a class no one names.
    expect(vague('Colleagues in other firms tell us that pay is rising fast.')).toEqual(['Colleagues in other firms tell'])
  })
})

describe('never in a relative clause picking out a group', () => {
  test('`children who never speak up`', () => {
    // The group is picked out by what its members never do: no claim that none does it.
    expect(superlatives('The drama club draws in children who never speak up in class.')).toEqual([])
  })

  test('`walkers who never go above the tree line`', () => {
    // The same with another group.
    expect(superlatives('The lower route suits walkers who never go above the tree line.')).toEqual([])
  })

  test('guard: never as the claim of the clause', () => {
    // No relative clause: a claim that shy children never do it.
    expect(superlatives('Shy children never speak up in class.')).toEqual(['never'])
  })

  test('guard: who has never, a record', () => {
    // `has` between: a record of one person, read as before.
    expect(superlatives('She is the only bowler in the league who has never lost a match.')).toEqual(['the only', 'never'])
  })
})
