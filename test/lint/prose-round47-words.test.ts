import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {found} from './prose-round-helpers.js'

// Round 47 of the prose rules, superlatives and vague sources. Superlatives,
// reported anew: none of a kind matching a thing with no superlative word
// (`Nothing else on the shelf burns as cleanly as`, `No breed anywhere is as
// easy to train`), none of a class a land's name bounds having done a thing
// (`No Scottish lighthouse has lasted`), a superlative adverb closed by `of
// all` (`keep moths away longest of all`), a superlative with a purpose after
// its noun, even after a count of that noun or inside a crowd's agreement
// (`the easiest water sport for adults to take up`, `the single best way to
// settle a newborn`), and a result told of all the writer's own (`Every show
// in our season sold out`). No longer reported: `every`
// over the people a service or an event sets a rule for, and what each must
// carry or hold (`Every marshal now carries a radio`), `every` inside a request
// put to the writer's own members (`Members are asked to weigh every lamb`),
// `every` over the lifts, attempts, heats, bouts and races of a meet (`two
// judges on every attempt`), `every weekday` and `every Friday` (a day of a
// schedule), `every hundred` as the group of a rate (`one van in every
// twenty`), and `nobody` in a safety rule with its condition (`Nobody goes near
// the hives without a veil`). Vague sources, reported anew: a class
// remembering a bygone scene (`Older residents remember crowds filling the
// promenade`); no longer: reviews on the writer's own website. Each case is in
// our own wording; every row fails on the code before this round but the
// guards, which keep the opposite reading before and after.

const vague = (text: string): string[] => found(detectVagueAttributions, text)
const superlatives = (text: string): string[] => found(detectSuperlatives, text)

describe('none of a kind matching a thing, with no superlative word', () => {
  test('`Nothing else on the shelf burns as cleanly as`', () => {
    // Nothing else does as well: the thing is claimed the best.
    expect(superlatives('Nothing else on the shelf burns as cleanly as beeswax.')).toEqual(['Nothing else on the shelf burns as cleanly as'])
  })

  test('`No dog breed anywhere is as easy to train`', () => {
    // A class of two words and `anywhere`, then `as` and a degree with its complement.
    expect(superlatives('No dog breed anywhere is as easy to train.')).toEqual(['No dog breed anywhere is as easy to train'])
  })

  test('`No paint is as tough as`', () => {
    // A bare class and `is`.
    expect(superlatives('No paint is as tough as this one on a boat deck.')).toEqual(['No paint is as tough as'])
  })

  test('guard: `as planned`, a narrated outcome', () => {
    // `as planned` ranks nothing.
    expect(superlatives('No trains ran as planned on Sunday.')).toEqual([])
  })
})

describe("none of a class a land's name bounds having done a thing", () => {
  test('`No Scottish lighthouse has lasted`', () => {
    // A universal over the land's lighthouses.
    expect(superlatives('No Scottish lighthouse has lasted two centuries without rebuilding.')).toEqual(['No Scottish lighthouse has lasted'])
  })

  test('`No Welsh club has won`', () => {
    // An irregular participle.
    expect(superlatives('No Welsh club has won the cup twice.')).toEqual(['No Welsh club has won'])
  })

  test('guard: `has been`, a narrated state', () => {
    // No claim over the class: nobody has been picked yet.
    expect(superlatives('No British athlete has been selected for the relay.')).toEqual([])
  })
})

describe('a superlative adverb closed by `of all`', () => {
  test('`keep moths away longest of all`', () => {
    // After a verb and its object: nothing else does it as long.
    expect(superlatives('Cedar chests keep moths away longest of all.')).toEqual(['longest of all'])
  })

  test('`grew best of all`', () => {
    // After a verb alone.
    expect(superlatives('Of the new roses, the white one grew best of all.')).toEqual(['best of all'])
  })
})

describe('a superlative with a purpose after its noun', () => {
  test('`the easiest water sport for adults to take up`, after a count of the same noun', () => {
    // A ranking of all water sports, not one of the club's counted sports picked out.
    expect(superlatives('The centre offers six water sports. Rowing is the easiest water sport for adults to take up again.')).toEqual(['the easiest'])
  })

  test("`the single best way to`, inside a crowd's agreement", () => {
    // The crowd's claim ranks every way to that end: a ranking claimed all the same.
    expect(superlatives('Midwives widely agree that skin contact is the single best way to settle a newborn.')).toEqual(['the single best'])
  })

  test("guard: a superlative with no purpose inside a crowd's agreement", () => {
    // The belief is the crowd's, reported by vague-attribution.
    expect(superlatives('Midwives widely agree that the calmest babies sleep longer.')).toEqual([])
  })
})

