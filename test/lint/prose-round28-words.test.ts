import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 28 of the prose rules: vague attributions, superlatives and the
// speaker of a quotation. Each case is in our own wording; every row fails
// on the code before this round but the guards.

describe('a class that recognises a claim', () => {
  test('`Vets now recognise that`, `Teachers recognised that`', () => {
    expect(found(detectVagueAttributions, 'Vets now recognise that older cats hide their pain.')).toEqual(['Vets now recognise'])
    expect(found(detectVagueAttributions, 'Teachers recognised that the tests were too long.')).toEqual(['Teachers recognised'])
  })

  test('guard: `we recognise`, a named body, or recognising a thing stay quiet', () => {
    expect(found(detectVagueAttributions, 'We recognise that the form is long.')).toEqual([])
    expect(found(detectVagueAttributions, 'The board recognises that the form is long.')).toEqual([])
    expect(found(detectVagueAttributions, 'Keepers recognise each bird by its ring.')).toEqual([])
  })
})

describe('an impersonal passive with an adverb before `been`', () => {
  test('`It has long been held that`, `it had always been thought that`', () => {
    expect(found(detectVagueAttributions, 'It has long been held that hedges slow the wind.')).toEqual(['It has long been held that'])
    expect(found(detectVagueAttributions, 'In the valley it had always been thought that the well was Roman.')).toEqual(['it had always been thought that'])
  })

  test('guard: a passive with a subject of its own stays quiet', () => {
    expect(found(detectVagueAttributions, 'The bridge has long been closed to lorries.')).toEqual([])
  })
})

describe('a finding in the agentless perfect passive: `has been shown to`', () => {
  test('`has been shown to ease`, `have been proven to cut`', () => {
    expect(found(detectVagueAttributions, 'Daily walking has been shown to ease joint pain.')).toEqual(['has been shown to'])
    expect(found(detectVagueAttributions, 'Copper bands have been proven to cut swelling.')).toEqual(['have been proven to'])
  })

  test('guard: a thing shown to someone stays quiet', () => {
    expect(found(detectVagueAttributions, 'The new layout has been shown to the parish council.')).toEqual([])
    expect(found(detectVagueAttributions, 'The drawings have been shown to us twice.')).toEqual([])
  })
})

describe('results of one study the text points at', () => {
  test('`results from the pilot suggest`, `findings of this review show`: a named source', () => {
    expect(found(detectVagueAttributions, 'We are piloting a night bus, and first results from the pilot suggest it is popular.')).toEqual([])
    expect(found(detectVagueAttributions, 'Early findings of this review show fewer falls.')).toEqual([])
  })

  test('guard: results from trials in general stay vague', () => {
    expect(found(detectVagueAttributions, 'Early results from trials suggest it is popular.')).toEqual(['Early results from trials suggest'])
  })
})

describe('a superlative and the clause that closes it are one claim', () => {
  test('`the worst flood our crews have ever seen`: one span', () => {
    expect(found(detectSuperlatives, 'It was the worst flood our crews have ever seen.')).toEqual(['the worst flood our crews have ever'])
  })

  test('`the biggest crowd … for the first time since 2015`: one span', () => {
    expect(found(detectSuperlatives, 'Cup day drew the biggest crowd of the season for the first time since 2015.')).toEqual([
      'the biggest crowd of the season for the first time since 2015'
    ])
  })

  test('guard: a first since a year on its own is still a record', () => {
    expect(found(detectSuperlatives, 'The lake froze over for the first time since 1987.')).toEqual(['first time since 1987'])
  })
})

