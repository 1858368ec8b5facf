import {describe, expect, test} from 'vitest'
import {count, found} from './prose-round-helpers.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'

// Round 21 of the prose rules (quotations, vague attributions and
// superlatives), by kind. Each case is in our own wording; every row fails
// on the code before this round but the named guards.

describe('vague sources: the press as a whole; a misconception raised to be answered', () => {
  test('`according to the` press or media as a whole names no outlet', () => {
    expect(found(detectVagueAttributions, 'The new tent is the lightest of its class, according to the outdoor press.')).toEqual(['according to the outdoor press'])
    expect(found(detectVagueAttributions, 'According to the national media, the bridge will reopen in May.')).toEqual(['According to the national media'])
  })

  test('guard: `according to the press release` is one document, not the press', () => {
    expect(found(detectVagueAttributions, 'According to the press release, the bridge will reopen in May.')).toEqual([])
  })

  test('a belief a class `assume`s, answered with `, but` in its own sentence, is a misconception the writer corrects', () => {
    expect(found(detectVagueAttributions, 'Beginners often assume that a bigger pot means faster boiling, but the reverse holds on a small stove.')).toEqual([])
  })

  test('guard: the same belief left standing stays vague', () => {
    expect(found(detectVagueAttributions, 'Beginners often assume that a bigger pot means faster boiling.')).toEqual(['Beginners often assume'])
  })
})

describe('quotations: the words of a rule named as such', () => {
  test('`the rule of "…"` quotes the rule, a term, not someone\'s words', () => {
    expect(count('quotation-without-citation', 'We keep the house rule of "no screens after supper" all year.')).toBe(0)
    expect(count('unattributed-quotation', 'We keep the house rule of "no screens after supper" all year.')).toBe(0)
  })

  test('guard: somebody\'s words of four or more after a verb of saying stay a quotation', () => {
    expect(count('unattributed-quotation', 'One parent told us "no screens after supper saves our evenings" at the meeting.')).toBe(1)
  })
})

describe('superlatives: ranked within a private occasion, a logged tally or the writer\'s own holdings', () => {
  test('`of the holiday`, `of our trip`: ranked within the writer\'s own occasion', () => {
    expect(found(detectSuperlatives, 'The children chose the lake swim as the best afternoon of the holiday.')).toEqual([])
    expect(found(detectSuperlatives, 'Tuesday was the wettest day of our trip, so we stayed in.')).toEqual([])
  })

  test('guard: `of the year` ranks against the season\'s record and stays a claim', () => {
    expect(found(detectSuperlatives, 'Tuesday was the wettest day of the year across the valley.')).toEqual(['the wettest'])
  })

  test('a result logged with its measure is one line of a tally', () => {
    expect(found(detectSuperlatives, 'Priya clocked the fastest lap of the morning at 71 seconds.')).toEqual([])
  })

  test('guard: the same rank with no measure logged stays a claim', () => {
    expect(found(detectSuperlatives, 'Priya rode the fastest lap of the morning.')).toEqual(['the fastest'])
  })

  test('`we have`, `we hold` after it: ranked within what the writer\'s body keeps', () => {
    expect(found(detectSuperlatives, 'The oldest we hold in the archive is a ledger from 1790.')).toEqual([])
  })

  test('guard: `we have recorded` is a record of the world, claimed', () => {
    expect(found(detectSuperlatives, 'Flows this winter were the highest we have recorded at the weir.')).toEqual(['the highest'])
  })
})

describe('absolutes of none: `not a single`, `no … as well`', () => {
  test('`not a single` and a noun is none of a kind', () => {
    expect(found(detectSuperlatives, 'Since the culvert was cleared, not a single garden on the estate has flooded.')).toEqual(['not a single garden'])
  })

  test('`no` a kind doing a thing `as` well ranks without a superlative', () => {
    expect(found(detectSuperlatives, 'No cheap kettle boils water as quietly.')).toEqual(['No cheap kettle boils water as quietly'])
  })

  test('guard: `as expected`, `as planned` after it compare with nothing', () => {
    expect(found(detectSuperlatives, 'No delivery arrives on Sundays as planned.')).toEqual([])
  })

  test('guard: `not one of` picks out of a counted group and is not read here', () => {
    expect(found(detectSuperlatives, 'Not one of the six jars leaked.')).toEqual([])
  })
})

describe('superlatives: a most popular choice ranked over everything', () => {
  test('`the most popular choice of all` ranks over everything, not one survey answer picked out', () => {
    expect(found(detectSuperlatives, 'Ponds are the most popular choice of all for small gardens.')).toEqual(['the most popular'])
  })

  test('guard: a survey\'s most common answer stays picked out (it passes before this round too)', () => {
    expect(found(detectSuperlatives, 'We asked our members what kept them away. The most common answer was the parking.')).toEqual([])
  })

  test('guard: `of all the` answers given stays a survey\'s answer picked out', () => {
    expect(found(detectSuperlatives, 'The most popular choice of all the replies was a later start.')).toEqual([])
  })
})
