import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 40 of the prose rules. Superlatives and absolutes: `every` after a
// verb in the present perfect (a body's track record), `record` before an
// amount, none of the parts of a whole, `only the second` of a class, `most
// often` before an irregular participle, a superlative with no noun ranked
// against its subject's own history (`the worst we have seen`), and one with
// no noun before a preposition, which picks out nothing the paragraph named;
// not a claim, a ranking with the body that made it (`ranked first by its panel`).
// Vague sources: a class that comments or remarks that, a class that sees a
// thing as something. Quotations: after `him saying` or `her say`, the
// words are the person's the pronoun stands for. Each case is in our own wording; every row fails on the
// code before this round but the guards.

describe('`every` after a verb in the present perfect', () => {
  test('a body’s track record over all of a kind', () => {
    // `has answered every`: a record claimed of a third party.
    expect(found(detectSuperlatives, 'The helpline has answered every call from a carer since it opened.')).toEqual(['every call'])
    // An adverb in `-ly` between the auxiliary and the participle.
    expect(found(detectSuperlatives, 'The council has quietly resurfaced every footpath in the ward.')).toEqual(['every footpath'])
  })

  test('guard: the writer’s own work in the first person', () => {
    // `we have checked every`: the writer's own practice, not a claim about the world.
    expect(found(detectSuperlatives, 'We have checked every valve on the line before the test.')).toEqual([])
  })
})

describe('`record` before an amount', () => {
  test('`record crowds`, `record profits`', () => {
    // An all-time high, without `a` or `new`.
    expect(found(detectSuperlatives, 'The harbour festival drew record crowds on its closing night.')).toEqual(['record crowds'])
    // After a verb of earning.
    expect(found(detectSuperlatives, 'The cooperative made record profits from its winter cheese.')).toEqual(['record profits'])
  })

  test('guard: a record as a log', () => {
    // `a record of`: what is kept, not a high.
    expect(found(detectSuperlatives, 'The clerk keeps a record of sales for each stall.')).toEqual([])
  })
})

describe('none of the parts of a whole', () => {
  test('`no corner of the county is`', () => {
    // A negative universal over a place.
    expect(found(detectSuperlatives, 'With the new van, no corner of the county is out of range for the library.')).toEqual(['no corner of the county is'])
  })

  test('guard: a rule with its modal', () => {
    // `may not be copied`: a rule, not a claim.
    expect(found(detectSuperlatives, 'No part of this leaflet may be copied without leave.')).toEqual([])
  })
})

describe('`only the second` of a class', () => {
  test('a rank near the top of a class named after it', () => {
    // `only the second` and the class `from the valley`.
    expect(found(detectSuperlatives, 'Ruth is only the second potter from the valley to exhibit in the capital.')).toEqual(['only the second potter from the valley'])
  })

  test('guard: an ordinal without `only`', () => {
    // A place in an order, told.
    expect(found(detectSuperlatives, 'She was the second speaker from the floor.')).toEqual([])
  })
})

describe('`most often` before an irregular participle', () => {
  test('`the fault most often found`, `the prey most often caught`', () => {
    // `found`: a participle that does not end in `-ed`.
    expect(found(detectSuperlatives, 'Worn brake pads are the fault most often found at the annual test.')).toEqual(['the fault most often found'])
    // `caught`.
    expect(found(detectSuperlatives, 'The vole is the prey most often caught by barn owls.')).toEqual(['the prey most often caught'])
  })

  test('guard: hedged by `one of`', () => {
    // `one of the faults most often found`: a hedge.
    expect(found(detectSuperlatives, 'Worn pads are one of the faults most often found at the test.')).toEqual([])
  })
})

