import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 31 of the prose rules: vague attributions, superlatives and the
// speakers of quotations. Each case is in our own wording; every row fails
// on the code before this round but the guards.

describe('hearsay with no one holding it', () => {
  test('an impersonal passive with its clause and no `that`', () => {
    expect(found(detectVagueAttributions, 'It is thought the fire started in the drying room.')).toEqual(['It is thought'])
    expect(found(detectVagueAttributions, 'It was said the old mill had never paid its way.')).toEqual(['It was said'])
  })

  test('a received view of where a thing comes from: `is usually traced to`, `is commonly attributed to`', () => {
    expect(found(detectVagueAttributions, 'The custom is usually traced to a fair held under the abbey walls.')).toEqual(['is usually traced to'])
    expect(found(detectVagueAttributions, 'The tune is commonly attributed to a blind harper from Sligo.')).toEqual(['is commonly attributed to'])
  })

  test('a whole trade or sector as the one who expects', () => {
    expect(found(detectVagueAttributions, 'Wool prices doubled last year, and the trade expects them to hold.')).toEqual(['the trade expects'])
    expect(found(detectVagueAttributions, 'The industry broadly believes the levy will go.')).toEqual(['The industry broadly believes'])
  })

  test('a verb of judgement whose object holds a figure: `regard anything above 5% as`', () => {
    expect(found(detectVagueAttributions, 'Dairy inspectors generally regard anything above 5% as a warning sign.')).toEqual(['Dairy inspectors generally regard'])
  })

  test('guard: a leak traced in the narrative, an agent named, a trade body, the trade as a place, a plain full stop before `As`', () => {
    expect(found(detectVagueAttributions, 'The damp was traced to a cracked downpipe.')).toEqual([])
    expect(found(detectVagueAttributions, 'The screen is usually dated to about 1480 by the county history.')).toEqual([])
    expect(found(detectVagueAttributions, 'The trade association says prices will rise.')).toEqual([])
    expect(found(detectVagueAttributions, 'Nobody in the trade expects the old rents to return.')).toEqual([])
    expect(found(detectVagueAttributions, 'Members on the reduced rate will see no change. As before, fees fund the garden.')).toEqual([])
    expect(found(detectVagueAttributions, 'It was felt the plan needed more work.')).toEqual([])
  })
})

describe('hearsay beside the writer’s own data in another clause', () => {
  test('a pointer to a figure or an appendix in another clause does not cover an impersonal passive', () => {
    expect(count('vague-attribution', 'It is often claimed that parking charges empty the high street, yet our counts show footfall up on last year (Figure 3).')).toBe(1)
    expect(count('vague-attribution', 'Referees scored the pitches at 4.2 out of 5 (Appendix D), and visiting sides are said to rate the outfield as the fastest around.')).toBe(1)
  })

  test('guard: a pointer in the same clause, a citation in the sentence, a view named back and answered', () => {
    expect(count('vague-attribution', 'It is often claimed that parking charges empty the high street (Figure 3).')).toBe(0)
    expect(count('vague-attribution', 'It is often claimed that parking charges empty the high street, yet footfall rose [@council2024].')).toBe(0)
    expect(count('vague-attribution', 'It is often said that charges empty the high street, but our counts offer little support for that view (Figure 3).')).toBe(0)
  })
})

describe('a named or own source, and a rule, are not vague', () => {
  test('the staff of one body described with `the`: `Planners at the county highways department expect`', () => {
    expect(found(detectVagueAttributions, 'Planners at the county highways department expect traffic to ease.')).toEqual([])
  })

  test('a record the writer holds: `comment cards`, `feedback forms`', () => {
    expect(found(detectVagueAttributions, "Guests' comment cards suggest the new menu is popular.")).toEqual([])
    expect(found(detectVagueAttributions, 'Feedback forms suggest the later start suits families.')).toEqual([])
  })

  test('bare `Members` telling the body that writes as `us`', () => {
    expect(found(detectVagueAttributions, 'Members tell us that the new bus timetable would help.')).toEqual([])
  })

  test('people at a meeting the writer records, recounting what happened to them', () => {
    expect(found(detectVagueAttributions, 'At the spring meeting in April, several keepers described hives failing after the cold snap.')).toEqual([])
  })

  test('`any … found` as a condition; `can claim` as an entitlement', () => {
    expect(found(detectVagueAttributions, 'The ban starts in May, and any trader found selling after hours will lose the pitch.')).toEqual([])
    expect(found(detectVagueAttributions, 'Members can claim a free coffee on their birthday.')).toEqual([])
    expect(found(detectVagueAttributions, 'Pupils are entitled to claim a bursary each term.')).toEqual([])
  })

  test('guard: a bank with no description, anonymous sources, a quantified class passing a view on, a meeting-less account, a view claimed', () => {
    expect(found(detectVagueAttributions, 'Economists at the bank expect rates to fall.')).toEqual(['Economists at the bank expect'])
    expect(found(detectVagueAttributions, 'Sources at the county highways department say the bridge will shut.')).toEqual(['Sources at the county highways department say'])
    expect(found(detectVagueAttributions, 'Many members tell us they believe fees will fall.')).toEqual(['Many members tell'])
    expect(found(detectVagueAttributions, 'Several keepers described hives failing after the cold snap.')).toEqual(['Several keepers described'])
    expect(found(detectVagueAttributions, 'Critics can claim that the scheme failed.')).toEqual(['Critics can claim'])
  })
})

