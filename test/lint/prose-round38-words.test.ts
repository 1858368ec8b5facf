import {describe, expect, test} from 'vitest'
import {detectVagueAttributions} from '../../src/lint/prose/attribution.js'
import {detectSuperlatives} from '../../src/lint/prose/superlative.js'
import {count, found} from './prose-round-helpers.js'

// Round 38 of the prose rules. Vague sources: estimates or accounts of no
// one (`by some estimates`), a whole crowd saying in the progressive
// (`Everyone's saying`), a later generation of a field and its reading
// (`Later historians treated … as`), a collective noun with a verb in the
// present and the view it reports (`Staff describe … as`), a class that
// swears by a thing (also after `why`), a class questioning a thing's
// grounds (`question the rationale`); not vague, a class of the writer's own
// team. Superlatives and absolutes: `every time` closing its clause, none of
// a kind outdoing the one named (`No port handles more cargo than`), faster
// than anyone forecast; not claims, `Every` over the writer's own things in
// a clause that names the writer, and a superlative with no noun picking one
// of a set the sentence before counted. Quotations: an indefinite person
// from a capitalised place is unnamed; an indefinite role of a named body
// is named. Each case is in our own wording; every row fails on the code
// before this round but the guards.

describe('estimates and accounts of no one named', () => {
  test('`by some estimates`, `by all accounts`', () => {
    // An estimate lent to estimates nobody names.
    expect(found(detectVagueAttributions, 'Hedges have shrunk, and by some estimates half the county’s hedgerow has gone.')).toEqual(['by some estimates'])
    // An account passed on by no one named.
    expect(found(detectVagueAttributions, 'The mill was, by all accounts, the busiest in the valley.')).toEqual(['by all accounts'])
  })

  test('guard: `by some measures` is a respect, not a source', () => {
    // In some respects: nobody is lent the claim.
    expect(found(detectVagueAttributions, 'By some measures the scheme has worked.')).toEqual([])
  })
})

describe('a whole crowd saying, in the progressive', () => {
  test('`Everyone’s saying`, `everybody is predicting`', () => {
    // The crowd's hearsay with a contracted `is`.
    expect(found(detectVagueAttributions, 'Everyone’s saying the ferry will stop in May.')).toEqual(['Everyone’s saying'])
    // And with `is` written out.
    expect(found(detectVagueAttributions, 'Everybody is predicting a wet harvest.')).toEqual(['Everybody is predicting'])
  })

  test('guard: words of parting', () => {
    // `saying goodbye` claims nothing.
    expect(found(detectVagueAttributions, 'Everyone was saying goodbye at the gate.')).toEqual([])
  })
})

describe('a later generation of a field and its reading', () => {
  test('`Later historians treated … as`, `Earlier critics saw … as`', () => {
    // A field's received reading, in the past, with no one named.
    expect(found(detectVagueAttributions, 'Later historians treated the strike as a prelude to the general strike.')).toEqual(['Later historians treated'])
    expect(found(detectVagueAttributions, 'Earlier critics generally saw the novel as a failure.')).toEqual(['Earlier critics generally saw'])
  })

  test('guard: a past narrative of a bare class', () => {
    // What a body of officials did once, not a field's view.
    expect(found(detectVagueAttributions, 'Officials treated the leak as an emergency and closed the road.')).toEqual([])
  })
})

describe('a collective noun in the present with the view it reports', () => {
  test('`Staff describe … as`, `Crew say that`', () => {
    // A class's standing view of a thing.
    expect(found(detectVagueAttributions, 'Staff describe the new rota as exhausting.')).toEqual(['Staff describe'])
    expect(found(detectVagueAttributions, 'Crew say that the deck cranes are unsafe.')).toEqual(['Crew say'])
  })

  test('guard: a routine, `as soon as`', () => {
    // A procedure, no view reported.
    expect(found(detectVagueAttributions, 'Staff report faults as soon as they see them.')).toEqual([])
  })
})

