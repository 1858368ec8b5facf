import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 39 of the prose rules. Vague sources: a class with a habit of
// saying (`like to say`), a class that has noticed a thing, an acronym in
// the plural, a collective noun telling an inquiry, and a class's standing
// observation the writer's own analysis bears out; not vague, a class that
// told the writer once in the simple past, the answers of the writer's own
// survey, a verb's form after an article, a duty to keep a record, figures
// with their supplier after them, and a right a rule grants. Superlatives
// and absolutes: a comparison with any other across `to`, `every` after a
// conjunction opening the sentence, a superlative `had ever` closes after a
// picking preposition, a first work about a subject; not claims, one
// occasion's record (`Nobody was injured`), the writer's own habit shared
// by `and never`, `have ever` after a share, the writer's own best, a
// trial's top level. Quotations: an indefinite writer past a phrase of
// place after `though` is unnamed; a name right after the verb is named
// whatever appositive follows it. Each case is in our own wording; every row fails on
// the code before this round but the guards.

describe('a class with a habit of saying', () => {
  test('`like to say`, `love to point out`', () => {
    // The habit of a class of people, lent the claim.
    expect(found(detectVagueAttributions, 'Boatmen like to say that the lock is the oldest on the river.')).toEqual(['Boatmen like to say'])
    // The same habit with `love to`.
    expect(found(detectVagueAttributions, 'Critics love to point out that the sequel sold better.')).toEqual(['Critics love to point out'])
  })

  test('guard: the writer’s own wish', () => {
    // A pronoun before `like to say` is the writer speaking, no source.
    expect(found(detectVagueAttributions, 'We like to say that every visitor leaves with a plant.')).toEqual([])
  })
})

describe('a class that has noticed a thing', () => {
  test('`have noticed`, `notice that`', () => {
    // A standing observation in the perfect.
    expect(found(detectVagueAttributions, 'Midwives have noticed a fall in home births this spring.')).toEqual(['Midwives have noticed'])
    // And in the present with its clause.
    expect(found(detectVagueAttributions, 'Beekeepers notice that swarms come earlier each year.')).toEqual(['Beekeepers notice'])
  })

  test('guard: a past narrative and a group pointed at', () => {
    // `noticed` in the simple past with a thing: an event told.
    expect(found(detectVagueAttributions, 'Walkers noticed smoke above the ridge at noon.')).toEqual([])
    // `the neighbours`: people the text points at.
    expect(found(detectVagueAttributions, 'The pump is quiet now, and the neighbours have noticed the change.')).toEqual([])
  })
})

describe('an acronym in the plural heads a class', () => {
  test('`GPs report`, `NGOs warn`', () => {
    // The members of a profession, named by its acronym in the plural.
    expect(found(detectVagueAttributions, 'GPs report that waiting times for scans have doubled.')).toEqual(['GPs report'])
    // A kind of body in the plural.
    expect(found(detectVagueAttributions, 'NGOs warn that the camps will be full by winter.')).toEqual(['NGOs warn'])
  })

  test('guard: an acronym naming one body', () => {
    // `UNHCR officials`: the officials of one body.
    expect(found(detectVagueAttributions, 'UNHCR officials say that the camps are full.')).toEqual([])
  })
})

describe('a collective noun telling an inquiry', () => {
  test('`Staff told investigators that`', () => {
    // Unnamed witnesses to an inquiry.
    expect(found(detectVagueAttributions, 'Staff told inspectors that the alarms had been switched off for weeks.')).toEqual(['Staff told'])
  })

  test('guard: staff telling the writer', () => {
    // The writer's own informants.
    expect(found(detectVagueAttributions, 'Staff told us that the alarms had been switched off.')).toEqual([])
  })
})

describe('a class’s observation the writer’s analysis bears out', () => {
  test('an observation at large stays vague', () => {
    // The claim is lent to the class; the writer's data only agree with it.
    expect(found(detectVagueAttributions, 'Surveyors have long observed that north walls stay damp, and our own readings bear this out.')).toEqual(['Surveyors have long observed'])
  })

  test('guard: a class that told the writer', () => {
    // The writer's informants, backed by the writer's records.
    expect(found(detectVagueAttributions, 'Members tell us the new nets tear easily, and our repair log backs that up.')).toEqual([])
  })
})