describe('superlatives and absolutes', () => {
  test('a frequency ranked after its verb: `are found most often`, `occurs most commonly`', () => {
    expect(found(detectSuperlatives, 'Ticks are picked up most often in long grass.')).toEqual(['up most often'])
    expect(found(detectSuperlatives, 'The fault occurs most commonly after a frost.')).toEqual(['occurs most commonly'])
  })

  test('an own best ranked against a span of years', () => {
    expect(found(detectSuperlatives, 'That was our best score in a decade.')).toEqual(['our best'])
    expect(found(detectSuperlatives, 'It was their fastest time since 2011.')).toEqual(['their fastest'])
  })

  test('a ranking against the writer’s own record with an irregular participle: `we have made`', () => {
    expect(found(detectSuperlatives, 'The ramp was the most useful change we have made since the club opened.')).toEqual(['the most useful'])
  })

  test('an absolute forecast with a subject in the third person', () => {
    expect(found(detectSuperlatives, 'Rubber crumb will never need replacing.')).toEqual(['never'])
    expect(found(detectSuperlatives, 'Insurers will always ask for a survey first.')).toEqual(['always'])
  })

  test('none of a kind existing', () => {
    expect(found(detectSuperlatives, 'Until then, no written policy existed for lone working.')).toEqual(['no written policy existed'])
  })

  test('guard: the writer’s promise, rhetoric about the future, a habit, a best with no span', () => {
    expect(found(detectSuperlatives, 'We will never share your address.')).toEqual([])
    expect(found(detectSuperlatives, 'Walkers with a spare week will never find a quieter month.')).toEqual([])
    expect(found(detectSuperlatives, 'The path I take most often is the river one.')).toEqual([])
    expect(found(detectSuperlatives, 'That was our best score of the season.')).toEqual([])
  })

  test('no claim: an absolute a rule makes so, how people at one event seemed to take it, a person’s own weakest subject', () => {
    expect(found(detectSuperlatives, 'Every novice bout was two rounds of a minute, as the league rules require.')).toEqual([])
    expect(found(detectSuperlatives, 'Nobody in the stand seemed to mind the delay.')).toEqual([])
    expect(found(detectSuperlatives, "Physics is still Omar's weakest subject.")).toEqual([])
    expect(found(detectSuperlatives, 'French is her strongest subject.')).toEqual([])
  })

  test('guard: every one of a kind with no rule, nobody with no reaction, a weakest link', () => {
    expect(found(detectSuperlatives, 'Every novice bout was two rounds of a minute.')).toEqual(['Every novice'])
    expect(found(detectSuperlatives, "Physics is still Omar's weakest link.")).toEqual(['weakest'])
  })
})

describe('words quoted from a class of unnamed people', () => {
  test('a class with a connective aside before its verb is no speaker named', () => {
    const text = 'Retail members, by contrast, said the rates rise had "taken every penny we had set aside for stock".'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('an indefinite person described by a relative clause, after `and`', () => {
    const text = "Walkers like the new bridge, and a farmer who crosses it on the school run called it 'the best thing to happen to the lane in years'."
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('guard: a named speaker with an aside, and a named person with an appositive', () => {
    expect(count('quotation-without-citation', 'Ana Ruiz, by contrast, said the rise had "taken every penny we had set aside for stock".')).toBe(1)
    expect(count('quotation-without-citation', "The bridge opened in May, and Tom Hale, a farmer who crosses it daily, called it 'the best thing to happen to the lane in years'.")).toBe(1)
  })
})