describe('absolutes and rankings about a whole class', () => {
  test('`every climber learns`: what all of a class knows', () => {
    expect(found(detectSuperlatives, 'Tying in is the first knot every climber learns.')).toEqual(['every climber learns'])
  })

  test('`the thing people dread most`: what a general class ranks first', () => {
    expect(found(detectSuperlatives, 'A dental visit is the appointment people dread most, after tax returns.')).toEqual(['the appointment people dread most'])
  })

  test('`No filter will ever`, `No spray can fully`: none of a kind can', () => {
    expect(found(detectSuperlatives, 'No water filter will ever remove every trace of lead.')).toEqual(['No water filter will ever'])
    expect(found(detectSuperlatives, 'No spray can fully protect a lawn from moss.')).toEqual(['No spray can fully'])
  })

  test("`, the first awarded in the school's history`: a first in a body's history", () => {
    expect(found(detectSuperlatives, "She won a scholarship, the first granted to a girl in the school's history.")).toEqual(['the first granted'])
  })

  test('guard: a rule, the writer’s own preference, a first with no history stay quiet', () => {
    expect(found(detectSuperlatives, 'No booking can be changed after noon.')).toEqual([])
    expect(found(detectSuperlatives, 'These are the songs I love most.')).toEqual([])
    expect(found(detectSuperlatives, 'She won a scholarship, the first granted this term.')).toEqual([])
    expect(found(detectSuperlatives, 'Each pupil we teach learns to swim.')).toEqual([])
  })
})

describe('superlatives picked within the writer’s own matter', () => {
  test('`among the trades hit hardest`: `among` hedges as `one of` does', () => {
    expect(found(detectSuperlatives, 'Roofers are among the trades hit hardest by the rain.')).toEqual([])
  })

  test('`the weakest piece across the group`: ranked within the group assessed', () => {
    expect(found(detectSuperlatives, 'Sight-reading was the weakest piece across the group this term.')).toEqual([])
  })

  test('`We measured …, and the steepest, at the rear door, is 1:8`: one of our own measurements', () => {
    expect(found(detectSuperlatives, 'We measured every ramp with a level, and the steepest, at the rear door, is 1:8.')).toEqual([])
  })

  test('guard: the same words without the hedge, the group or the measuring are claims', () => {
    expect(found(detectSuperlatives, 'Roofers are hit hardest by the rain.')).toEqual(['are hit hardest'])
    expect(found(detectSuperlatives, 'Sight-reading is the weakest skill in the country.')).toEqual(['the weakest'])
    expect(found(detectSuperlatives, 'Ramps vary, and the steepest, at the old mill, is a danger.')).toEqual(['the steepest'])
  })
})

describe('who said the quoted words', () => {
  test('`a report that our inspector describes as "…"`: a role with `our` is named', () => {
    const text = 'The boiler has a flue that our inspector describes as "too short to meet the current rules".'
    expect([count('unattributed-quotation', text), count('quotation-without-citation', text)]).toEqual([0, 1])
  })

  test('`told by some agents that "…"`: an indefinite agent names no one', () => {
    const text = 'Landlords have been told by some agents that "any deposit over a month is now illegal", which is wrong.'
    expect([count('unattributed-quotation', text), count('quotation-without-citation', text)]).toEqual([1, 0])
  })

  test('guard: a definite agent, and a plural of our own people', () => {
    const named = 'Landlords have been told by the council that "any deposit over a month is now illegal", which is wrong.'
    expect([count('unattributed-quotation', named), count('quotation-without-citation', named)]).toEqual([0, 1])
    const ours = 'The boiler has a flue that our fitters describe as "too short to meet the current rules".'
    expect([count('unattributed-quotation', ours), count('quotation-without-citation', ours)]).toEqual([1, 0])
  })
})

describe('a saying introduced as one', () => {
  test('`As the old saying among sailors goes, "…"`: nobody’s words', () => {
    const text = 'As the old saying among sailors goes, "a tidy deck is a safe deck."'
    expect([count('unattributed-quotation', text), count('quotation-without-citation', text)]).toEqual([0, 0])
  })

  test('guard: a person who says it is a speaker', () => {
    const text = 'As the harbour master says, "a tidy deck is a safe deck."'
    expect(count('quotation-without-citation', text)).toBe(1)
  })
})
