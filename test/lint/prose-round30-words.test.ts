import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 30 of the prose rules: vague attributions, superlatives and
// quotations. Each case is in our own wording; every row fails on the code
// before this round but the guards.

describe('`every` in a rate, a rule or a routine', () => {
  test('an ordinal after `every` sets a rate: `every second visit`, `every fifth box`', () => {
    expect(found(detectSuperlatives, 'The bakery gives a free loaf with every tenth order.')).toEqual([])
  })

  test('a count before `for every` is the numerator of a ratio: `3.2 calls for every sale`', () => {
    expect(found(detectSuperlatives, 'Agents now make 3.2 calls for every sale they close.')).toEqual([])
  })

  test('a recommendation with `should` before `from every` or `in every`', () => {
    expect(found(detectSuperlatives, 'Charities argue that free sunscreen should be handed out from every lifeguard hut.')).toEqual([])
  })

  test('a routine meeting of the writer’s own body: `on every briefing`, `at every handover`', () => {
    expect(found(detectSuperlatives, 'Fire exits are the first point on every briefing.')).toEqual([])
  })

  test('guard: `every` over a class of the world stays an absolute', () => {
    expect(found(detectSuperlatives, 'Potholes now appear on every road in the county.')).toEqual(['every road'])
    expect(found(detectSuperlatives, 'The virus has reached every continent.')).toEqual(['every continent'])
  })
})

describe('superlatives that pick out or hedge', () => {
  test('`some of the`, `several of the` hedge as `one of the` does', () => {
    expect(found(detectSuperlatives, 'The crew logged some of the most useful data.')).toEqual([])
    expect(found(detectSuperlatives, 'The night shift logged some of the finest work of the year.')).toEqual([])
  })

  test('`worst-case`, `best-case`: a compound term, not a ranking', () => {
    expect(found(detectSuperlatives, 'Cold, still air gives the worst-case spread for smoke from the stack.')).toEqual([])
    expect(found(detectSuperlatives, 'Even the best-case forecast leaves a gap in the budget.')).toEqual([])
  })

  test('`remains the first item on`: a place in an order, not a first', () => {
    expect(found(detectSuperlatives, 'Lone working remains the first item on the agenda.')).toEqual([])
  })

  test('guard: `remains the first destination` still ranks', () => {
    expect(found(detectSuperlatives, 'The island remains the first destination for cruise passengers.')).toEqual(['remains the first destination'])
  })

  test('a group picked out by its quality and what it does: `The worst landlords ignore`', () => {
    expect(found(detectSuperlatives, 'Tenants deserve better. The worst landlords ignore repair requests for months.')).toEqual([])
  })

  test('guard: a plural superlative with a linking verb or a comparison class still ranks', () => {
    expect(found(detectSuperlatives, 'The largest donors are two family trusts.')).toEqual(['The largest'])
    expect(found(detectSuperlatives, 'The biggest growers in the valley sell abroad.')).toEqual(['The biggest'])
  })

  test('one of the writer’s own counted holding, picked out in the next sentence', () => {
    expect(found(detectSuperlatives, 'Our collection of 60 clocks was valued last spring. The oldest piece is a lantern clock by a London maker.')).toEqual([])
  })

  test('guard: with no counted holding of the writer’s before it, the same sentence ranks', () => {
    expect(found(detectSuperlatives, 'The museum reopened last spring. The oldest piece is a lantern clock by a London maker.')).toEqual(['The oldest'])
  })
})

