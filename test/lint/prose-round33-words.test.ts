import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 33 of the prose rules: vague sources with no agent, in the
// progressive or behind a word of size; a body's own people (judges of a
// named contest, members proposing, a class the writer's records bear out);
// superlatives of difficulty, place and track record; picks, appeals,
// guarantees and rules; unnamed speakers met by a pronoun. Each case is in
// our own wording; every row fails on the code before this round but the
// guards.

describe('vague sources with no one named', () => {
  test('criticism in an agentless passive: `have been criticised for`', () => {
    expect(found(detectVagueAttributions, 'Landlords have been criticised for ignoring damp complaints.')).toEqual(['have been criticised for'])
    expect(found(detectVagueAttributions, 'The new timetable is widely condemned for cutting evening buses.')).toEqual(['is widely condemned for'])
  })

  test('a class reporting in the progressive: `are reporting`', () => {
    expect(found(detectVagueAttributions, 'Bakers across the valley are reporting a shortage of rye flour.')).toEqual(['Bakers across the valley are reporting'])
    expect(found(detectVagueAttributions, 'Beekeepers are now warning of a poor heather crop.')).toEqual(['Beekeepers are now warning'])
  })

  test('unnamed studies of some size in an aside: `as several large studies have shown`', () => {
    expect(found(detectVagueAttributions, 'Walking lowers blood pressure, as several large studies have shown.')).toEqual(['as several large studies have shown'])
  })

  test('guard: criticism by a named body, a class reporting in the simple past', () => {
    expect(found(detectVagueAttributions, 'Landlords have been criticised by the Housing Ombudsman for ignoring damp.')).toEqual([])
    expect(found(detectVagueAttributions, 'The shop is criticised for nothing.')).toEqual([])
  })
})

describe('people the text itself names or holds to', () => {
  test('a notice given to a group: `have been told that the closures will remain in place`', () => {
    expect(found(detectVagueAttributions, 'Anglers have been told that the bank closures will remain in place until June.')).toEqual([])
  })

  test('an absolute phrase of settled terms: `, with limits agreed with the engineer`', () => {
    expect(found(detectVagueAttributions, 'We will log noise weekly, with limits agreed with the site engineer in advance.')).toEqual([])
  })

  test('a class whose claim the writer’s own records bear out in the same sentence', () => {
    expect(found(detectVagueAttributions, 'Drivers tell us the north gate is slower, and our own timings bear that out.')).toEqual([])
  })

  test('the judges of a contest the text names by its outcome', () => {
    expect(found(detectVagueAttributions, 'Our choir won first prize at the county festival. Judges praised the tenors above all.')).toEqual([])
  })

  test('bare `Members` proposing a thing beside the committee', () => {
    expect(found(detectVagueAttributions, 'Members have suggested a second practice night, and the committee will discuss it in May.')).toEqual([])
  })

  test('guard: hearsay told to the writer, a class with no records behind it, judges with no contest, members with a clause', () => {
    expect(found(detectVagueAttributions, 'We have been told that the bridge will remain in place for years.')).toEqual(['We have been told that'])
    expect(found(detectVagueAttributions, 'Drivers tell us the north gate is slower.')).toEqual(['Drivers tell'])
    expect(found(detectVagueAttributions, 'Judges say standards have never been higher.')).toEqual(['Judges say'])
    expect(found(detectVagueAttributions, 'Residents with allotments agreed that the fee was too high.')).toEqual(['Residents with allotments agreed'])
  })
})