describe('not vague: the writer’s own sources and what no one claims', () => {
  test('a class that told the writer once, in the simple past', () => {
    // The people the writer met on one occasion.
    expect(found(detectVagueAttributions, 'Olive growers in Puglia told us that the harvest has fallen by a third in their lifetimes.')).toEqual([])
  })

  test('a class that told the writer at the writer’s own event', () => {
    // Visitors of the writer's own fair, met there.
    expect(found(detectVagueAttributions, 'Our harvest fair drew a record crowd this year. Visitors told us the cider tent was the highlight.')).toEqual([])
  })

  test('guard: a bare class with no occasion placed, and a quantified class', () => {
    // Nobody met anywhere the writer names: still vague.
    expect(found(detectVagueAttributions, 'Farmers told us that the river floods every spring.')).toEqual(['Farmers told'])
    expect(found(detectVagueAttributions, 'Our harvest fair drew a crowd. Some visitors told us the cider was watered.')).toEqual(['Some visitors told'])
  })

  test('guard: `have told us` and `tell us` stay vague', () => {
    // A standing view, told again and again.
    expect(found(detectVagueAttributions, 'Stall holders have told us that trade has halved.')).toEqual(['Stall holders have told'])
    expect(found(detectVagueAttributions, 'Stall holders tell us that trade has halved.')).toEqual(['Stall holders tell'])
  })

  test('the answers of the writer’s own survey', () => {
    // Comments given in the survey the writer ran.
    expect(found(detectVagueAttributions, 'In our spring survey of 300 borrowers, most rated the library well. Comments praised the late opening on Thursdays.')).toEqual([])
  })

  test('a verb’s form after an article or a pointer is a noun', () => {
    // `this report`: no reporting verb at all.
    expect(found(detectVagueAttributions, 'Totals in this report are rounded to the nearest hundred.')).toEqual([])
  })

  test('a duty to keep a record', () => {
    // What the rule asks of people, not a forecast.
    expect(found(detectVagueAttributions, 'Keepers who lose a tag are expected to record the loss within a week.')).toEqual([])
  })

  test('figures with who supplied them after', () => {
    // The supplier names the source.
    expect(found(detectVagueAttributions, 'The new boiler halved gas use, according to figures supplied by the fitter.')).toEqual([])
  })

  test('a right a rule grants', () => {
    // A permission with a counted object, not a view.
    expect(found(detectVagueAttributions, 'Entrants may suggest up to two titles for each poem.')).toEqual([])
  })

  test('guard: `may suggest that` is a view', () => {
    // A clause after the verb: a claim, lent to a class.
    expect(found(detectVagueAttributions, 'Some studies may suggest that the dye fades.')).toEqual(['Some studies may suggest'])
  })
})

describe('superlatives and absolutes that claim', () => {
  test('a comparison with any other across `to`', () => {
    // Compared with every other theme.
    expect(found(detectSuperlatives, 'His letters came back to the sea more often than to any other subject.')).toEqual(['more often than to any other'])
  })

  test('`every` after a conjunction opening the sentence', () => {
    // As universal as at the sentence's start.
    expect(found(detectSuperlatives, 'Yet every reform makes this promise when its budget is cut.')).toEqual(['every reform'])
  })

  test('a superlative `had ever` closes, after a picking preposition', () => {
    // The record is the claim, whatever the preposition.
    expect(found(detectSuperlatives, 'The bank burst during the wettest spring the valley had ever seen.')).toEqual(['the wettest spring the valley had ever'])
  })

  test('a first work about a subject', () => {
    // Priority over every work on the subject.
    expect(found(detectSuperlatives, 'It is the first history about the canal, and it reads well.')).toEqual(['is the first'])
  })

  test('guard: a first on a list', () => {
    // A place in an order.
    expect(found(detectSuperlatives, 'It was the first book on the list.')).toEqual([])
  })
})

describe('superlatives and absolutes that do not claim', () => {
  test('who was hurt or present on one occasion', () => {
    // One occasion's record, not an absolute about the world.
    expect(found(detectSuperlatives, 'Nobody was injured when the scaffold fell.')).toEqual([])
    expect(found(detectSuperlatives, 'No one was in the hall at the time.')).toEqual([])
  })

  test('guard: none in the present stays an absolute', () => {
    // A claim about everyone.
    expect(found(detectSuperlatives, 'Nobody bakes bread like this any more.')).toEqual(['Nobody'])
  })

  test('`never` in a verb the writer’s own `We` shares', () => {
    // The writer's own habit, as `we never` is.
    expect(found(detectSuperlatives, 'We pack each order by hand, wrapped in paper, and never ship on Fridays.')).toEqual([])
  })

  test('`have ever` after a share', () => {
    // A count of those who have, no absolute.
    expect(found(detectSuperlatives, 'Fewer than one in five drivers on the route have ever checked their tyres.')).toEqual([])
  })

  test('the writer’s own best', () => {
    // Bounded by what the writer can give.
    expect(found(detectSuperlatives, 'Keep every receipt: it is the best advice we can give.')).toEqual([])
  })

  test('the top or bottom level of a trial', () => {
    // A level the trial applied, picked out.
    expect(found(detectSuperlatives, 'Yields fell by a tenth at the highest rate of nitrogen.')).toEqual([])
  })
})

describe('who a quotation is given to', () => {
  test('an indefinite writer past a phrase of place, after `though`', () => {
    // A note nobody signed: the words are no one's.
    const text = 'The hoarding went up on Monday, though a card slipped under the site office door asked us to "keep the lorries off the lane before eight."'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('a name right after the verb, with an indefinite appositive', () => {
    // The name is the speaker; the appositive only describes him.
    const text = '"Nobody planned the sidings for trains this long," said Ada Lowe, a retired signalman.'
    expect(count('quotation-without-citation', text)).toBe(1)
    expect(count('unattributed-quotation', text)).toBe(0)
  })

  test('guard: an indefinite speaker right after the verb', () => {
    // No name: the words stay unnamed.
    expect(count('unattributed-quotation', '"Nobody planned the sidings for trains this long," said a retired signalman.')).toBe(1)
  })
})
