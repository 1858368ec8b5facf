import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 35 of the prose rules. Superlatives and absolutes claimed without
// `the … -est`: a body's record of what it has never accepted, beating every
// member of a class, none in any year, a first in a class a compound names
// and a first attestation, a superlative with its whole domain after it even
// after `with`. Not claims: a superlative asked in a direct question, a
// survey's own items ranked by score, `than anyone would like` (a wish) and
// a house's guarantee that `nobody is turned away`; `every` after a sentence
// opening on a numbered part (`Line 12 is`) is no instruction. Vague
// sources: a class with a habit of judgement whatever its object holds (a
// span of years with an en dash), a class reporting in a participle after
// `with`, a view held `widely` beside a cited neighbour; not vague: a body's
// own consultees telling it (`tell us`, where the writer speaks as an
// institution with its own survey, team or provision), its correspondents
// (`who have written to us`), and a claim inside what such a source told it.
// Quotations: one of a group described by a participle (`A member of the
// public, speaking …, said`) and a remark `from one member` are unnamed.
// Each case is in our own wording; every row fails on the code before this
// round but the guards.

describe('superlatives and absolutes claimed without `the … -est`', () => {
  test('a body’s record of what it has never accepted: `has never accepted it as`', () => {
    expect(found(detectSuperlatives, 'The tribunal has never accepted it as a ground for appeal.')).toEqual(['never'])
  })

  test('beating every member of a class: `outperformed every`, `defeated every`', () => {
    expect(found(detectSuperlatives, 'The new hull has outperformed every rival design in sea trials.')).toEqual(['every rival design'])
    expect(found(detectSuperlatives, 'The smudged date has defeated every earlier cataloguer.')).toEqual(['every earlier cataloguer'])
  })

  test('none in any period: `has not been reached in any year`', () => {
    expect(found(detectSuperlatives, 'The pledge of 50,000 new trees has not been reached in any year so far.')).toEqual(['has not been reached in any year'])
  })

  test('a first in a class a compound names, and a first attestation', () => {
    expect(found(detectSuperlatives, 'Kestrel is the first volunteer-built lifeboat to cross the Minch.')).toEqual(['is the first'])
    expect(found(detectSuperlatives, 'The spelling is recorded for the first time in a Cornish will.')).toEqual(['recorded for the first time in a Cornish'])
  })

  test('a superlative with its whole domain after it, after `with`', () => {
    expect(found(detectSuperlatives, 'They meet a side with the weakest attack in the league.')).toEqual(['the weakest'])
    expect(found(detectSuperlatives, 'This week we are treating you with the crunchiest granola on the market.')).toEqual(['the crunchiest'])
  })

  test('guard: a pick after `with`, `accepted that`, a first in a year, a numbered part told as an order', () => {
    expect(found(detectSuperlatives, 'Line the tin with the thinnest paper you have.')).toEqual([])
    expect(found(detectSuperlatives, 'The rain returned for the first time in a month.')).toEqual([])
    expect(found(detectSuperlatives, 'Many keepers had always accepted that the hives would fail.')).toEqual([])
  })
})

describe('superlatives and absolutes that claim nothing', () => {
  test('asked in a direct question: `Which ports land the most fish?`', () => {
    expect(found(detectSuperlatives, 'Which ports land the most fish? Peterhead heads the table once more.')).toEqual([])
  })

  test('a survey’s own items ranked by score: `The lowest-rated statement`', () => {
    expect(found(detectSuperlatives, 'The lowest-rated statement concerned pay, with 38% agreeing.')).toEqual([])
  })

  test('a wish: `than anyone would like`', () => {
    expect(found(detectSuperlatives, 'The hay came in damper than anyone would want.')).toEqual([])
  })

  test('a house’s guarantee: `nobody is turned away`', () => {
    expect(found(detectSuperlatives, 'Donations are welcome, but nobody is turned away for lack of money.')).toEqual([])
  })

  test('guard: a claim answered without a question, `than anyone` ranking, `nobody` of the world', () => {
    expect(found(detectSuperlatives, 'Peterhead lands the most fish.')).toEqual(['the most fish'])
    expect(found(detectSuperlatives, 'She rows faster than anyone in the county.')).toEqual(['faster than anyone'])
    expect(found(detectSuperlatives, 'Nobody builds a sturdier gate.')).toEqual(['Nobody'])
  })
})

describe('vague sources', () => {
  test('a class with a habit of judgement, its object holding a span of years: `have tended to treat … 1720–21 as`', () => {
    expect(found(detectVagueAttributions, 'Economists have tended to treat the crash of 1720–21 as a simple mania.')).toEqual(['Economists have tended to treat'])
  })

  test('a class reporting in a participle after `with`', () => {
    expect(found(detectVagueAttributions, 'Spring opened briskly, with independent garden centres reporting sales up on last year.')).toEqual(['independent garden centres reporting'])
  })

  test('a view held widely beside a cited neighbour', () => {
    const text = 'The agency recorded 2,300 fly-tipping incidents last year, according to its annual statistics (EA 2025). Those figures are widely believed to miss most rural cases.'
    expect(count('vague-attribution', text)).toBe(1)
  })

  test('not vague: a body’s own consultees, its correspondents, and what they told it', () => {
    expect(found(detectVagueAttributions, "The Panel's own survey of 900 landlords ran in June. Letting agents told us that older tenants had found the new forms confusing.")).toEqual([])
    expect(found(detectVagueAttributions, 'Our warden team logged 40 fires this summer. Farmers tell us that the moor is drier than it has been.')).toEqual([])
    expect(found(detectVagueAttributions, 'Listeners who have written to us report the same hiss on long wave.')).toEqual([])
  })

  test('guard: a class telling a writer with no institution’s voice, `with the growers reporting`', () => {
    expect(found(detectVagueAttributions, 'Boatmen tell us that the eels have gone from the river.')).toEqual(['Boatmen tell'])
    expect(found(detectVagueAttributions, 'The season began well, with the growers reporting good yields.')).toEqual([])
    expect(count('vague-attribution', 'Those totals are widely thought to miss most rural cases [@ea2025].')).toBe(0)
  })
})

describe('who a quotation is given to', () => {
  test('one of a group described by a participle: `A member of the public, speaking …, said`', () => {
    const text = 'A member of the public, speaking from the gallery, said the scheme was "decided long before anyone asked us".'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('a remark `from one member`: unnamed', () => {
    const text = 'The board noted a remark from one trustee that the lease was "a relic that nobody here would sign today".'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('guard: a remark from a named role stays named', () => {
    const text = 'The board noted a remark from the treasurer that the lease was "a relic that nobody here would sign today".'
    expect(count('quotation-without-citation', text)).toBe(1)
  })
})