describe('superlatives and absolutes that claim', () => {
  test('`the highest they have been`, `the lowest it has been`: a level against its own history', () => {
    expect(found(detectSuperlatives, 'Reservoir stocks are the lowest they have been since the drought of 1995.')).toEqual(['the lowest'])
    expect(found(detectSuperlatives, 'The river is the highest it has been this century.')).toEqual(['the highest'])
  })

  test('guard: someone’s experience after the superlative stays theirs', () => {
    expect(found(detectSuperlatives, 'It was the longest interview they have been through.')).toEqual([])
  })

  test('`Nothing <verb>s … like`: nothing of the world does it as well', () => {
    expect(found(detectSuperlatives, 'Nothing clears a blocked drain like a cup of soda crystals.')).toEqual(['Nothing clears a blocked drain like'])
  })

  test('guard: `like` before a clause, and a likeness', () => {
    expect(found(detectSuperlatives, 'Nothing works like it should after the update.')).toEqual([])
    expect(found(detectSuperlatives, 'Nothing looks like rain today.')).toEqual([])
  })

  test('`No <class> in <place> has a <comparative> … than`: none of a kind ranks above', () => {
    expect(found(detectSuperlatives, 'No ferry operator on the west coast has a better safety record than the island co-operative.')).toEqual([
      'No ferry operator on the west coast has a better safety record than'
    ])
  })

  test('a superlative with its field right after it, inside a crowd’s belief: `the hardest in farming`', () => {
    expect(found(detectSuperlatives, 'It is often said that lambing week is the hardest in farming.')).toEqual(['the hardest'])
  })

  test('guard: a belief lent to a crowd, with no comparison class, stays the attribution’s', () => {
    expect(found(detectSuperlatives, 'It is widely believed that the oldest of the yews is the tallest.')).toEqual([])
  })

  test('`We have never lost`, `we’ve never missed`: a body’s track record, in the perfect', () => {
    expect(found(detectSuperlatives, 'The fund is ten years old. We have never missed a dividend payment.')).toEqual(['never'])
  })

  test('guard: the writer’s own habit or practice stays theirs', () => {
    expect(found(detectSuperlatives, 'We have never sprayed the meadow.')).toEqual([])
    expect(found(detectSuperlatives, 'We never sell below cost.')).toEqual([])
  })
})

describe('vague attributions', () => {
  test('`point to` with a class of people: `Economists point to`', () => {
    expect(found(detectVagueAttributions, 'Strategists point to a slowdown in hiring next year.')).toEqual(['Strategists point to'])
  })

  test('guard: `point to` with things or data as subject', () => {
    expect(found(detectVagueAttributions, 'Signposts point to the lower car park.')).toEqual([])
    expect(found(detectVagueAttributions, 'Prices rose, and surveys of landlords point to further rises.')).toEqual([])
  })

  test('`all` between a class and its verb: `Farmers all say`', () => {
    expect(found(detectVagueAttributions, 'Gardeners all say the east bed is too shady for roses.')).toEqual(['Gardeners all say'])
  })

  test('hearsay nouns with `suggests` or `has it`: `Dressing-room talk suggests`', () => {
    expect(found(detectVagueAttributions, 'Dressing-room talk suggests the captain will stand down.')).toEqual(['talk suggests'])
    expect(found(detectVagueAttributions, 'Pit-lane chatter suggests the team has found more grip.')).toEqual(['chatter suggests'])
  })

  test('guard: a talk given, after a determiner', () => {
    expect(found(detectVagueAttributions, 'Her talk suggests a new reading of the letters.')).toEqual([])
  })

  test('`reportedly`: a claim passed on with no reporter named', () => {
    expect(found(detectVagueAttributions, 'Several insurers have reportedly stopped covering thatched roofs.')).toEqual(['reportedly'])
  })

  test('`flagged` with its object: a finding lent to a class', () => {
    expect(found(detectVagueAttributions, 'Other judges at the show have flagged the same fault in the breed.')).toEqual(['Other judges at the show have flagged'])
  })

  test('not hearsay: `reported to` a recipient', () => {
    expect(found(detectVagueAttributions, 'No damage was reported to the duty engineer.')).toEqual([])
  })

  test('guard: `reported to` with a verb after it is hearsay', () => {
    expect(found(detectVagueAttributions, 'The bridge was reported to be unsafe.')).toEqual(['was reported to'])
  })

  test('not a source: two passive participles sharing `be`', () => {
    expect(found(detectVagueAttributions, 'Members are reminded that faults must be logged and reported within a day.')).toEqual([])
  })

  test('not a source: `found to be` qualifying a noun', () => {
    expect(found(detectVagueAttributions, 'Any ladder found to be damaged will be taken out of use.')).toEqual([])
  })

  test('guard: `found that` after a class is a finding', () => {
    expect(found(detectVagueAttributions, 'Engineers found that the ladder was damaged.')).toEqual(['Engineers found'])
  })
})

describe('quotations', () => {
  test('a motion in quotes is its wording, not a speaker’s', () => {
    expect(count('quotation-without-citation', 'The motion was "This House would ban cars from city centres on Sundays." The proposition won.')).toBe(0)
  })

  test('a verdict quoted after `praised its`: the words of the one who praised', () => {
    expect(count('quotation-without-citation', 'The judge praised its "bold, carefully paced opening chapter."')).toBe(1)
  })

  test('guard: a short term after `its` stays a term', () => {
    expect(count('quotation-without-citation', 'The judge liked its "slow burn" style.')).toBe(0)
  })

  test('the possessive of an unnamed person names no one: `One tenant told us his landlord had promised`', () => {
    const text = 'One tenant told us his landlord had promised "a full refund of the deposit within a week," which never came.'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })
})