describe('a class that swears by a thing or questions its grounds', () => {
  test('`swear by`, also in a clause opened by `why`', () => {
    // A class vouching for a thing.
    expect(found(detectVagueAttributions, 'Fell runners swear by the new studs.')).toEqual(['Fell runners swear'])
    // The clause after `which is why` has a subject of its own.
    expect(found(detectVagueAttributions, 'The wax lasts for years, which is why boat builders swear by it.')).toEqual(['boat builders swear'])
  })

  test('`question the rationale`, `questioned the wisdom`', () => {
    // A thing's grounds doubted by a class: a verdict.
    expect(found(detectVagueAttributions, 'Economists have long questioned the rationale for the subsidy.')).toEqual(['Economists have long questioned'])
  })

  test('guard: a named person swearing by a thing, a witness questioned', () => {
    expect(found(detectVagueAttributions, 'He swore by the old ways.')).toEqual([])
    expect(found(detectVagueAttributions, 'Detectives questioned the driver for an hour.')).toEqual([])
  })
})

describe('not vague: a class of the writer’s own team', () => {
  test('`Riders on our own race team say`', () => {
    // The writer's own people, in the first person.
    expect(found(detectVagueAttributions, 'Riders on our own race team say the frame is stiffer.')).toEqual([])
  })

  test('guard: a class with no first person', () => {
    expect(found(detectVagueAttributions, 'Riders on the circuit say the frame is stiffer.')).toEqual(['Riders on the circuit say'])
  })
})

describe('absolutes with no superlative word', () => {
  test('`every time` closing its clause', () => {
    // An absolute, like `always`.
    expect(found(detectSuperlatives, 'A sharp chisel beats a blunt saw every time.')).toEqual(['every time'])
  })

  test('none of a kind outdoing the one named', () => {
    // The named port ranked above all others.
    expect(found(detectSuperlatives, 'No port saw a steeper fall in traffic than Hull.')).toEqual(['No port'])
  })

  test('faster than anyone forecast', () => {
    // Beating every forecast made is a claim about the world.
    expect(found(detectSuperlatives, 'The ice sheet is thinning faster than anyone predicted.')).toEqual(['faster than anyone'])
  })

  test('guard: `every time` with a clause, a limit, a hope of the writer’s circle', () => {
    expect(found(detectSuperlatives, 'Every time the tide turns the channel silts up.')).toEqual([])
    expect(found(detectSuperlatives, 'No bag may weigh more than 20 kg.')).toEqual([])
    expect(found(detectSuperlatives, 'The repairs went better than any of us dared hope.')).toEqual([])
  })
})

describe('absolutes and superlatives that claim nothing of the world', () => {
  test('`Every` over the writer’s own, in a clause that names the writer', () => {
    // The writer's undertaking for all of its own.
    expect(found(detectSuperlatives, 'Every bike on our tours is serviced before each ride.')).toEqual([])
    expect(found(detectSuperlatives, 'Every tent is covered by our two-year guarantee.')).toEqual([])
  })

  test('a superlative with no noun picking one of a set the sentence before counted', () => {
    // One of the writer's own set, picked out.
    expect(found(detectSuperlatives, 'The parish holds four bells, all cast in the 1700s. The oldest, by the tower door, is cracked.')).toEqual([])
  })

  test('guard: `every` with no first person, a superlative with no count before', () => {
    expect(found(detectSuperlatives, 'Every region saw a fall.')).toEqual(['Every region'])
    expect(found(detectSuperlatives, 'The largest, by some way, is Ohio.')).toEqual(['The largest'])
  })
})

describe('who a quotation is given to', () => {
  test('an indefinite person from a capitalised place: unnamed', () => {
    // The capital names where the person is from, not who.
    const text = 'A fisherman from Whitby, met on the quay, was certain that "the cod will not come back in our lifetime."'
    expect(count('unattributed-quotation', text)).toBe(1)
    expect(count('quotation-without-citation', text)).toBe(0)
  })

  test('an indefinite role of a named body: named', () => {
    // The body names the speaker, as a spokesperson's does.
    const text = 'A shop steward from the RMT told the rally "no driver should work a twelve-hour shift."'
    expect(count('quotation-without-citation', text)).toBe(1)
    expect(count('unattributed-quotation', text)).toBe(0)
  })

  test('guard: an indefinite person with a verb, a role with no body, a role from a country', () => {
    expect(count('unattributed-quotation', 'A woman in the queue told us "the buses never come on time here."')).toBe(1)
    expect(count('unattributed-quotation', 'A union rep told the rally "no driver should work a twelve-hour shift."')).toBe(1)
    // A country with `the` is a place, not a body.
    expect(count('unattributed-quotation', 'A sailor from the Netherlands wrote in the harbour book that "this is a fine and sheltered mooring."')).toBe(1)
  })
})