describe("an outcome told of all the writer's own", () => {
  test('`Every race in our series sold out`', () => {
    // A result claimed of all the writer's races, not an undertaking.
    expect(superlatives('Every show in our season sold out this year.')).toEqual(['Every show'])
  })

  test('`Every course on our spring list was fully booked`', () => {
    // The writer in a relative clause, and a result.
    expect(superlatives('Every course on our spring list was fully booked.')).toEqual(['Every course'])
  })

  test("guard: the writer's own undertaking", () => {
    // What each of the writer's own porters carries: practice, not a result.
    expect(superlatives('Every porter on our treks carries a first-aid kit.')).toEqual([])
  })
})

describe('`every` over the people a service or an event sets a rule for', () => {
  test('`Every marshal now carries a radio`', () => {
    // The event's own rule for its own marshals.
    expect(superlatives('Every marshal now carries a radio.')).toEqual([])
  })

  test('`every entrant needs a current licence`', () => {
    // An entry rule, after the fee.
    expect(superlatives('Entry is £30, and every entrant needs a current licence.')).toEqual([])
  })

  test('guard: a class of the world after the person', () => {
    // `in the country`: a claim over a land's drivers, not a service's rule.
    expect(superlatives('Every driver in the country needs a licence.')).toEqual(['Every driver'])
  })

  test('guard: a person no service sets rules for', () => {
    // Children are no service's people: a claim about the world.
    expect(superlatives('Every child needs a safe place to play.')).toEqual(['Every child needs'])
  })
})

describe("`every` inside a request put to the writer's own members", () => {
  test('`Members are asked to … every ewe`', () => {
    // What members are asked to do with their own flock.
    expect(superlatives('Members are asked to think hard before breeding from every ewe this spring.')).toEqual([])
  })

  test('`owners are urged to … every hive`', () => {
    // Another verb of asking.
    expect(superlatives('Owners are urged to fit a mouse guard to every hive before the frost.')).toEqual([])
  })
})

describe("`every` over the lifts, attempts and races of a meet, and the days of a schedule", () => {
  test('`two judges on every attempt`', () => {
    // How the meet is judged, after `on`.
    expect(superlatives('The meet was judged under national rules with two judges on every attempt.')).toEqual([])
  })

  test('`every weekday plus Saturday`', () => {
    // A day of the service's own schedule.
    expect(superlatives('From March the lunch club moves from Monday to every weekday plus Saturday.')).toEqual([])
  })

  test('`every Friday`', () => {
    // A day of the week named.
    expect(superlatives('From May the late opening moves from Thursday to every Friday in term.')).toEqual([])
  })
})

describe('`every` and a count as the group of a rate', () => {
  test('`one van in every twenty`', () => {
    // A proportion, not an absolute.
    expect(superlatives('About one van in every twenty fails its first test.')).toEqual([])
  })

  test('guard: `every` over a place, not a count', () => {
    // Cities are a class: a claim about the world.
    expect(superlatives('Rents have risen in every city in the country.')).toEqual(['every city'])
  })
})

describe('`nobody` in a safety rule with its condition', () => {
  test('`Nobody goes near the hives without a veil`', () => {
    // The apiary's own rule, with its condition.
    expect(superlatives('Nobody goes near the hives without a veil.')).toEqual([])
  })

  test('`No one enters the pen when`', () => {
    // `No one` and a condition of time.
    expect(superlatives('No one enters the bull pen when the gate light is red.')).toEqual([])
  })

  test('guard: `nobody` with no condition', () => {
    // A claim of an outcome, not a rule.
    expect(superlatives('Nobody leaves hungry.')).toEqual(['Nobody'])
  })
})

describe('a class remembering a bygone scene', () => {
  test('`Older residents remember crowds filling the promenade`', () => {
    // How the town commonly was, lent to a class of people.
    expect(vague('Older residents remember crowds filling the promenade on bank holidays.')).toEqual(['Older residents remember'])
  })

  test('`Long-time members recall queues for the ferry stretching`', () => {
    // A scene with its place before the participle.
    expect(vague('Long-time members recall queues for the old ferry stretching back to the inn.')).toEqual(['Long-time members recall'])
  })

  test('guard: a memory of one event', () => {
    // One storm remembered: no claim lent to the class.
    expect(vague('Older residents remember the storm.')).toEqual([])
  })
})

describe("reviews on the writer's own website", () => {
  test('`Reviews on our own website suggest`', () => {
    // The writer's own customers' word, a source of its own.
    expect(vague('Reviews on our own website suggest that lavender sells best.')).toEqual([])
  })

  test('`Reviews on our site suggest`', () => {
    // The site without `own`.
    expect(vague('Reviews on our site suggest that the new jars leak.')).toEqual([])
  })

  test('guard: a class told the writer, beside its website named', () => {
    // The website is where the writer publishes, not the source: the class is unnamed.
    expect(vague('Customers tell us that clear information matters most, so we post updates on our website.')).toEqual(['Customers tell'])
  })
})