describe('superlatives and absolutes claimed', () => {
  test('how hard a kind is to handle, after the kind was counted: `the hardest X to Y`', () => {
    expect(found(detectSuperlatives, 'The club has ringed 900 birds this year. Wrens remain the hardest birds to catch.')).toEqual(['the hardest'])
  })

  test('a place-uniqueness claim: `Nowhere else in …`', () => {
    expect(found(detectSuperlatives, 'Nowhere else in Wales is the dialect still spoken daily.')).toEqual(['Nowhere else'])
    expect(found(detectSuperlatives, 'The orchid is found nowhere else in Europe.')).toEqual(['nowhere else'])
  })

  test('a body’s track record of no harm: `we have never had an injury`', () => {
    expect(found(detectSuperlatives, 'In twelve years of trading we have never had a serious injury at the wall.')).toEqual(['never'])
  })

  test('guard: nowhere else to go, a habit of the writer', () => {
    expect(found(detectSuperlatives, 'The families had nowhere else to go.')).toEqual([])
    expect(found(detectSuperlatives, 'Since then we have never tried it again.')).toEqual([])
  })
})

describe('superlatives and absolutes that claim nothing of the world', () => {
  test('a share of the writer’s own division', () => {
    expect(found(detectSuperlatives, 'The trust will split the grant between six schools, with the village school getting the largest share.')).toEqual([])
  })

  test('advice ranked and given: `the safest course is to`, `their biggest tip was to`', () => {
    expect(found(detectSuperlatives, 'If the ceiling is sound, the safest course is usually to leave it alone.')).toEqual([])
    expect(found(detectSuperlatives, 'Last year’s volunteers said their best tip was to bring a flask.')).toEqual([])
  })

  test('a forecast’s own pick: `Expect the best …`', () => {
    expect(found(detectSuperlatives, 'Expect the calmest water early on Sunday.')).toEqual([])
  })

  test('an appeal, a policy’s guarantee, a standing rule', () => {
    expect(found(detectSuperlatives, 'Cake bakers are always needed for the fete.')).toEqual([])
    expect(found(detectSuperlatives, 'Under the new rota agreement, no one will work more than two nights.')).toEqual([])
    expect(found(detectSuperlatives, 'Helmets are worn on every climbing route at all times.')).toEqual([])
  })

  test('guard: a market share, the best way to do a thing, a plain `always`, an absolute with no policy', () => {
    expect(found(detectSuperlatives, 'The chain now holds the largest share of the market.')).toEqual(['the largest'])
    expect(found(detectSuperlatives, 'Sea air is always good for the lungs.')).toEqual(['always'])
    expect(found(detectSuperlatives, 'Under the bridge, no one has ever found a dry spot.')).toEqual(['no one has ever'])
    expect(found(detectSuperlatives, 'In our view no one has done more for the town.')).toEqual([])
  })
})

describe('quotations of unnamed speakers and idioms', () => {
  test('`he` or `she` for one unnamed person, beside a place or a month in capitals', () => {
    const text = "A regular customer who visits our Eastfield branch brought in his old bike in March. 'I never thought I'd ride it again,' he told the mechanic."
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('a `saying` after a comma, its subject one unnamed person', () => {
    const text = "A guest from the next town wrote to us, saying it was 'the kindest welcome she had ever had at a fair'."
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('an idiom of extent in quotes: `the best part of a week`', () => {
    expect(count('quotation-without-citation', "The owner, Ms Hale, says the lane was flooded for 'the best part of a week'.")).toBe(0)
  })

  test('guard: `he` after a named person, a `saying` after a named writer', () => {
    expect(count('quotation-without-citation', "Tom Reyes brought in his old bike in March. 'I never thought I'd ride it again,' he told the mechanic.")).toBe(1)
    expect(count('quotation-without-citation', "Ana Pike wrote to us, saying it was 'the kindest welcome she had ever had at a fair'.")).toBe(1)
  })
})

describe('a negative universal over a group’s record', () => {
  test('`none of the N X … has failed`', () => {
    expect(found(detectSuperlatives, 'None of the 600 valves we supplied last winter has failed a pressure test.')).toEqual(['None of the 600 valves we supplied last winter has failed'])
  })

  test('guard: a tally’s zero with no record verb', () => {
    expect(found(detectSuperlatives, 'Otters were seen at four of the six pools and at none of the ponds.')).toEqual([])
  })
})
