import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 36 of the prose rules. Superlatives and absolutes claimed without
// `the … -est`: a clean record over a run (`without a single cancelled
// sailing`), a first in a class a provision defines (`the first claim under
// section 12 to`), the last of a kind still done in a land (`the last in
// Wales still driven by`), and `every` of the people a service is for even
// where a rule asks it (`Every patient discharged … had a call booked, as
// required by the protocol`: a rule fixes a format, not an outcome). Not
// claims: a record restated by a superlative in apposition (one claim, found
// at the superlative), a rank within the writer's own monitoring network,
// `every` inside a target set, a change ranked within the writer's own counts
// the sentence before gives, and a member's point in a meeting's record.
// Vague sources: a class that puts any measure at a figure (`Earlier surveys
// have put the loss … at 40%`), and a class whose next sentence describes the
// document's own figures (`The figures in this report come from …`), which
// do not say where the class's claim comes from. Not vague: a committee
// report's own officers judging its case (`Officers consider`), a class
// taking a decision on a bargain (`accepted a one-year pay offer`), and the
// informants of the writer's own round. Quotations: a role with `the` that
// `welcomed` words `as` a verdict is named; one of a group past a phrase of
// place in a clause after `and` is unnamed, and so is a class narrowed to a
// place (`Stallholders in the Corn Exchange`: a capital after `in` names
// where, not who); `her` as the object of `leave` is no possessive before a
// term. Each case is in our own wording; every row fails on the code before
// this round but the guards.

describe('superlatives and absolutes claimed without `the … -est`', () => {
  test('a clean record over a run: `without a single cancelled sailing`', () => {
    expect(found(detectSuperlatives, 'The ferry ran all winter without a single cancelled sailing.')).toEqual(['without a single cancelled sailing'])
  })

  test('a first in a class a provision defines, and the last still done in a land', () => {
    expect(found(detectSuperlatives, 'This is the first claim under section 12 to involve a houseboat.')).toEqual(['is the first'])
    expect(found(detectSuperlatives, 'The mill is the last in Wales still driven by water alone.')).toEqual(['is the last'])
  })

  test('`every` of the people a service is for, whatever rule asks it', () => {
    expect(found(detectSuperlatives, 'Every patient discharged last winter had a follow-up call booked, as required by the protocol.')).toEqual(['Every patient'])
  })

  test('guard: a format a rule fixes, a feature of a thing described', () => {
    expect(found(detectSuperlatives, 'Every junior heat was two laps, as the rules require.')).toEqual([])
    expect(found(detectSuperlatives, 'The chapter runs on without a single paragraph break.')).toEqual([])
  })
})

describe('superlatives and absolutes that claim nothing', () => {
  test('a record restated by a superlative in apposition: one claim, at the superlative', () => {
    expect(found(detectSuperlatives, 'The fair drew a record 230 stalls, the most entries since it moved to the park.')).toEqual(['the most entries'])
  })

  test('ranked within the writer’s own monitoring network', () => {
    expect(found(detectSuperlatives, 'Our study used a network of 30 rain gauges. The wettest site in the network, Hollin Moss, logged rain on 240 days.')).toEqual([])
  })

  test('`every` inside a target set', () => {
    expect(found(detectSuperlatives, 'The trust has set a target of two nurses in every ward by 2030.')).toEqual([])
  })

  test('a change ranked within the writer’s own counts the sentence before gives', () => {
    expect(found(detectSuperlatives, 'Visits rose 6% on last year, according to our door counters (Figure 1). Weekend visits grew most quickly, helped by the new café.')).toEqual([])
  })

  test('a member’s point in the record of a meeting', () => {
    expect(found(detectSuperlatives, 'The committee met on 3 May with five members present. Mrs Okoro noted that the bridge is the only crossing for miles.')).toEqual([])
  })

  test('guard: a named speaker’s claim with no meeting, a record with no apposition', () => {
    expect(found(detectSuperlatives, 'Mrs Okoro says the bridge is the only crossing for miles.')).toEqual(['the only'])
    expect(found(detectSuperlatives, 'Russia exported a record 5 million tonnes in May.')).toEqual(['a record 5'])
  })
})

describe('vague sources', () => {
  test('a class that puts a measure at a figure: `have put the loss … at 40%`', () => {
    expect(found(detectVagueAttributions, 'Earlier surveys have put the loss of hedgerow in the county at 40%.')).toEqual(['Earlier surveys have put'])
  })

  test('the document’s own figures in the next sentence are no source for the class', () => {
    const text = "Hauliers broadly agree that the tolls are too high. The figures in this report come from the operators' own logs (see Appendix B)."
    expect(count('vague-attribution', text)).toBe(1)
  })

  test('not vague: a committee report’s own officers, a decision on a bargain, the writer’s own round', () => {
    expect(found(detectVagueAttributions, 'The club applied in June for a lease of the pavilion (Appendix A). Officers consider the plan sound and recommend approval.')).toEqual([])
    expect(found(detectVagueAttributions, 'At the depot, cleaners in the GMB union accepted a one-year pay offer on Monday.')).toEqual([])
    expect(found(detectVagueAttributions, 'Walkers on our monthly round put the count at 14 nests.')).toEqual([])
  })

  test('guard: officers with no case in front of them, a class accepting a view', () => {
    expect(found(detectVagueAttributions, 'Officers believe the fire was started deliberately.')).toEqual(['Officers believe'])
    expect(found(detectVagueAttributions, 'Cleaners accept that the shifts are too long.')).toEqual(['Cleaners accept'])
  })
})

describe('who a quotation is given to', () => {
  test('a role with `the` that welcomed words as a verdict: named', () => {
    const text = 'Two in three visitors said they would come back, a verdict the organisers welcomed as "proof that the fair has found its feet".'
    expect(count('quotation-without-citation', text)).toBe(1)
    expect(count('unattributed-quotation', text)).toBe(0)
  })

  test('one of a group past a phrase of place, after `and`: unnamed', () => {
    const text = 'Pay talks stalled, and one nurse on the ward at Leeds told me, "we cover three beds each by ourselves".'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('a class narrowed to a place with a capital: unnamed', () => {
    const text = 'Stallholders in the Corn Exchange reported that the new lights had made "a real difference to footfall".'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('`her` as the object of `leave`: the state in her words, not a term', () => {
    expect(count('quotation-without-citation', 'Mrs Dale says the tablets leave her "foggy until well after lunch".')).toBe(1)
  })

  test('guard: a body after `at` stays named; `her` as a possessive before a term', () => {
    expect(count('quotation-without-citation', 'Critics at Kew called the display "a triumph of patience over space".')).toBe(1)
    expect(count('quotation-without-citation', 'Mrs Dale talked us through her "rules for a quiet kitchen".')).toBe(0)
  })
})
