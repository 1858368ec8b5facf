import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 27 of the prose rules: vague attributions, superlatives and the
// speaker of a quotation. Each case is in our own wording; every row fails
// on the code before this round but the guards.

describe('a class that came upon a thing in the narrative', () => {
  test('`found` in the simple past with a thing as its object: `Cavers found the rope frayed`', () => {
    expect(found(detectVagueAttributions, 'The pump was hauled up on 4 May. Cavers found the rope frayed at two points.')).toEqual([])
    expect(found(detectVagueAttributions, 'Walkers also found an old lantern in the bracken.')).toEqual([])
  })

  test('guard: a finding of researchers, a clause after `found`, a result or a `no` stays vague', () => {
    expect(found(detectVagueAttributions, 'Researchers found a link between noise and sleep.')).toEqual(['Researchers found'])
    expect(found(detectVagueAttributions, 'Beekeepers found that the hives recovered.')).toEqual(['Beekeepers found'])
    expect(found(detectVagueAttributions, 'Growers found a rise in blight.')).toEqual(['Growers found'])
    expect(found(detectVagueAttributions, 'Keepers found no trace of the disease.')).toEqual(['Keepers found'])
  })
})

describe('a class telling the writer of its own doings', () => {
  test('`tell me they`, with a verb of their own doing, as `tell us they` was', () => {
    expect(found(detectVagueAttributions, 'Other shepherds tell me they have lost lambs to the same fox.')).toEqual([])
  })

  test('guard: a view they pass on, or a claim about the world, stays vague', () => {
    expect(found(detectVagueAttributions, 'Other shepherds tell me they think the fox is back.')).toEqual(['Other shepherds tell'])
    expect(found(detectVagueAttributions, 'Shepherds tell me that foxes take more lambs each year.')).toEqual(['Shepherds tell'])
  })
})

describe('`claim` as a claim on a policy', () => {
  test('`claim less often`, `claim on their insurance`: money asked for, not a view', () => {
    expect(found(detectVagueAttributions, 'The insurer says drivers with dashcams claim less often.')).toEqual([])
    expect(found(detectVagueAttributions, 'Few tenants claim on their contents insurance.')).toEqual([])
  })

  test('guard: `claim that` stays vague', () => {
    expect(found(detectVagueAttributions, 'Drivers claim that the cameras cut premiums.')).toEqual(['Drivers claim'])
  })
})

describe('a memory offered as a claim about the world', () => {
  test('`recall a X on every farm`, `remember X being common`', () => {
    expect(found(detectVagueAttributions, 'Older villagers recall a bakery in almost every street.')).toEqual(['Older villagers recall'])
    expect(found(detectVagueAttributions, 'Long-time anglers remember salmon being plentiful in the river.')).toEqual(['Long-time anglers remember'])
  })

  test("guard: a memory of an event, the writer's own members, or goods recalled stay quiet", () => {
    expect(found(detectVagueAttributions, 'Older villagers recall the great snow of 1963.')).toEqual([])
    expect(found(detectVagueAttributions, 'Our older members remember salmon being plentiful.')).toEqual([])
    expect(found(detectVagueAttributions, 'Makers recalled three thousand kettles in every market.')).toEqual([])
  })
})

describe('unnamed studies in an aside', () => {
  test('`as other trials have found`, `As several studies have shown,`', () => {
    expect(found(detectVagueAttributions, 'The leaves yellowed early, as other trials have found.')).toEqual(['as other trials have found'])
    expect(found(detectVagueAttributions, 'As several studies have shown, mulch keeps the soil cool.')).toEqual(['As several studies have shown'])
  })

  test("guard: the writer's own trials and `such as` stay quiet", () => {
    expect(found(detectVagueAttributions, 'The leaves yellowed early, as our trials have found.')).toEqual([])
    expect(found(detectVagueAttributions, 'Sources such as surveys have shown the trend.')).toEqual([])
  })
})

describe('an unnamed speaker past a phrase of place, after the quotation', () => {
  test('`"…," one old hand at the cattle market told me` names no one', () => {
    const text = 'We sold early this year. "You cannot fatten what the field will not feed," one old hand at the cattle market told me.'
    expect([count('unattributed-quotation', text), count('quotation-without-citation', text)]).toEqual([1, 0])
  })

  test('guard: a role with `the` after the quotation is named', () => {
    const text = 'We sold early this year. "You cannot fatten what the field will not feed," the auctioneer at the cattle market told me.'
    expect([count('unattributed-quotation', text), count('quotation-without-citation', text)]).toEqual([0, 1])
  })
})

describe('superlatives and absolutes claimed of the world', () => {
  test('`faster than for any other`', () => {
    expect(found(detectSuperlatives, 'Orders for oak have risen faster than for any other timbers.')).toEqual(['faster than for any other'])
  })

  test('`every` after a time opening its clause: `In those days every parish`', () => {
    expect(found(detectSuperlatives, 'In those days every parish in Kent kept its own pound.')).toEqual(['every parish'])
  })

  test('a ranked noun of several words and its class, even when the sentence before names the noun', () => {
    expect(found(detectSuperlatives, 'Lifeboat crews trained twice a week. Ours is the oldest lifeboat crew station in the country.')).toEqual(['the oldest'])
    expect(found(detectSuperlatives, 'The sheep pens were full. The Herdwick ewes were the best-kept sheep at any Lakeland show this year.')).toEqual(['the best-kept'])
  })

  test('guard: a ranking of what the sentence before named, with no class after it, stays quiet', () => {
    expect(found(detectSuperlatives, 'Cracks were found in seven beams. The widest crack ran along the north wall.')).toEqual([])
  })
})

describe('absolutes the writer does not claim of the world', () => {
  test('an instruction after a colon: `never feed a fox bread`', () => {
    expect(found(detectSuperlatives, 'A word to visitors: never feed the ponies apples or carrots.')).toEqual([])
  })

  test('a practice repeated at each meeting: `at every committee meeting since`', () => {
    expect(found(detectSuperlatives, 'We have read her letter aloud at every committee meeting since.')).toEqual([])
  })

  test('guard: a claim after a colon, and `every` of the world, stay flagged', () => {
    expect(found(detectSuperlatives, 'The rule is simple: never fails.')).toEqual(['never'])
    expect(found(detectSuperlatives, 'The disease has reached every county in Wales.')).toEqual(['every county'])
  })
})