describe('a superlative with no noun, ranked against its subject’s own history', () => {
  test('`the worst we have seen`, `the safest they have ever been`', () => {
    // No noun ranked and a measure as the subject: its level against the body's own history, a record.
    expect(found(detectSuperlatives, 'Flood levels on the lower meadow are the worst we have seen.')).toEqual(['the worst'])
    // `they have ever been`: the subject against its own past.
    expect(found(detectSuperlatives, 'Rents in the market hall are the cheapest they have ever been.')).toEqual(['the cheapest'])
  })

  test('guard: someone’s experience of a thing named', () => {
    // A noun ranked within one person's experience.
    expect(found(detectSuperlatives, 'It was the worst film she had seen.')).toEqual([])
    // `been through`: an experience.
    expect(found(detectSuperlatives, 'The panel was the friendliest they have been through.')).toEqual([])
    // No measure as the subject: a view the writer enjoyed, their experience.
    expect(found(detectSuperlatives, 'The view from the pier was the finest we have seen.')).toEqual([])
  })
})

describe('a superlative with no noun before a preposition', () => {
  test('picks out nothing the paragraph named', () => {
    // `over` in the sentence before is no noun: the superlative is claimed over the season.
    expect(found(detectSuperlatives, 'The relay was run over four laps. Her split of 51 seconds was the quickest over the distance this year.')).toEqual(['the quickest'])
  })

  test('guard: a noun the paragraph named', () => {
    // `crack` named before: one of the draft's own cracks picked out.
    expect(found(detectSuperlatives, 'Cracks were found in seven of the forty spans. The widest crack, 1.1 mm, was at the abutment.')).toEqual([])
  })
})

describe('a ranking with the body that made it', () => {
  test('`ranked first by its panel`', () => {
    // The body's verdict on its own round, reported: no ranking of the world.
    expect(found(detectSuperlatives, 'The bid was ranked first by its panel and has been funded in full.')).toEqual([])
  })

  test('guard: a ranking across a land', () => {
    // `in the country`: a claim of the world.
    expect(found(detectSuperlatives, 'The college has been ranked first in the country for its teaching.')).toEqual(['ranked first'])
  })
})

describe('a class that comments or remarks that', () => {
  test('`commented that`, `remark that`', () => {
    // A view put in words, with its clause.
    expect(found(detectVagueAttributions, 'Several inspectors commented that the wards were short of night staff.')).toEqual(['Several inspectors commented'])
    // In the present.
    expect(found(detectVagueAttributions, 'Visitors often remark that the gardens are better kept than last year.')).toEqual(['Visitors often remark'])
  })

  test('guard: a comment on a thing', () => {
    // `commented on`: no claim reported.
    expect(found(detectVagueAttributions, 'Several inspectors commented on the layout of the wards.')).toEqual([])
  })
})

describe('a class that sees a thing as something', () => {
  test('`now see … as`', () => {
    // A standing view of a class, in the present.
    expect(found(detectVagueAttributions, 'Most growers now see drip irrigation as the only answer to the dry summers.')).toEqual(['Most growers now see'])
  })

  test('guard: a comparison and the writer’s own view', () => {
    // `see the same … as`: a comparison, no view.
    expect(found(detectVagueAttributions, 'Walkers see the same birds as last year on the estuary.')).toEqual([])
    // `We see`: the writer's own view.
    expect(found(detectVagueAttributions, 'We see the merger as a chance to grow.')).toEqual([])
  })
})

describe('a quotation after `him saying` or `her say`', () => {
  const told = 'Mr Hale lives alone at the top of the lane. One neighbour recalled him saying he "would rather freeze than ask the council for help."'
  test('the speaker is the person the pronoun stands for', () => {
    // `him` stands for the named man: a named speaker, so no unattributed quotation …
    expect(count('unattributed-quotation', told)).toBe(0)
    // … but a quotation without a citation.
    expect(count('quotation-without-citation', told)).toBe(1)
  })

  test('guard: the subject speaks', () => {
    // `One neighbour said`: the unnamed subject's own words.
    expect(count('unattributed-quotation', 'Mr Hale lives alone at the top of the lane. One neighbour said that the lane "floods every time the brook rises."')).toBe(1)
  })
})
